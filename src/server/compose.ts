import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Express } from 'express';
import type { Logger } from 'pino';
import type { Demo } from '../demo';
import { createApp } from './app';
import { createUserTokenVerifier } from './auth/user-token-verifier';
import type { ResultsCache } from './cache/cache';
import { openResultsCache } from './cache/open-cache';
import type { Config } from './config';
import { mountDemo } from './demo-mount';
import { Metrics } from './lib/metrics';
import { createOpaqueIds } from './lib/opaque-id';
import { clientConfigRoute } from './routes/client-config';
import { openApiRoute } from './routes/openapi';
import { healthRoutes } from './routes/health';
import { Lifecycle } from './lifecycle';
import { meRoute } from './routes/me';
import { meetingsRoute } from './routes/meetings';
import { MeetingsService } from './services/meetings-service';
import { CalendarZones } from './services/calendar-zones';
import { openStore } from './store/open-store';
import { guardStore } from './store/unavailable-store';
import type { Store } from './store/store';
import { loadOrCreateDemoMasterKeys, parseMasterKeys } from './vault/master-keys';
import { Vault } from './vault/vault';
import { VaultTokenInjector } from './vault/vault-token-injector';
import { ConnectionsService } from './services/connections-service';
import { connectionsRoutes } from './routes/connections';
import { createConnectStates } from './keys/connect-state';
import { createUserSealer } from './keys/user-sealer';
import { createRegistry } from './providers/registry';
import { createSecurityLog } from './audit/security-events';
import { createGraphKeys } from './graph/graph-keys';
import { GraphRecorder } from './graph/graph-recorder';
import { activityRoutes } from './routes/activity';
import { searchRoute } from './routes/search';
import { SearchService } from './search/search-service';
import { searchSources } from './search/search-source';
import { AccessCheck } from './access/access-check';
import { AdminConsent } from './admin/admin-consent';
import { AdminService } from './admin/admin-service';
import { adminRoutes } from './routes/admin';

export interface Composed {
  app: Express;
  /** Serving or draining: SIGTERM starts draining, and /readyz follows it. */
  lifecycle: Lifecycle;
  store: Store;
  metrics: Metrics;
  /** Saw/joined records on their way to the graph store (tests flush it). */
  activity: GraphRecorder;
  /** Present in demo mode only (tests drive its controls). */
  demo?: Demo;
  close(): Promise<void>;
}

export interface ComposeOptions {
  webRoot?: string;
  /**
   * The server's clock, ms since the epoch: the demo seed and authority, user-token checks, meeting
   * windows, connect states. Tests run the whole app at a chosen instant with it.
   */
  clock?: () => number;
  /** The vault's clock (token expiry, leases), `clock` unless set; tests move it ahead to make tokens expire. */
  now?: () => number;
}

