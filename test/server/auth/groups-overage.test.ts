import { createUserTokenVerifier } from '../../../src/server/auth/user-token-verifier';
import { CLIENT_ID, startFakeAuthority, TENANT, USER_OID, type FakeAuthority } from '../../helpers/fake-authority';

let authority: FakeAuthority;
beforeAll(async () => {
  authority = await startFakeAuthority();
});
afterAll(() => authority.close());

const verify = () => createUserTokenVerifier({ authorityHost: authority.host, audiences: [CLIENT_ID], allowedTenants: '*', jwksCooldownMs: 0 });
const sign = (extra: Record<string, unknown>) =>
  authority.sign({ iss: `${authority.host}/${TENANT}/v2.0`, aud: CLIENT_ID, tid: TENANT, oid: USER_OID, scp: 'access_as_user', ver: '2.0', ...extra });

describe('groups and the groups overage claim', () => {
  it('reads groups and roles from the token', async () => {
    const user = await verify()(await sign({ groups: ['g1'], roles: ['Upnext.Admin'] }));
    expect(user).toMatchObject({ groups: ['g1'], roles: ['Upnext.Admin'], groupsOverage: false });
  });

  it('flags the overage claim of access tokens (_claim_names.groups) and of implicit-flow tokens (hasgroups)', async () => {
    const named = await verify()(await sign({ _claim_names: { groups: 'src1' }, _claim_sources: { src1: { endpoint: 'https://graph.microsoft.com/v1.0/users/x/getMemberObjects' } } }));
    expect(named).toMatchObject({ groups: [], groupsOverage: true });
    expect((await verify()(await sign({ hasgroups: true }))).groupsOverage).toBe(true);
    expect((await verify()(await sign({ _claim_names: { other: 'src1' } }))).groupsOverage).toBe(false);
  });
});
