import { isIP } from 'node:net';
import { z } from 'zod';
import { GOOGLE_SETTING_NAMES, googleEnvSchema, googleSettingsFrom, type GoogleConfig } from './providers/google-calendar/settings';

/**
 * The one place that reads the environment (brief §3). Unknown or malformed values stop start-up
 * with a message that names the variable; no value means the embedded demo default.
 */
export interface Config {
  nodeEnv: string;
  port: number;
  publicUrl: string;
  authMode: 'demo' | 'entra';
  clientId: string;
  /** Absent in demo mode until the demo generates one. Never logged. */
  clientSecret?: string;
  authorityHost: string;
  apiAudiences: string[];
  allowedTenants: '*' | string[];
  graphBaseUrl: string;
  /**
   * The resource Graph scopes are asked for: Graph's own origin in national clouds
   * (`https://graph.microsoft.us`, …), the global one for the demo's loopback calendar.
   */
  graphResource: string;
  /** Raw `kid:base64key` pairs; parsed by the key ring, never logged. */
  tokenMasterKeys?: string;
  databaseUrl: string;
  dataDir: string;
  redisUrl?: string;
  cacheTtlSeconds: number;
  cacheStaleSeconds: number;
  adminUsers: string[];
  logLevel: string;
  /** Express `trust proxy`: which hops' X-Forwarded-* headers to believe (client address, https). */
  trustProxy: TrustProxy;
  /** How long /readyz answers 503 before the server stops accepting connections on SIGTERM. */
  shutdownDrainSeconds: number;
  /**
   * Google Calendar's client and endpoints, present when the client is configured (always in demo
   * mode, where the secret is generated per process like the Entra demo's).
   */
  google?: GoogleConfig;
  /** Bearer token that opens /metrics from anywhere; without it /metrics answers loopback only. Never logged. */
  metricsToken?: string;
}

/** `false`, a hop count, or addresses / CIDR ranges / Express's names (loopback, linklocal, uniquelocal). */
export type TrustProxy = false | number | string[];

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** The demo's app registration: a fixed, public id. Its secret is generated per process. */
export const DEMO_CLIENT_ID = '6f1c1e1a-4f0b-4b8e-9a57-2d0c2c7a9e11';
export const DEMO_AUTHORITY_PATH = '/demo/login';
export const DEMO_GRAPH_PATH = '/demo/graph/v1.0';
export { DEMO_GOOGLE_CLIENT_ID, DEMO_GOOGLE_PATH } from './providers/google-calendar/settings';

const KNOWN = new Set([
  'NODE_ENV', 'PORT', 'PUBLIC_URL', 'AUTH_MODE', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_SECRET', 'AZURE_AUTHORITY_HOST',
  'API_AUDIENCE', 'ALLOWED_TENANTS', 'GRAPH_BASE_URL', 'TOKEN_MASTER_KEYS', 'DATABASE_URL', 'REDIS_URL',
  'CACHE_TTL_SECONDS', 'CACHE_STALE_SECONDS', 'ADMIN_USERS', 'LOG_LEVEL', 'DATA_DIR', 'METRICS_TOKEN', 'TRUST_PROXY',
  'SHUTDOWN_DRAIN_SECONDS',
  ...GOOGLE_SETTING_NAMES,
]);

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

// Values are trimmed; an empty one means "not set".
const optional = (schema: z.ZodTypeAny) =>
  z.preprocess((v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : v.trim()) : v), schema.optional());
/** An absolute URL with nothing after the path: no credentials, query or fragment. */
const baseUrl = () =>
  z
    .string()
    .url()
    .refine((v) => {
      const u = new URL(v);
      return !u.username && !u.password && !u.search && !u.hash;
    }, 'must be a base URL without credentials, query or fragment');
const guidList = (what: string) => z.string().regex(/^[0-9a-fA-F-]{36}(\s*,\s*[0-9a-fA-F-]{36})*$/, `must be a comma list of ${what}`);
const seconds = (fallback: number) =>
  optional(z.coerce.number().int().min(0).max(7 * 24 * 3600)).transform((v) => (v as number | undefined) ?? fallback);