/** Wires the whole server from a validated config. Fails closed: no master key, no start. */
export async function compose(config: Config, logger: Logger, options: ComposeOptions = {}): Promise<Composed> {
  const clock = options.clock ?? Date.now;
  const now = options.now ?? clock;
  const masterKeys = config.tokenMasterKeys
    ? parseMasterKeys(config.tokenMasterKeys)
    : config.authMode === 'demo'
      ? loadOrCreateDemoMasterKeys(config.dataDir)
      : undefined;
  if (!masterKeys) throw new Error('TOKEN_MASTER_KEYS is required.');

  // The demos' confidential-client secrets live only in this process.
  const clientSecret = config.clientSecret ?? randomBytes(32).toString('base64url');
  const googleClientSecret = config.google ? (config.google.clientSecret ?? randomBytes(24).toString('base64url')) : undefined;
  const demo = config.authMode === 'demo' ? mountDemo(config, clientSecret, googleClientSecret, clock) : undefined;

  const metrics = new Metrics();
  const store = guardStore(await openStore(config.databaseUrl), () => metrics.storeFailure());
  const graphKeys = createGraphKeys(masterKeys.oldest.key);
  const registry = createRegistry(config, {
    opaqueIds: createOpaqueIds(masterKeys.oldest.key),
    seriesKeys: graphKeys.series,
    entraClientSecret: clientSecret,
    googleClientSecret,
    now,
    onUpstreamCall: (provider, outcome, seconds) => metrics.upstreamCall(provider, outcome, seconds),
    onSkippedEvent: (provider, eventId, reason) => {
      metrics.skippedEvent(provider);
      logger.warn({ provider, eventId, reason }, 'skipped an event that could not be read');
    },
  });
  const vault = new Vault(store.vault, masterKeys, now);
  const securityLog = createSecurityLog(logger);
  const injector = new VaultTokenInjector({
    vault,
    credentials: (id) => {
      const provider = registry.get(id);
      if (!provider) throw new TypeError(`provider ${id} is not offered`);
      return provider.credentials;
    },
    now,
    securityLog,
    onRefresh: (provider, outcome) => metrics.refresh(provider, outcome),
  });
  const states = createConnectStates(masterKeys, { now: clock });
  const connections = new ConnectionsService({ injector, store, states, securityLog, now: clock });
  const cacheOptions = { ttlMs: config.cacheTtlSeconds * 1000, staleMs: config.cacheStaleSeconds * 1000 };
  const cache: ResultsCache = openResultsCache(config.redisUrl, cacheOptions, logger, metrics);
  const meetings = new MeetingsService(injector, cache, createUserSealer(masterKeys), clock);
  const zones = new CalendarZones(injector, { now: clock });
  const activity = new GraphRecorder(store.graph, graphKeys, {
    now: clock,
    onError: (err) => logger.warn({ err: err instanceof Error ? err.message : 'unknown' }, 'graph store write failed'),
  });
  const search = new SearchService(searchSources(registry, injector), cache, createUserSealer(masterKeys), { store: store.graph, keys: graphKeys, recorder: activity }, { now: clock });
  // entra: every integration is off until an admin enables it; demo: on for the demo tenant.
  const demoTenant = demo?.demo.authority.tenantId;
  const access = new AccessCheck({
    store: store.admin,
    enabledByDefault: (tid) => demoTenant !== undefined && tid === demoTenant,
    lastKnownMaxAgeMs: config.cacheStaleSeconds * 1000,
    now: clock,
  });
  const admin = new AdminService({ store: store.admin, access, forgetUser: (tid, oid) => meetings.forget(tid, oid), now: clock });
  const adminConsent = new AdminConsent({
    store: { consents: (tid) => store.admin.consents(tid), consumeOAuthState: (n, e, t) => store.consumeOAuthState(n, e, t) },
    service: admin,
    states,
    authorityHost: config.authorityHost,
    clientId: config.clientId,
    graphResource: config.graphResource,
    redirectUri: `${config.publicUrl}/auth-end.html`,
    now: clock,
  });

  const lifecycle = new Lifecycle();
  const app = createApp({
    logger,
    metrics,
    authorityOrigin: new URL(config.authorityHost).origin,
    https: config.publicUrl.startsWith('https://'),
    trustProxy: config.trustProxy,
    verifyUserToken: createUserTokenVerifier({
      authorityHost: config.authorityHost,
      audiences: config.apiAudiences,
      allowedTenants: config.allowedTenants,
      now: clock,
    }),
    publicRoutes: [healthRoutes(store, cache, metrics, config.metricsToken, lifecycle), clientConfigRoute(config, registry), openApiRoute(config.publicUrl, packageVersion())],
    // The pane's hot route first: every router before it is walked on each request.
    apiRoutes: [
      meetingsRoute(meetings, registry, access, clock),
      meRoute(store, injector, access, { adminUsers: config.adminUsers, registry, zones }, clock),
      connectionsRoutes(connections, { forget: (tid, oid) => (zones.forget(tid, oid), meetings.forget(tid, oid)) }, registry, access),
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
    lifecycle,
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

/** package.json's version: the same two levels up from src/server (tsx) and dist/server (node). */
function packageVersion(): string {
  return (JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')) as { version: string }).version;
}
