import { DEMO_USERS } from '../../src/demo';
import type { VaultStore } from '../../src/server/store/store';
import { signedInDevice } from '../helpers/api-client';
import { startApp, type RunningApp } from '../helpers/start-app';

/**
 * The database fails just as a refresh writes its result. The demo authority rotates refresh
 * tokens on use (a spent one is refused), so presenting the old one again would void the
 * connection: the new set must survive in memory and reach the vault once it is back.
 */
describe('a vault write that fails mid-refresh', () => {
  let app: RunningApp;
  let offset = 0;

  beforeAll(async () => {
    app = await startApp({}, { now: () => Date.now() + offset });
  });
  afterAll(() => app.stop());

  it('keeps the tokens the authority just issued, serves with them, and writes them when the database is back', async () => {
    const device = await signedInDevice(app, DEMO_USERS[0]!.oid);
    expect((await device.send('POST', '/api/connections/outlook-calendar')).status).toBe(200);
    const vault = app.store.vault as VaultStore;
    const compareAndSwap = vault.compareAndSwap;
    const down = async (): Promise<boolean> => {
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    };
    app.demo!.authority.resetCounters();

    offset += 2 * 3600_000; // the access token has expired: the next call refreshes
    vault.compareAndSwap = down;
    const during = await device.get('/api/meetings?limit=11');
    expect(during.status).toBe(200);
    expect(app.demo!.authority.tokenRequests.refresh_token).toBe(1);
    // Still down: the held token serves without another refresh.
    expect((await device.get('/api/meetings?limit=12')).status).toBe(200);
    expect(app.demo!.authority.tokenRequests.refresh_token).toBe(1);

    vault.compareAndSwap = compareAndSwap;
    offset += 2 * 3600_000; // expired again: the next refresh must present the rotated token
    const after = await device.get('/api/meetings?limit=13');
    expect(after.status).toBe(200);
    expect(app.demo!.authority.tokenRequests.refresh_token).toBe(2);
    expect((await (await device.get('/api/me')).json()).integrations[0].state).toBe('connected');
  });

  it('retries the write in the background until it lands', async () => {
    const device = await signedInDevice(app, DEMO_USERS[1]!.oid);
    expect((await device.send('POST', '/api/connections/outlook-calendar')).status).toBe(200);
    const vault = app.store.vault as VaultStore;
    const compareAndSwap = vault.compareAndSwap;
    let failures = 0;
    vault.compareAndSwap = async function (this: VaultStore, ...args: Parameters<VaultStore['compareAndSwap']>) {
      if (failures++ < 1) throw Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
      return compareAndSwap.apply(this, args);
    };
    offset += 2 * 3600_000;
    expect((await device.get('/api/meetings?limit=21')).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1_500)); // first retry after one second
    expect(failures).toBe(2);
    // Had the write not landed, the next refresh would have to write the held set first, and fail.
    vault.compareAndSwap = async () => {
      throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    };
    app.demo!.authority.resetCounters();
    offset += 2 * 3600_000;
    expect((await device.get('/api/meetings?limit=22')).status).toBe(200);
    expect(app.demo!.authority.tokenRequests.refresh_token).toBe(1);
    vault.compareAndSwap = compareAndSwap;
  });
});
