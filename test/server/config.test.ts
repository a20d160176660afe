import { ConfigError, DEMO_CLIENT_ID, DEMO_GOOGLE_CLIENT_ID, loadConfig } from '../../src/server/config';

const GUID = '0d2a3c1e-7f5b-4e86-9c21-1a2b3c4d5e6f';
const entra = { AZURE_CLIENT_ID: GUID, AZURE_CLIENT_SECRET: 's', TOKEN_MASTER_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}` };

function error(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('config was accepted');
}

describe('config', () => {
  it('defaults to the embedded demo', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      authMode: 'demo',
      port: 3000,
      publicUrl: 'http://localhost:3000',
      clientId: DEMO_CLIENT_ID,
      authorityHost: 'http://localhost:3000/demo/login',
      graphBaseUrl: 'http://localhost:3000/demo/graph/v1.0',
      databaseUrl: 'sqlite:./data/upnext.db',
      allowedTenants: '*',
      cacheTtlSeconds: 300,
      cacheStaleSeconds: 1800,
    });
    expect(c.apiAudiences).toEqual([DEMO_CLIENT_ID, `api://localhost:3000/${DEMO_CLIENT_ID}`]);
  });

  it('chooses entra when a client id is set, with Microsoft’s endpoints', () => {
    const c = loadConfig(entra);
    expect(c).toMatchObject({ authMode: 'entra', authorityHost: 'https://login.microsoftonline.com', graphBaseUrl: 'https://graph.microsoft.com/v1.0', graphResource: 'https://graph.microsoft.com' });
  });

  it('asks national-cloud Graph for its own resource, and the demo calendar for the global one', () => {
    expect(loadConfig({ ...entra, GRAPH_BASE_URL: 'https://graph.microsoft.us/v1.0' }).graphResource).toBe('https://graph.microsoft.us');
    expect(loadConfig({}).graphResource).toBe('https://graph.microsoft.com');
  });

  it('refuses demo mode outside development and test', () => {
    expect(error({ NODE_ENV: 'production' })).toMatch(/AUTH_MODE=demo is refused/);
    expect(error({ NODE_ENV: 'prod' })).toMatch(/AUTH_MODE=demo is refused/);
    expect(loadConfig({ NODE_ENV: 'test' }).authMode).toBe('demo');
  });

  it('refuses near misses of known settings, naming the one meant', () => {
    expect(error({ ALLOWED_TENANT: '*' })).toMatch(/ALLOWED_TENANT is not a known setting \(did you mean ALLOWED_TENANTS\?\)/);
    expect(error({ DATABASE_URI: 'sqlite:x' })).toMatch(/did you mean DATABASE_URL/);
    expect(error({ REDIS_URI: 'redis://x' })).toMatch(/did you mean REDIS_URL/);
    expect(error({ ADMIN_USER: 'x' })).toMatch(/did you mean ADMIN_USERS/);
    expect(error({ PUBLIC_URI: 'http://x' })).toMatch(/did you mean PUBLIC_URL/);
    expect(loadConfig({ REDIS_HOST: 'cache', HOME: '/root', PATH: '/bin' }).authMode).toBe('demo');
  });

  it('trims values and refuses empty lists and decorated URLs', () => {
    expect(loadConfig({ CACHE_TTL_SECONDS: ' 60 ' }).cacheTtlSeconds).toBe(60);
    expect(loadConfig({ CACHE_TTL_SECONDS: ' ' }).cacheTtlSeconds).toBe(300);
    expect(error({ API_AUDIENCE: ' , ' })).toMatch(/^API_AUDIENCE/);
    expect(error({ ADMIN_USERS: 'not-a-guid,;drop' })).toMatch(/^ADMIN_USERS/);
    expect(error({ GRAPH_BASE_URL: 'https://graph.microsoft.com/v1.0?x=1' })).toMatch(/^GRAPH_BASE_URL/);
    expect(error({ AZURE_AUTHORITY_HOST: 'https://user:pw@login.example.com' })).toMatch(/^AZURE_AUTHORITY_HOST/);
  });

  it('names the variable that is malformed', () => {
    expect(error({ PORT: 'eighty' })).toMatch(/^PORT/);
    expect(error({ AUTH_MODE: 'magic' })).toMatch(/^AUTH_MODE/);
    expect(error({ DATABASE_URL: 'mysql://x' })).toMatch(/^DATABASE_URL/);
    expect(error({ ALLOWED_TENANTS: 'contoso' })).toMatch(/^ALLOWED_TENANTS/);
    expect(error({ CACHE_TTL_SECONDS: '-1' })).toMatch(/^CACHE_TTL_SECONDS/);
    expect(error({ AZURE_CLIENT_ID: 'not-a-guid' })).toMatch(/^AZURE_CLIENT_ID/);
  });

  it('refuses unknown settings that look like ours', () => {
    expect(error({ AZURE_CLIENTID: GUID })).toMatch(/AZURE_CLIENTID is not a known setting/);
  });

  it('accepts plain http only for loopback authority and Graph hosts', () => {
    expect(error({ AZURE_AUTHORITY_HOST: 'http://login.example.com' })).toMatch(/^AZURE_AUTHORITY_HOST must be an https URL/);
    expect(error({ GRAPH_BASE_URL: 'http://graph.example.com/v1.0' })).toMatch(/^GRAPH_BASE_URL must be an https URL/);
    expect(loadConfig({ AZURE_AUTHORITY_HOST: 'http://127.0.0.1:9/x' }).authorityHost).toBe('http://127.0.0.1:9/x');
  });

  it('requires the secrets of an entra deployment', () => {
    expect(error({ AZURE_CLIENT_ID: GUID, TOKEN_MASTER_KEYS: entra.TOKEN_MASTER_KEYS })).toMatch(/AZURE_CLIENT_SECRET is required/);
    expect(error({ AZURE_CLIENT_ID: GUID, AZURE_CLIENT_SECRET: 's' })).toMatch(/TOKEN_MASTER_KEYS is required/);
  });

  it('parses lists', () => {
    const c = loadConfig({ ...entra, ALLOWED_TENANTS: `${GUID}, ${GUID.toUpperCase()}`, API_AUDIENCE: 'a, b', ADMIN_USERS: `${GUID.toUpperCase()},${GUID}` });
    expect(c.allowedTenants).toEqual([GUID, GUID]);
    expect(c.apiAudiences).toEqual(['a', 'b']);
    expect(c.adminUsers).toEqual([GUID, GUID]);
  });
});

