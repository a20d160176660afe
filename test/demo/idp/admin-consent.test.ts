import request from 'supertest';
import { DEMO_TENANT_ID } from '../../../src/demo';
import { CLIENT_ID, dana, jonas, makeDemo, obo, ORIGIN } from '../helpers';

const REDIRECT = `${ORIGIN}/console/consent-done`;
const path = (q: Record<string, string> = {}) =>
  `/demo/login/${DEMO_TENANT_ID}/v2.0/adminconsent?${new URLSearchParams({ client_id: CLIENT_ID, redirect_uri: REDIRECT, scope: 'https://graph.microsoft.com/.default', state: 'adm-1', ...q })}`;

describe('GET/POST /{tenant}/v2.0/adminconsent', () => {
  const { app, demo } = makeDemo();
  beforeEach(() => {
    demo.authority.requireAdminConsent(DEMO_TENANT_ID, true);
    demo.authority.setAdminConsent(DEMO_TENANT_ID, false);
  });

  it('shows the permissions and who may grant them', async () => {
    const res = await request(app).get(path()).expect(200);
    expect(res.text).toContain('Read your calendars');
    expect(res.text).toContain(`${dana.username} — administrator`);
  });

  it('refuses an unknown client or a foreign redirect_uri on the page', async () => {
    expect((await request(app).get(path({ client_id: 'nope' })).expect(400)).text).toContain('AADSTS700016');
    const foreign = await request(app).get(path({ redirect_uri: 'https://attacker.example/x' })).expect(400);
    expect(foreign.headers.location).toBeUndefined();
  });

  it('lets a tenant admin grant consent for everyone, then on-behalf-of works for any user', async () => {
    await obo(app, await demo.authority.signUserToken(jonas.oid)).expect(400);
    const res = await request(app).post(path()).type('form').send({ oid: dana.oid, step: 'accept' }).expect(302);
    const back = new URL(res.headers.location as string);
    expect(back.origin + back.pathname).toBe(REDIRECT);
    expect(Object.fromEntries(back.searchParams)).toEqual(expect.objectContaining({ admin_consent: 'True', tenant: DEMO_TENANT_ID, state: 'adm-1' }));
    expect(back.searchParams.get('scope')).toContain('https://graph.microsoft.com/Calendars.Read');
    await obo(app, await demo.authority.signUserToken(jonas.oid)).expect(200);
  });

  it('refuses a non-admin', async () => {
    const res = await request(app).post(path()).type('form').send({ oid: jonas.oid, step: 'accept' }).expect(403);
    expect(res.text).toContain('not an administrator');
    expect(demo.authority.consent.hasAdminConsent(DEMO_TENANT_ID)).toBe(false);
  });

  it('sends access_denied back on Cancel', async () => {
    const res = await request(app).post(path()).type('form').send({ oid: dana.oid, step: 'cancel' }).expect(302);
    const back = new URL(res.headers.location as string);
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('state')).toBe('adm-1');
    expect(demo.authority.consent.hasAdminConsent(DEMO_TENANT_ID)).toBe(false);
  });
});
