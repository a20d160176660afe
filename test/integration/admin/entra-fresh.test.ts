import { randomBytes } from 'node:crypto';
import { DEMO_USERS } from '../../../src/demo';
import { DEMO_CLIENT_ID } from '../../../src/server/config';
import { errorCode, type Device } from '../../helpers/api-client';
import { startApp, type RunningApp } from '../../helpers/start-app';
import { json } from './helpers';

/**
 * A fresh `entra`-mode server serves nothing until an admin enables an integration. The demo
 * server stands in for Entra and Graph (same URL layout), reached as the real ones would be.
 */
const [dana, jonas] = DEMO_USERS;
const SECRET = randomBytes(32).toString('base64url');
let microsoft: RunningApp;
let upnext: RunningApp;

function device(token: string): Device {
  const headers = { authorization: `Bearer ${token}`, 'x-user-key': randomBytes(32).toString('base64url') };
  return {
    token,
    userKey: headers['x-user-key'],
    headers,
    get: (path) => fetch(upnext.url + path, { headers }),
    send: (method, path, body) =>
      fetch(upnext.url + path, { method, headers: { ...headers, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) }),
  };
}

beforeAll(async () => {
  microsoft = await startApp({ AZURE_CLIENT_SECRET: SECRET });
  upnext = await startApp({
    AUTH_MODE: 'entra',
    AZURE_CLIENT_ID: DEMO_CLIENT_ID,
    AZURE_CLIENT_SECRET: SECRET,
    AZURE_AUTHORITY_HOST: microsoft.config.authorityHost,
    GRAPH_BASE_URL: microsoft.config.graphBaseUrl,
    TOKEN_MASTER_KEYS: `k1:${randomBytes(32).toString('base64')}`,
  });
});
afterAll(async () => {
  await upnext?.stop();
  await microsoft?.stop();
});

it('refuses every provider route until an admin enables the integration, then serves', async () => {
  expect(upnext.demo).toBeUndefined();
  const admin = device(await microsoft.demo!.authority.signUserToken(dana!.oid));
  const person = device(await microsoft.demo!.authority.signUserToken(jonas!.oid));

  expect((await json(await person.get('/api/me'), 200)).integrations).toEqual([{ provider: 'outlook-calendar', state: 'not_enabled' }]);
  for (const [method, path] of [['GET', '/api/meetings'], ['POST', '/api/connections/outlook-calendar']] as const) {
    const res = await person.send(method, path);
    expect([path, res.status, await errorCode(res)]).toEqual([path, 403, 'not_enabled']);
  }
  const list = await json(await admin.get('/api/admin/integrations'), 200);
  expect(list.integrations.map((i: { enabled: boolean }) => i.enabled)).toEqual([false, false]);

  await json(await admin.send('PUT', '/api/admin/integrations/outlook-calendar', { enabled: true }), 200);
  await json(await person.send('POST', '/api/connections/outlook-calendar'), 200);
  const meetings = await json(await person.get('/api/meetings'), 200);
  expect(meetings.meetings.length).toBeGreaterThan(0);
  const [entry] = (await json(await admin.get('/api/admin/audit'), 200)).entries;
  expect(entry).toMatchObject({ action: 'integration.enabled', actor: { oid: dana!.oid } });
});
