import type { ProviderId } from '../../shared/api';
import type { Config } from '../config';
import type { OpaqueIds, SeriesKeys } from '../lib/opaque-id';
import { googleCalendarProvider } from './google-calendar';
import { outlookCalendarProvider } from './outlook-calendar';
import type { Provider } from './provider';

/** The providers this server offers, in the order the pane shows them. */
export interface ProviderRegistry {
  readonly all: readonly Provider[];
  get(id: string): Provider | undefined;
}

export interface RegistryDeps {
  opaqueIds: OpaqueIds;
  /** `Meeting.seriesKey` of a recurring meeting; without it the list carries none. */
  seriesKeys?: SeriesKeys;
  /** The Entra client secret (configured, or the demo's per-process one). */
  entraClientSecret: string;
  /** Google's client secret (configured, or the demo's per-process one). */
  googleClientSecret?: string;
  now: () => number;
  /** Each upstream HTTP call's outcome and duration, for metrics. */
  onUpstreamCall?: (provider: ProviderId, outcome: string, seconds: number) => void;
  /** An event that could not be read was left out (its opaque id when it has one, and why). */
  onSkippedEvent?: (provider: ProviderId, opaqueId: string | undefined, reason: string) => void;
}

/** One line per provider; a provider whose client is not configured is not offered. */
export function createRegistry(config: Config, deps: RegistryDeps): ProviderRegistry {
  const redirectUri = `${config.publicUrl}/auth-end.html`;
  const providers: Provider[] = [
    outlookCalendarProvider(
      { authorityHost: config.authorityHost, clientId: config.clientId, clientSecret: deps.entraClientSecret, graphBaseUrl: config.graphBaseUrl, graphResource: config.graphResource, redirectUri },
      deps,
    ),
  ];
  if (config.google && deps.googleClientSecret) {
    providers.push(googleCalendarProvider({ ...config.google, clientSecret: deps.googleClientSecret }, { ...deps, redirectUri }));
  }
  return registryOf(providers);
}

export function registryOf(providers: Provider[]): ProviderRegistry {
  const byId = new Map<string, Provider>(providers.map((p) => [p.id, p]));
  return { all: providers, get: (id) => byId.get(id) };
}

export function requireProvider(registry: ProviderRegistry, id: ProviderId): Provider {
  const found = registry.get(id);
  if (!found) throw new TypeError(`provider ${id} is not offered`);
  return found;
}