const schema = z.object({
  NODE_ENV: optional(z.string()),
  PORT: optional(z.coerce.number().int().min(0).max(65535)),
  PUBLIC_URL: optional(baseUrl()),
  AUTH_MODE: optional(z.enum(['demo', 'entra'])),
  AZURE_CLIENT_ID: optional(z.string().regex(GUID, 'must be a GUID')),
  AZURE_CLIENT_SECRET: optional(z.string().min(1)),
  AZURE_AUTHORITY_HOST: optional(baseUrl()),
  API_AUDIENCE: optional(z.string().regex(/[^,\s]/, 'must name at least one audience')),
  ALLOWED_TENANTS: optional(z.union([z.literal('*'), guidList('tenant ids')], { errorMap: () => ({ message: 'must be * or a comma list of tenant ids' }) })),
  GRAPH_BASE_URL: optional(baseUrl()),
  TOKEN_MASTER_KEYS: optional(z.string().min(1)),
  DATABASE_URL: optional(z.string().regex(/^(sqlite:.+|postgres(ql)?:\/\/.+)$/, 'must be sqlite:<path> or postgres://…')),
  REDIS_URL: optional(z.string().regex(/^rediss?:\/\/.+/, 'must be redis://… or rediss://…')),
  CACHE_TTL_SECONDS: seconds(300),
  CACHE_STALE_SECONDS: seconds(1800),
  ADMIN_USERS: optional(guidList('user object ids')),
  LOG_LEVEL: optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])),
  DATA_DIR: optional(z.string().min(1)),
  TRUST_PROXY: optional(z.string().transform((v, ctx) => parseTrustProxy(v) ?? (ctx.addIssue({ code: 'custom', message: TRUST_PROXY_RULE }), z.NEVER))),
  SHUTDOWN_DRAIN_SECONDS: optional(z.coerce.number().int().min(0).max(120)),
  ...googleEnvSchema(optional, baseUrl),
  METRICS_TOKEN: optional(z.string().regex(/^[\x21-\x7e]{16,512}$/, 'must be 16 to 512 printable characters (no spaces)')),
});

const TRUST_PROXY_RULE =
  'must be false, a hop count (0-10), or a comma list of proxy addresses, CIDR ranges, loopback, linklocal or uniquelocal (true would believe any client\'s X-Forwarded-For)';