describe('TRUST_PROXY and SHUTDOWN_DRAIN_SECONDS', () => {
  it('trusts loopback proxies and drains 5 s by default', () => {
    expect(loadConfig({})).toMatchObject({ trustProxy: ['loopback'], shutdownDrainSeconds: 5 });
  });

  it.each<[string, unknown]>([
    ['false', false],
    ['1', 1],
    ['loopback, 10.0.0.0/8', ['loopback', '10.0.0.0/8']],
    ['192.0.2.10,2001:db8::/32,uniquelocal', ['192.0.2.10', '2001:db8::/32', 'uniquelocal']],
  ])('accepts %s', (value, parsed) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toEqual(parsed);
  });

  it.each(['true', '11', 'everyone', '10.0.0.0/33', '10.0.0.1/8/1', 'loopback,,', 'example.com'])('refuses %s, naming the variable', (value) => {
    expect(error({ TRUST_PROXY: value })).toMatch(/^TRUST_PROXY must be false, a hop count/);
  });

  it('refuses a drain longer than two minutes or not a number', () => {
    expect(loadConfig({ SHUTDOWN_DRAIN_SECONDS: '0' }).shutdownDrainSeconds).toBe(0);
    expect(error({ SHUTDOWN_DRAIN_SECONDS: '121' })).toMatch(/^SHUTDOWN_DRAIN_SECONDS/);
    expect(error({ SHUTDOWN_DRAIN_SECONDS: 'soon' })).toMatch(/^SHUTDOWN_DRAIN_SECONDS/);
  });
});

describe('Google settings', () => {
  const google = { GOOGLE_CLIENT_ID: '1234567890-abc.apps.googleusercontent.com', GOOGLE_CLIENT_SECRET: 'GOCSPX-s' };

  it('demo mode always offers Google, through the built-in stand-in', () => {
    expect(loadConfig({}).google).toEqual({
      clientId: DEMO_GOOGLE_CLIENT_ID,
      authorizeUrl: 'http://localhost:3000/demo/google/o/oauth2/v2/auth',
      tokenUrl: 'http://localhost:3000/demo/google/token',
      revokeUrl: 'http://localhost:3000/demo/google/revoke',
      calendarBaseUrl: 'http://localhost:3000/demo/google/calendar/v3',
    });
  });

  it('entra mode offers Google only with a configured client, on Google’s own endpoints by default', () => {
    expect(loadConfig(entra).google).toBeUndefined();
    expect(loadConfig({ ...entra, ...google }).google).toEqual({
      clientId: google.GOOGLE_CLIENT_ID,
      clientSecret: google.GOOGLE_CLIENT_SECRET,
      authorizeUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
      tokenUrl: 'https://oauth2.googleapis.com/token',
      revokeUrl: 'https://oauth2.googleapis.com/revoke',
      calendarBaseUrl: 'https://www.googleapis.com/calendar/v3',
    });
  });

  it('refuses half a client, a malformed id, plain-http URLs off loopback, stray URLs and near misses', () => {
    expect(error({ ...entra, GOOGLE_CLIENT_ID: google.GOOGLE_CLIENT_ID })).toMatch(/GOOGLE_CLIENT_SECRET is required/);
    expect(error({ ...entra, GOOGLE_CLIENT_SECRET: 's' })).toMatch(/GOOGLE_CLIENT_SECRET is set without GOOGLE_CLIENT_ID/);
    expect(error({ ...entra, ...google, GOOGLE_CLIENT_ID: 'not-a-google-id' })).toMatch(/^GOOGLE_CLIENT_ID must be a Google OAuth client id/);
    expect(error({ ...entra, ...google, GOOGLE_TOKEN_URL: 'http://oauth2.example/token' })).toMatch(/^GOOGLE_TOKEN_URL must be an https URL/);
    expect(error({ ...entra, ...google, GOOGLE_CALENDAR_BASE_URL: 'https://u:p@calendar.example/v3' })).toMatch(/^GOOGLE_CALENDAR_BASE_URL must be a base URL/);
    expect(error({ ...entra, GOOGLE_REVOKE_URL: 'https://oauth2.example/revoke' })).toMatch(/GOOGLE_REVOKE_URL is set but GOOGLE_CLIENT_ID is not/);
    expect(error({ ...entra, ...google, GOOGLE_CLIENT_SECRETS: 'x' })).toMatch(/GOOGLE_CLIENT_SECRETS is not a known setting \(did you mean GOOGLE_CLIENT_SECRET\?\)/);
    expect(error({ ...entra, GOOGLE_CALENDAR_URL: 'x' })).toMatch(/GOOGLE_CALENDAR_URL is not a known setting/);
    expect(loadConfig({ ...entra, ...google, GOOGLE_TOKEN_URL: 'http://127.0.0.1:9000/token/' }).google?.tokenUrl).toBe('http://127.0.0.1:9000/token');
  });
});
