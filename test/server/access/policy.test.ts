import { isAdmin } from '../../../src/server/access/admins';
import { decideAccess } from '../../../src/server/access/policy';

const on = (access: { mode: 'all' | 'specific'; audiences?: string[]; users?: string[] }) => ({
  provider: 'outlook-calendar',
  enabled: true,
  access: { mode: access.mode, audiences: access.audiences ?? [], users: access.users ?? [] },
});
const audiences = new Map([
  ['eng', { id: 'eng', name: 'Engineering', users: [], groups: ['g-eng'], roles: [] }],
  ['pilot', { id: 'pilot', name: 'Pilot', users: ['u-listed'], groups: [], roles: ['Upnext.Pilot'] }],
]);
const caller = (over: Partial<{ oid: string; groups: string[]; roles: string[]; groupsOverage: boolean }> = {}) => ({ oid: 'u-1', groups: [], roles: [], ...over });

describe('decideAccess', () => {
  it('refuses everyone when disabled, whatever the access list', () => {
    expect(decideAccess({ ...on({ mode: 'all' }), enabled: false }, audiences, caller())).toEqual({ allowed: false, reason: 'disabled' });
  });
  it('serves everyone with mode all', () => {
    expect(decideAccess(on({ mode: 'all' }), audiences, caller())).toEqual({ allowed: true, via: 'all' });
  });
  it('matches listed users, audience users, groups and roles', () => {
    const access = on({ mode: 'specific', audiences: ['eng', 'pilot'], users: ['u-direct'] });
    expect(decideAccess(access, audiences, caller({ oid: 'U-DIRECT' }))).toEqual({ allowed: true, via: 'user' });
    expect(decideAccess(access, audiences, caller({ oid: 'u-listed' }))).toEqual({ allowed: true, via: 'audience' });
    expect(decideAccess(access, audiences, caller({ groups: ['G-ENG'] }))).toEqual({ allowed: true, via: 'audience' });
    expect(decideAccess(access, audiences, caller({ roles: ['Upnext.Pilot'] }))).toEqual({ allowed: true, via: 'audience' });
    expect(decideAccess(access, audiences, caller({ roles: ['upnext.pilot'] }))).toEqual({ allowed: false, reason: 'not_in_access' });
  });
  it('an audience not in the access list grants nothing, nor does an unknown one', () => {
    expect(decideAccess(on({ mode: 'specific', audiences: ['pilot', 'gone'] }), audiences, caller({ groups: ['g-eng'] }))).toEqual({ allowed: false, reason: 'not_in_access' });
  });
  it('an overage token cannot match group audiences and says so', () => {
    const access = on({ mode: 'specific', audiences: ['eng'] });
    expect(decideAccess(access, audiences, caller({ groupsOverage: true }))).toEqual({ allowed: false, reason: 'groups_unresolved' });
    expect(decideAccess(on({ mode: 'specific', audiences: ['pilot'] }), audiences, caller({ groupsOverage: true }))).toEqual({ allowed: false, reason: 'not_in_access' });
    expect(decideAccess(on({ mode: 'specific', audiences: ['eng'], users: ['u-1'] }), audiences, caller({ groupsOverage: true }))).toEqual({ allowed: true, via: 'user' });
  });
});

describe('isAdmin', () => {
  it('is the Upnext.Admin role or an oid in ADMIN_USERS', () => {
    expect(isAdmin({ oid: 'a', roles: ['Upnext.Admin'] }, [])).toBe(true);
    expect(isAdmin({ oid: 'A-1', roles: [] }, ['a-1'])).toBe(true);
    expect(isAdmin({ oid: 'a', roles: ['Upnext.admin', 'Admin'] }, ['b'])).toBe(false);
  });
});
