import { AccessCheck } from '../../../src/server/access/access-check';
import type { IntegrationSetting } from '../../../src/server/store/admin-store';

const enabled: IntegrationSetting = { provider: 'outlook-calendar', enabled: true, access: { mode: 'all', audiences: [], users: [] } };
const user = { tid: 't', oid: 'o', name: 'N', groups: [], roles: [], assertion: 'jwt', expiresAt: 0 };

function setup() {
  let clock = 0;
  let failing = false;
  let settings: IntegrationSetting[] = [enabled];
  const read = <T>(value: () => T) => async () => {
    if (failing) throw new Error('ECONNREFUSED');
    return value();
  };
  const access = new AccessCheck({
    store: { integrationSettings: read(() => settings), audiences: read(() => []) },
    enabledByDefault: () => false,
    lastKnownMaxAgeMs: 1000,
    now: () => clock,
  });
  return {
    access,
    fail: (f: boolean) => (failing = f),
    set: (s: IntegrationSetting[]) => (settings = s),
    tick: (ms: number) => (clock += ms),
  };
}

describe('AccessCheck', () => {
  it('reads the store on every call: a change applies at once', async () => {
    const t = setup();
    expect([...(await t.access.allowedProviders(user))]).toEqual(['outlook-calendar']);
    t.set([{ ...enabled, enabled: false }]);
    expect([...(await t.access.allowedProviders(user))]).toEqual([]);
    await expect(t.access.require(user, 'outlook-calendar')).rejects.toMatchObject({ code: 'not_enabled' });
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
