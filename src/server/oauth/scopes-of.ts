import type { ProviderId } from '../../shared/api';

/** The scopes configured for a provider; asking for one that has none is a wiring mistake. */
export function scopesOf(scopes: Partial<Record<ProviderId, string[]>>, provider: ProviderId): string[] {
  const found = scopes[provider];
  if (!found) throw new TypeError(`no scopes configured for ${provider}`);
  return found;
}
