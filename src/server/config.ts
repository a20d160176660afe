import { z } from 'zod';

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
}

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

const KNOWN = new Set([
  'NODE_ENV', 'PORT', 'PUBLIC_URL', 'AUTH_MODE', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_SECRET', 'AZURE_AUTHORITY_HOST',
  'API_AUDIENCE', 'ALLOWED_TENANTS', 'GRAPH_BASE_URL', 'TOKEN_MASTER_KEYS', 'DATABASE_URL', 'REDIS_URL',
  'CACHE_TTL_SECONDS', 'CACHE_STALE_SECONDS', 'ADMIN_USERS', 'LOG_LEVEL', 'DATA_DIR',
]);

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

const optional = (schema: z.ZodTypeAny) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());
const seconds = (fallback: number) =>
  optional(z.coerce.number().int().min(0).max(7 * 24 * 3600)).transform((v) => (v as number | undefined) ?? fallback);

const schema = z.object({
  NODE_ENV: optional(z.string()),
  PORT: optional(z.coerce.number().int().min(0).max(65535)),
  PUBLIC_URL: optional(z.string().url()),
  AUTH_MODE: optional(z.enum(['demo', 'entra'])),
  AZURE_CLIENT_ID: optional(z.string().regex(GUID, 'must be a GUID')),
  AZURE_CLIENT_SECRET: optional(z.string().min(1)),
  AZURE_AUTHORITY_HOST: optional(z.string().url()),
  API_AUDIENCE: optional(z.string().min(1)),
  ALLOWED_TENANTS: optional(z.string().regex(/^(\*|[0-9a-fA-F-]{36}(,[0-9a-fA-F-]{36})*)$/, 'must be * or a comma list of tenant ids')),
  GRAPH_BASE_URL: optional(z.string().url()),
  TOKEN_MASTER_KEYS: optional(z.string().min(1)),
  DATABASE_URL: optional(z.string().regex(/^(sqlite:.+|postgres(ql)?:\/\/.+)$/, 'must be sqlite:<path> or postgres://…')),
  REDIS_URL: optional(z.string().regex(/^rediss?:\/\/.+/, 'must be redis://… or rediss://…')),
  CACHE_TTL_SECONDS: seconds(300),
  CACHE_STALE_SECONDS: seconds(1800),
  ADMIN_USERS: optional(z.string()),
  LOG_LEVEL: optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])),
  DATA_DIR: optional(z.string().min(1)),
});

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const relevant: Record<string, string | undefined> = {};
  for (const key of Object.keys(env)) {
    if (KNOWN.has(key)) relevant[key] = env[key];
    // A misspelt setting must not silently fall back to a default.
    else if (/^(UPNEXT_|AZURE_|TOKEN_|CACHE_|GRAPH_|API_)/.test(key)) throw new ConfigError(`${key} is not a known setting.`);
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

  if (authMode === 'demo' && nodeEnv === 'production') {
    throw new ConfigError('AUTH_MODE=demo is refused when NODE_ENV=production.');
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
    adminUsers: e.ADMIN_USERS ? splitList(e.ADMIN_USERS as string) : [],
    logLevel: (e.LOG_LEVEL as string | undefined) ?? (nodeEnv === 'test' ? 'silent' : 'info'),
  };
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
