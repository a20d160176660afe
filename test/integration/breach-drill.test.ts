import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_TENANT_ID, DEMO_USERS } from '../../src/demo';
import { DEMO_GOOGLE_ACCOUNTS } from '../../src/demo';
import { signedInDevice } from '../helpers/api-client';
import { googleConsent } from '../helpers/google-consent';
import { startApp, type RunningApp } from '../helpers/start-app';

/**
 * Breach drill (issue 3): after connect, refresh and meetings calls, the database files, the logs
 * and every error body hold none of the access tokens, refresh tokens, codes or user keys.
 */
describe('breach drill', () => {
  const secrets = new Set<string>();
  const errorBodies: string[] = [];
  const realFetch = globalThis.fetch;
  let app: RunningApp;
  let offset = 0;

  beforeAll(async () => {
    // Tee every token-endpoint answer the server receives, to know what must never be stored in clear.
    globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const res = await realFetch(input, init);
      if (String(input).includes('/oauth2/v2.0/token') || String(input).endsWith('/demo/google/token')) {
        const body = await res.clone().json().catch(() => ({}));
        for (const field of ['access_token', 'refresh_token', 'id_token']) if (typeof body[field] === 'string') secrets.add(body[field]);
      }
      return res;
    }) as typeof fetch;
    app = await startApp({ LOG_LEVEL: 'trace' }, { now: () => Date.now() + offset });
  });
  afterAll(async () => {
    globalThis.fetch = realFetch;
    await app.stop();
  });

  async function record(res: Response): Promise<Response> {
    if (res.status >= 400) errorBodies.push(await res.clone().text());
    return res;
  }

  it('leaves no token, code or user key in the database, the logs or any error body', async () => {
    const [dana, jonas] = DEMO_USERS;
    const a = await signedInDevice(app, dana!.oid);
    secrets.add(a.userKey);
    await record(await a.send('POST', '/api/connections/outlook-calendar'));

    app.demo!.authority.setConsent(DEMO_TENANT_ID, jonas!.oid, false);
    const b = await signedInDevice(app, jonas!.oid);
    secrets.add(b.userKey);
    const consent = await record(await b.send('POST', '/api/connections/outlook-calendar'));
    const popup = await fetch((await consent.json()).error.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ oid: jonas!.oid, step: 'consent_accept' }),
      redirect: 'manual',
    });
    const back = new URL(popup.headers.get('location')!);
    const code = back.searchParams.get('code')!;
    secrets.add(code);
    // The callback page is requested with the code in its query, as a browser would.
    await fetch(back.toString());
    await record(await b.send('POST', '/api/connections/outlook-calendar/complete', { code, state: back.searchParams.get('state') }));
    await record(await b.send('POST', '/api/connections/outlook-calendar/complete', { code, state: back.searchParams.get('state') }));

    // Google too: consent, code redemption (refresh token, id token), refreshes below.
    const google = await googleConsent(app, a, DEMO_GOOGLE_ACCOUNTS[0]!.sub);
    secrets.add(google.code);
    await record(await a.send('POST', '/api/connections/google-calendar/complete', { code: google.code, state: google.state }));
    secrets.add(DEMO_GOOGLE_ACCOUNTS[0]!.email);

    for (let i = 0; i < 3; i++) {
      offset += 2 * 3600_000; // expire the access tokens: every round refreshes
      await record(await a.get(`/api/meetings?limit=${i + 5}`));
      await record(await b.get(`/api/meetings?limit=${i + 5}`));
    }
    await record(await a.get('/api/meetings?limit=nope'));
    await record(await signedInDevice(app, dana!.oid).then((d) => d.get('/api/meetings')));
    await record(await fetch(`${app.url}/api/me`, { headers: { authorization: `Bearer ${a.token}x`, 'x-user-key': a.userKey } }));

    expect(secrets.size).toBeGreaterThanOrEqual(14);
    expect(errorBodies.length).toBeGreaterThanOrEqual(4);
    const files = readdirSync(app.dataDir).filter((f) => f.startsWith('upnext.db'));
    expect(files).toContain('upnext.db');
    const haystacks: Array<[string, Buffer]> = [
      ...files.map((f) => [f, readFileSync(join(app.dataDir, f))] as [string, Buffer]),
      ['logs', Buffer.from(app.logs())],
      ['error bodies', Buffer.from(errorBodies.join('\n'))],
    ];
    expect(app.logs().length).toBeGreaterThan(1000);
    for (const [name, bytes] of haystacks) {
      for (const secret of secrets) {
        // Raw bytes, and the halves too, so a secret split across a page boundary is still caught.
        const found = [secret, secret.slice(0, 24), secret.slice(-24)].some((s) => bytes.includes(Buffer.from(s)));
        if (found) throw new Error(`${name} contains a secret (${secret.slice(0, 4)}…)`);
      }
    }
  });
});
