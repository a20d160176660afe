import { isProviderId, type ClientConfig, type ProviderInfo } from '../../shared/api';

function isProviderInfo(value: unknown): value is ProviderInfo {
  const p = value as Partial<ProviderInfo> | null;
  return (
    typeof p === 'object' && p !== null && isProviderId(p.id) && typeof p.name === 'string' && typeof p.consentText === 'string' && typeof p.icon === 'string' &&
    (p.consentWindow === undefined || (typeof p.consentWindow.url === 'string' && typeof p.consentWindow.clientId === 'string'))
  );
}

/** The public sign-in settings the server hands out (no auth needed, nothing secret). */
export async function fetchClientConfig(fetchFn: typeof fetch, baseUrl = ''): Promise<ClientConfig> {
  const response = await fetchFn(`${baseUrl}/api/client-config`, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`client-config answered HTTP ${response.status}`);
  const body = (await response.json()) as Partial<ClientConfig>;
  const { authMode, clientId, authority, apiScope } = body;
  if (
    (authMode !== 'demo' && authMode !== 'entra') ||
    typeof clientId !== 'string' ||
    typeof authority !== 'string' ||
    typeof apiScope !== 'string'
  ) {
    throw new Error('client-config is malformed');
  }
  const providers = Array.isArray(body.providers) ? body.providers.filter(isProviderInfo) : [];
  return { authMode, clientId, authority, apiScope, providers };
}
