import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_TENANT_ID, DEMO_USERS } from '../../src/demo';
import { signedInDevice } from '../helpers/api-client';
import { startApp, type RunningApp } from '../helpers/start-app';

const [dana, jonas, priya] = DEMO_USERS;

/** The security lines the server wrote, parsed. */
function securityLines(app: RunningApp): Array<Record<string, unknown>> {
  return app
    .logs()
    .split('\n')
    .filter((l) => l.includes('"log":"security"'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

function expectNoSecrets(app: RunningApp, secrets: string[]): void {
  const text = securityLines(app).map((l) => JSON.stringify(l)).join('\n');
  for (const s of secrets) expect(text).not.toContain(s);
}

describe("a person's security events in the log, one line each with the request id", () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app.stop());

  it('connect and disconnect', async () => {
    const device = await signedInDevice(app, dana!.oid);
    const connected = await device.send('POST', '/api/connections/outlook-calendar');
    expect(connected.status).toBe(200);
    const disconnected = await device.send('DELETE', '/api/connections/outlook-calendar');
    expect(disconnected.status).toBe(204);
    const mine = securityLines(app).filter((l) => l.oid === dana!.oid);
    expect(mine).toEqual([
      expect.objectContaining({ event: 'connection.connected', provider: 'outlook-calendar', via: 'on_behalf_of', tid: DEMO_TENANT_ID, reqId: connected.headers.get('x-request-id') }),
      expect.objectContaining({ event: 'connection.disconnected', provider: 'outlook-calendar', removed: true, reqId: disconnected.headers.get('x-request-id') }),
    ]);
    expect(mine[0]!.device).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expectNoSecrets(app, [device.userKey, device.token]);
  });

  it('a refused consent answer: a forged state', async () => {
    const device = await signedInDevice(app, priya!.oid);
    app.demo!.authority.setConsent(DEMO_TENANT_ID, priya!.oid, false);
    const res = await device.send('POST', '/api/connections/outlook-calendar/complete', { code: 'stolen-code-value', state: 'forged.state' });
    expect(res.status).toBe(400);
    const line = securityLines(app).find((l) => l.oid === priya!.oid && l.event === 'consent.refused');
    expect(line).toMatchObject({ provider: 'outlook-calendar', reason: 'state_malformed', reqId: res.headers.get('x-request-id') });
    expectNoSecrets(app, ['stolen-code-value', 'forged.state', device.userKey]);
  });

  it('a voided grant: the authority refuses the refresh token', async () => {
    const isolated = await startApp();
    try {
      isolated.demo!.authority.setAccessTokenLifetime(120);
      const device = await signedInDevice(isolated, jonas!.oid);
      expect((await device.send('POST', '/api/connections/outlook-calendar')).status).toBe(200);
      isolated.demo!.authority.revokeSessions(jonas!.oid);
      const res = await device.get('/api/meetings');
      expect(res.status).toBe(409);
      expect(securityLines(isolated).filter((l) => l.event === 'grant.voided')).toEqual([
        expect.objectContaining({ oid: jonas!.oid, provider: 'outlook-calendar', reason: 'invalid_grant', reqId: res.headers.get('x-request-id') }),
      ]);
      expectNoSecrets(isolated, [device.userKey]);
    } finally {
      await isolated.stop();
    }
  });
});

it('a re-encryption under the new master key after a rotation', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'upnext-rotation-'));
  const k1 = `k1:${randomBytes(32).toString('base64')}`;
  const k2 = `k2:${randomBytes(32).toString('base64')}`;
  const userKey = randomBytes(32).toString('base64url');
  try {
    const before = await startApp({ DATA_DIR: dataDir, TOKEN_MASTER_KEYS: k1 });
    try {
      const device = await signedInDevice(before, dana!.oid, userKey);
      expect((await device.send('POST', '/api/connections/outlook-calendar')).status).toBe(200);
    } finally {
      await before.stop();
    }
    const after = await startApp({ DATA_DIR: dataDir, TOKEN_MASTER_KEYS: `${k2},${k1}` });
    try {
      const device = await signedInDevice(after, dana!.oid, userKey);
      const res = await device.get('/api/meetings');
      expect(res.status).toBe(200);
      expect(securityLines(after).filter((l) => l.event === 'vault.reencrypted')).toEqual([
        expect.objectContaining({ oid: dana!.oid, fromMasterKey: 'k1', toMasterKey: 'k2', reqId: res.headers.get('x-request-id') }),
      ]);
      expectNoSecrets(after, [userKey, k1.slice(3), k2.slice(3)]);
    } finally {
      await after.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 20_000);
