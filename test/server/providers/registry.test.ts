import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../../src/server/config';
import { createOpaqueIds } from '../../../src/server/lib/opaque-id';
import { createRegistry } from '../../../src/server/providers/registry';

const GUID = '0d2a3c1e-7f5b-4e86-9c21-1a2b3c4d5e6f';
const entra = { AZURE_CLIENT_ID: GUID, AZURE_CLIENT_SECRET: 's', TOKEN_MASTER_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}` };
const deps = { opaqueIds: createOpaqueIds(randomBytes(32)), entraClientSecret: 's', now: () => 0 };

describe('provider registry', () => {
  it('offers Google Calendar only when its client is configured', () => {
    expect(createRegistry(loadConfig(entra), deps).all.map((p) => p.id)).toEqual(['outlook-calendar']);
    const config = loadConfig({ ...entra, GOOGLE_CLIENT_ID: '1-a.apps.googleusercontent.com', GOOGLE_CLIENT_SECRET: 'g' });
    const registry = createRegistry(config, { ...deps, googleClientSecret: 'g' });
    expect(registry.all.map((p) => p.id)).toEqual(['outlook-calendar', 'google-calendar']);
    expect(registry.get('google-calendar')!.info.consentWindow).toEqual({ url: 'https://accounts.google.com/o/oauth2/v2/auth', clientId: '1-a.apps.googleusercontent.com' });
    expect(registry.get('zoom')).toBeUndefined();
  });

  it('builds Google’s consent URL: our client, auth-end, PKCE S256, offline access, the events scope', () => {
    const config = loadConfig({ ...entra, PUBLIC_URL: 'https://upnext.contoso.com', GOOGLE_CLIENT_ID: '1-a.apps.googleusercontent.com', GOOGLE_CLIENT_SECRET: 'g' });
    const google = createRegistry(config, { ...deps, googleClientSecret: 'g' }).get('google-calendar')!;
    const user = { tid: 't', oid: 'o', name: 'Dana', groups: [], roles: [], assertion: 'jwt', expiresAt: 0 };
    const url = new URL(google.connector.authorizeUrl(user, { state: 'st', codeChallenge: 'ch' }));
    expect(`${url.origin}${url.pathname}`).toBe('https://accounts.google.com/o/oauth2/v2/auth');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: '1-a.apps.googleusercontent.com',
      redirect_uri: 'https://upnext.contoso.com/auth-end.html',
      response_type: 'code',
      scope: 'openid email https://www.googleapis.com/auth/calendar.events.readonly',
      state: 'st',
      code_challenge: 'ch',
      code_challenge_method: 'S256',
      access_type: 'offline',
      include_granted_scopes: 'true',
      prompt: 'consent',
    });
    expect(google.connector.connectSilently).toBeUndefined();
  });
});