const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** TRUST_PROXY's value, or undefined when it is not one of the accepted forms. */
export function parseTrustProxy(value: string): TrustProxy | undefined {
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value) <= 10 ? Number(value) : undefined;
  const items = value.split(',').map((s) => s.trim());
  const ok = items.every((item) => {
    if (PROXY_NAMES.has(item)) return true;
    const [address, prefix, ...rest] = item.split('/');
    const family = isIP(address ?? '');
    if (!family || rest.length) return false;
    return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
  });
  return ok && items.length ? items : undefined;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const relevant: Record<string, string | undefined> = {};
  for (const key of Object.keys(env)) {
    if (KNOWN.has(key)) relevant[key] = env[key];
    // A misspelt setting must not silently fall back to a default (ALLOWED_TENANT would mean "all tenants").
    else if (/^(UPNEXT_|AZURE_|TOKEN_|CACHE_|GRAPH_|API_|GOOGLE_)/.test(key) || nearMiss(key)) {
      throw new ConfigError(`${key} is not a known setting${nearMiss(key) ? ` (did you mean ${nearMiss(key)}?)` : ''}.`);
    }
  }
  const parsed = schema.safeParse(relevant);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`${String(issue.path[0])} ${issue.message}.`);
  }
  const e = parsed.data as Record<string, string | number | undefined>;
  const nodeEnv = (e.NODE_ENV as string | undefined) ?? 'development';
  const port = (e.PORT as number | undefined) ?? 3000;
  const publicUrl = trimSlash((e.PUBLIC_URL as string | undefined) ?? `http://localhost:${port}`);
  const clientIdEnv = e.AZURE_CLIENT_ID as string | undefined;
  const authMode = (e.AUTH_MODE as 'demo' | 'entra' | undefined) ?? (clientIdEnv ? 'entra' : 'demo');

  if (authMode === 'demo' && !['development', 'test'].includes(nodeEnv)) {
    throw new ConfigError(`AUTH_MODE=demo is refused when NODE_ENV=${nodeEnv} (demo runs only in development or test).`);
  }
  if (authMode === 'entra') {
    if (!clientIdEnv) throw new ConfigError('AZURE_CLIENT_ID is required when AUTH_MODE=entra.');
    if (!e.AZURE_CLIENT_SECRET) throw new ConfigError('AZURE_CLIENT_SECRET is required when AUTH_MODE=entra.');
    if (!e.TOKEN_MASTER_KEYS) throw new ConfigError('TOKEN_MASTER_KEYS is required when AUTH_MODE=entra.');
  }
  const clientId = clientIdEnv ?? DEMO_CLIENT_ID;
  const authorityHost = trimSlash(
    (e.AZURE_AUTHORITY_HOST as string | undefined) ??
      (authMode === 'demo' ? publicUrl + DEMO_AUTHORITY_PATH : 'https://login.microsoftonline.com'),
  );
  const graphBaseUrl = trimSlash(
    (e.GRAPH_BASE_URL as string | undefined) ??
      (authMode === 'demo' ? publicUrl + DEMO_GRAPH_PATH : 'https://graph.microsoft.com/v1.0'),
  );
  requireHttpsUnlessLoopback('AZURE_AUTHORITY_HOST', authorityHost);
  requireHttpsUnlessLoopback('GRAPH_BASE_URL', graphBaseUrl);
  if (nodeEnv === 'production') requireHttpsUnlessLoopback('PUBLIC_URL', publicUrl);

  const google = googleSettingsFrom(e, authMode, publicUrl, {
    fail: (message) => {
      throw new ConfigError(message);
    },
    requireHttpsUnlessLoopback,
    trimSlash,
  });

  const host = new URL(publicUrl).host;
  const apiAudiences = e.API_AUDIENCE
    ? splitList(e.API_AUDIENCE as string)
    : [clientId, `api://${host}/${clientId}`];
  const tenants = (e.ALLOWED_TENANTS as string | undefined) ?? '*';
  const dataDir = (e.DATA_DIR as string | undefined) ?? './data';

  return {
    nodeEnv,
    port,
    publicUrl,
    authMode,
    clientId,
    clientSecret: e.AZURE_CLIENT_SECRET as string | undefined,
    authorityHost,
    apiAudiences,
    allowedTenants: tenants === '*' ? '*' : splitList(tenants).map((t) => t.toLowerCase()),
    graphBaseUrl,
    graphResource: new URL(graphBaseUrl).protocol === 'https:' ? new URL(graphBaseUrl).origin : 'https://graph.microsoft.com',
    tokenMasterKeys: e.TOKEN_MASTER_KEYS as string | undefined,
    databaseUrl: (e.DATABASE_URL as string | undefined) ?? `sqlite:${dataDir}/upnext.db`,
    dataDir,
    redisUrl: e.REDIS_URL as string | undefined,
    cacheTtlSeconds: e.CACHE_TTL_SECONDS as number,
    cacheStaleSeconds: e.CACHE_STALE_SECONDS as number,
    adminUsers: e.ADMIN_USERS ? splitList(e.ADMIN_USERS as string).map((u) => u.toLowerCase()) : [],
    logLevel: (e.LOG_LEVEL as string | undefined) ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    trustProxy: (parsed.data.TRUST_PROXY as TrustProxy | undefined) ?? ['loopback'],
    shutdownDrainSeconds: (e.SHUTDOWN_DRAIN_SECONDS as number | undefined) ?? 5,
    ...(google && { google }),
    metricsToken: e.METRICS_TOKEN as string | undefined,
  };
}

/** The known setting `name` is one or two letters away from, if any. */
function nearMiss(name: string): string | undefined {
  for (const known of KNOWN) if (known !== name && editDistance(known, name) <= 2) return known;
  return undefined;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

function requireHttpsUnlessLoopback(name: string, value: string): void {
  const url = new URL(value);
  if (url.protocol === 'https:') return;
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return;
  throw new ConfigError(`${name} must be an https URL (plain http is accepted only for loopback hosts).`);
}

function splitList(value: string): string[] {
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
