import { AccessCheck } from '../../../src/server/access/access-check';
import type { IntegrationSetting } from '../../../src/server/store/admin-store';

const enabled: IntegrationSetting = { provider: 'outlook-calendar', enabled: true, access: { mode: 'all', audiences: [], users: [] } };
const user = { tid: 't', oid: 'o', name: 'N', groups: [], roles: [], assertion: 'jwt', expiresAt: 0 };

function setup(memoMs = 0) {
  let clock = 0;
  let monotonic = 0;
  let failing = false;
  let reads = 0;
  let settings: IntegrationSetting[] = [enabled];
  let beforeRead: () => void = () => {};
  const read = <T>(value: () => T) => async () => {
    if (failing) throw new Error('ECONNREFUSED');
    const answer = value();
    await Promise.resolve();
    beforeRead();
    return answer;
  };
  const access = new AccessCheck({
    store: {
      integrationSettings: read(() => (reads++, settings)),
      audiences: read(() => []),
    },
    enabledByDefault: () => false,
    lastKnownMaxAgeMs: 1000,
    memoMs,
    now: () => clock,
    monotonicNow: () => monotonic,
  });
  return {
    access,
    fail: (f: boolean) => (failing = f),
    set: (s: IntegrationSetting[]) => (settings = s),
    tick: (ms: number) => (clock += ms),
    /** Moves only the memo's monotonic clock. */
    elapse: (ms: number) => (monotonic += ms),
    reads: () => reads,
    /** Runs `f` once, while a store read is in flight (after its rows were read). */
    duringRead: (f: () => void) => (beforeRead = () => ((beforeRead = () => {}), f())),
  };
}

const allowed = async (access: AccessCheck) => [...(await access.allowedProviders(user))];

describe('AccessCheck', () => {
  it('without a memo, reads the store on every call: a change applies at once', async () => {
    const t = setup(0);
    expect(await allowed(t.access)).toEqual(['outlook-calendar']);
    t.set([{ ...enabled, enabled: false }]);
    expect(await allowed(t.access)).toEqual([]);
    await expect(t.access.require(user, 'outlook-calendar')).rejects.toMatchObject({ code: 'not_enabled' });
  });

  it('memoizes for the bound: a change made elsewhere (another server) is refused within 1 s, not later', async () => {
    const t = setup(1000);
    expect(await allowed(t.access)).toEqual(['outlook-calendar']);
    t.set([{ ...enabled, enabled: false }]); // straight in the shared database: this server was not told
    t.elapse(999);
    expect(await allowed(t.access)).toEqual(['outlook-calendar']);
    expect(t.reads()).toBe(1);
    t.elapse(1);
    expect(await allowed(t.access)).toEqual([]);
    await expect(t.access.require(user, 'outlook-calendar')).rejects.toMatchObject({ code: 'not_enabled' });
  });

  it('a change through this server applies at once, memo or not', async () => {
    const t = setup(1000);
    expect(await allowed(t.access)).toEqual(['outlook-calendar']);
    t.set([{ ...enabled, enabled: false }]);
    t.access.changed(user.tid);
    expect(await allowed(t.access)).toEqual([]);
  });

  it('never keeps a read that overlapped a change as current', async () => {
    const t = setup(1000);
    t.duringRead(() => {
      t.set([{ ...enabled, enabled: false }]);
      t.access.changed(user.tid);
    });
    expect(await allowed(t.access)).toEqual(['outlook-calendar']); // read before the change landed
    expect(await allowed(t.access)).toEqual([]);
    expect(t.reads()).toBe(2);
  });

  it('neither the server clock going back nor the policy reads of admin changes stretch the memo', async () => {
    const t = setup(1000);
    await allowed(t.access);
    t.tick(-3600_000);
    t.set([{ ...enabled, enabled: false }]);
    expect((await t.access.policy(user.tid)).settings.get('outlook-calendar')!.enabled).toBe(false);
    t.elapse(1000);
    expect(await allowed(t.access)).toEqual([]);
  });

  it('off by default, unless the mode says on', async () => {
    const t = setup();
    t.set([]);
    expect([...(await t.access.allowedProviders(user))]).toEqual([]);
  });

  it('while the store fails, uses the last policy read within the window, then gives up', async () => {
    const t = setup();
    await t.access.allowedProviders(user);
    t.fail(true);
    t.tick(900);
    expect([...(await t.access.allowedProviders(user))]).toEqual(['outlook-calendar']);
    t.tick(200);
    await expect(t.access.allowedProviders(user)).rejects.toThrow('ECONNREFUSED');
    await expect(t.access.allowedProviders({ ...user, tid: 'never-read' })).rejects.toThrow('ECONNREFUSED');
  });
});
