import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import type { Express } from 'express';
import type { Logger } from 'pino';
import type { Demo } from '../demo';
import { OutlookCalendarAdopter } from './adopters/outlook-calendar/adopter';
import { createGraphClient } from './adopters/outlook-calendar/graph-client';
import { createApp } from './app';
import { createUserTokenVerifier } from './auth/user-token-verifier';
import type { ResultsCache } from './cache/cache';
import { openResultsCache } from './cache/open-cache';
import type { Config } from './config';
import { mountDemo } from './demo-mount';
import { Metrics } from './lib/metrics';
import { createOpaqueIds } from './lib/opaque-id';
import { createTokenClient } from './oauth/token-client';
import { clientConfigRoute } from './routes/client-config';
import { healthRoutes } from './routes/health';
import { meRoute } from './routes/me';
import { meetingsRoute } from './routes/meetings';
import { MeetingsService } from './services/meetings-service';
import { openStore } from './store/open-store';
import { guardStore } from './store/unavailable-store';
import type { Store } from './store/store';
import { loadOrCreateDemoMasterKeys, parseMasterKeys } from './vault/master-keys';
import { Vault } from './vault/vault';
import { VaultTokenInjector } from './vault/vault-token-injector';
import { ConnectionsService } from './services/connections-service';
import { connectionsRoutes } from './routes/connections';
import { createConnectStates } from './oauth/connect-state';
import { createUserSealer } from './cache/user-sealed';
import { createGraphKeys } from './graph/graph-keys';
import { GraphRecorder } from './graph/graph-recorder';
import { activityRoutes } from './routes/activity';
import { searchRoute } from './routes/search';
import { SearchService } from './search/search-service';
import { AccessCheck } from './access/access-check';
import { AdminConsent } from './admin/admin-consent';
import { AdminService } from './admin/admin-service';
import { adminRoutes } from './routes/admin';

export interface Composed {
  app: Express;
  store: Store;
  metrics: Metrics;
  /** Saw/joined records on their way to the graph store (tests flush it). */
  activity: GraphRecorder;
  /** Present in demo mode only (tests drive its controls). */
  demo?: Demo;
  close(): Promise<void>;
}

/** Delegated Graph permissions Upnext asks for: read calendars, and keep access (a refresh token). */
export const graphScopes = (resource: string) => [`${resource}/Calendars.Read`, 'offline_access'];

export interface ComposeOptions {
  webRoot?: string;
  /** The vault's clock (token expiry, leases); tests move it to make tokens expire. */
  now?: () => number;
}

/** Wires the whole server from a validated config. Fails closed: no master key, no start. */
export async function compose(config: Config, logger: Logger, options: ComposeOptions = {}): Promise<Composed> {
  const now = options.now ?? Date.now;
  const masterKeys = config.tokenMasterKeys
    ? parseMasterKeys(config.tokenMasterKeys)
    : config.authMode === 'demo'
      ? loadOrCreateDemoMasterKeys(config.dataDir)
      : undefined;
  if (!masterKeys) throw new Error('TOKEN_MASTER_KEYS is required.');

  // The demo's confidential-client secret lives only in this process.
  const clientSecret = config.clientSecret ?? randomBytes(32).toString('base64url');
  const demo = config.authMode === 'demo' ? mountDemo(config, clientSecret) : undefined;

  const metrics = new Metrics();
  const store = guardStore(await openStore(config.databaseUrl), () => metrics.storeFailure());
  const tokenClient = createTokenClient({ authorityHost: config.authorityHost, clientId: config.clientId, clientSecret, now });
  const scopes = { 'outlook-calendar': graphScopes(config.graphResource) };
  const vault = new Vault(store.vault, masterKeys, now);
  const injector = new VaultTokenInjector({ vault, tokenClient, scopes, now, onRefresh: (provider, outcome) => metrics.refresh(provider, outcome) });
  const states = createConnectStates(masterKeys);
  const connections = new ConnectionsService({
    vault,
    store,
    tokenClient,
    states,
    scopes,
    authorityHost: config.authorityHost,
    clientId: config.clientId,
    graphResource: config.graphResource,
    redirectUri: `${config.publicUrl}/auth-end.html`,
  });
  const graph = createGraphClient({ baseUrl: config.graphBaseUrl, onCall: (outcome, seconds) => metrics.upstreamCall('outlook-calendar', outcome, seconds) });
  const adopter = new OutlookCalendarAdopter(graph, injector, createOpaqueIds(masterKeys.oldest.key), (eventId, reason) => {
    metrics.skippedEvent('outlook-calendar');
    logger.warn({ provider: 'outlook-calendar', eventId, reason }, 'skipped an event that could not be read');
  });
  const cacheOptions = { ttlMs: config.cacheTtlSeconds * 1000, staleMs: config.cacheStaleSeconds * 1000 };
  const cache: ResultsCache = openResultsCache(config.redisUrl, cacheOptions, logger, metrics);
  const meetings = new MeetingsService(adopter, cache, createUserSealer(masterKeys));
  const graphKeys = createGraphKeys(masterKeys.oldest.key);
  const activity = new GraphRecorder(store.graph, graphKeys, {
    onError: (err) => logger.warn({ err: err instanceof Error ? err.message : 'unknown' }, 'graph store write failed'),
  });
  const search = new SearchService([adopter], cache, createUserSealer(masterKeys), { store: store.graph, keys: graphKeys, recorder: activity });
  // entra: every integration is off until an admin enables it; demo: on for the demo tenant.
  const demoTenant = demo?.demo.authority.tenantId;
  const access = new AccessCheck({
    store: store.admin,
    enabledByDefault: (tid) => demoTenant !== undefined && tid === demoTenant,
    lastKnownMaxAgeMs: config.cacheStaleSeconds * 1000,
  });
  const admin = new AdminService({ store: store.admin, access, forgetUser: (tid, oid) => meetings.forget(tid, oid) });
  const adminConsent = new AdminConsent({
    store: { consents: (tid) => store.admin.consents(tid), consumeOAuthState: (n, e, t) => store.consumeOAuthState(n, e, t) },
    service: admin,
    states,
    authorityHost: config.authorityHost,
    clientId: config.clientId,
    graphResource: config.graphResource,
    redirectUri: `${config.publicUrl}/auth-end.html`,
  });

  const app = createApp({
    logger,
    metrics,
    authorityOrigin: new URL(config.authorityHost).origin,
    https: config.publicUrl.startsWith('https://'),
    verifyUserToken: createUserTokenVerifier({
      authorityHost: config.authorityHost,
      audiences: config.apiAudiences,
      allowedTenants: config.allowedTenants,
    }),
    publicRoutes: [healthRoutes(store, cache, metrics, config.metricsToken), clientConfigRoute(config)],
    apiRoutes: [
      meRoute(store, injector, access, { adminUsers: config.adminUsers, offered: ['outlook-calendar'] }),
      meetingsRoute(meetings, access),
      connectionsRoutes(connections, meetings, access),
      adminRoutes(admin, adminConsent, config.adminUsers),
      activityRoutes(activity),
      searchRoute(search, access),
    ],
    extraMounts: demo?.mounts,
    webRoot: options.webRoot ?? resolve(__dirname, '../../dist/web'),
    assetsRoot: resolve(__dirname, '../../assets'),
  });
  return {
    app,
    store,
    metrics,
    activity,
    demo: demo?.demo,
    close: async () => {
      injector.pendingWrites.stop();
      await activity.close();
      await Promise.all([store.close(), cache.close()]);
    },
  };
}
