import request from 'supertest';
import { DEMO_TENANT_ID, DEMO_USERS } from '../../../src/demo';
import { AUTHORIZE_PATH, authorizeQuery, CLIENT_ID, dana, jonas, makeDemo, pkce, REDIRECT, signIn } from '../helpers';

const url = (q: Record<string, string>): string => `${AUTHORIZE_PATH}?${new URLSearchParams(q).toString()}`;

describe('GET /{tenant}/oauth2/v2.0/authorize', () => {
  const { app, demo } = makeDemo();

  it('shows a plain sign-in page listing the three demo users', async () => {
    const res = await request(app).get(url(authorizeQuery())).expect(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    for (const u of DEMO_USERS) {
      expect(res.text).toContain(u.username);
      expect(res.text).toContain(`value="${u.oid}"`);
    }
    expect(res.headers['x-frame-options']).toBe('DENY');
  });

  it('preselects the login_hint user', async () => {
    const res = await request(app).get(url(authorizeQuery({ login_hint: jonas.username }))).expect(200);
    expect(res.text).toMatch(new RegExp(`value="${jonas.oid}" autofocus`));
    expect(res.text).not.toMatch(new RegExp(`value="${dana.oid}" autofocus`));
  });

  it('escapes what it echoes', async () => {
    const res = await request(app).get(url(authorizeQuery({ login_hint: '"><script>x</script>' }))).expect(200);
    expect(res.text).not.toContain('<script>x');
  });

  it('refuses a redirect_uri outside the allowed origins on the page, never redirecting there', async () => {
    const res = await request(app).get(url(authorizeQuery({ redirect_uri: 'https://attacker.example/cb' }))).expect(400);
    expect(res.headers.location).toBeUndefined();
    expect(res.text).toContain('AADSTS50011');
  });

  it('refuses an unknown client on the page', async () => {
    const res = await request(app).get(url(authorizeQuery({ client_id: '11111111-2222-3333-4444-555555555555' }))).expect(400);
    expect(res.headers.location).toBeUndefined();
    expect(res.text).toContain('AADSTS700016');
  });

  it('sends other parameter errors back to the app with the state', async () => {
    const q = authorizeQuery();
    delete (q as Record<string, string | undefined>).response_type;
    const res = await request(app).get(url(q)).expect(302);
    const back = new URL(res.headers.location as string);
    expect(back.origin + back.pathname).toBe(REDIRECT);
    expect(back.searchParams.get('error')).toBe('invalid_request');
    expect(back.searchParams.get('error_description')).toMatch(/^AADSTS900144: .*'response_type'/);
    expect(back.searchParams.get('state')).toBe('st-123');
  });

  it('rejects a non-S256 code challenge method', async () => {
    const res = await request(app).get(url(authorizeQuery({ code_challenge: pkce().challenge, code_challenge_method: 'plain' }))).expect(302);
    expect(new URL(res.headers.location as string).searchParams.get('error')).toBe('invalid_request');
  });

  it('answers prompt=none with login_required by redirect (the demo keeps no session)', async () => {
    const res = await request(app).get(url(authorizeQuery({ prompt: 'none' }))).expect(302);
    const back = new URL(res.headers.location as string);
    expect(back.searchParams.get('error')).toBe('login_required');
    expect(back.searchParams.get('error_description')).toMatch(/^AADSTS50058: /);
    expect(back.searchParams.get('state')).toBe('st-123');
  });

  it('answers a scope naming two resources with invalid_scope', async () => {
    const res = await request(app).get(url(authorizeQuery({ scope: `api://localhost:3000/${CLIENT_ID}/access_as_user https://graph.microsoft.com/Calendars.Read` }))).expect(302);
    expect(new URL(res.headers.location as string).searchParams.get('error_description')).toMatch(/^AADSTS28000: /);
  });

  it('redirects with a code and the state after the user is picked', async () => {
    const back = await signIn(app, dana.oid, authorizeQuery({ code_challenge: pkce().challenge, code_challenge_method: 'S256' }));
    expect(back.origin + back.pathname).toBe(REDIRECT);
    expect(back.searchParams.get('code')).toMatch(/^1\.A[\w-]{40,}$/);
    expect(back.searchParams.get('state')).toBe('st-123');
  });

  it('puts the answer in the fragment for response_mode=fragment', async () => {
    const back = await signIn(app, dana.oid, authorizeQuery({ response_mode: 'fragment' }));
    expect(back.search).toBe('');
    expect(new URLSearchParams(back.hash.slice(1)).get('code')).toBeTruthy();
  });

  it('posts the answer for response_mode=form_post', async () => {
    const res = await request(app).post(url(authorizeQuery({ response_mode: 'form_post' }))).type('form').send({ oid: dana.oid }).expect(200);
    expect(res.text).toContain(`action="${REDIRECT}"`);
    expect(res.text).toMatch(/name="code" value="1\.A/);
  });

  it('shows the page again when the posted user is unknown', async () => {
    await request(app).post(url(authorizeQuery())).type('form').send({ oid: 'nobody' }).expect(400);
  });

  describe('consent for Graph permissions', () => {
    const graphQuery = authorizeQuery({ scope: 'https://graph.microsoft.com/Calendars.Read offline_access' });

    it('asks a user who has not consented, and records the grant on Accept', async () => {
      demo.authority.setConsent(DEMO_TENANT_ID, jonas.oid, false);
      const page = await request(app).post(url(graphQuery)).type('form').send({ oid: jonas.oid }).expect(200);
      expect(page.text).toContain('Permissions requested');
      expect(page.text).toContain('Read your calendars');
      const back = await signIn(app, jonas.oid, graphQuery, { step: 'consent_accept' });
      expect(back.searchParams.get('code')).toBeTruthy();
      expect(demo.authority.consent.check(DEMO_TENANT_ID, jonas.oid, ['Calendars.Read']).ok).toBe(true);
    });

    it('sends access_denied (AADSTS65004) back on Cancel', async () => {
      demo.authority.setConsent(DEMO_TENANT_ID, jonas.oid, false);
      const back = await signIn(app, jonas.oid, graphQuery, { step: 'consent_cancel' });
      expect(back.searchParams.get('error')).toBe('access_denied');
      expect(back.searchParams.get('error_description')).toMatch(/^AADSTS65004: /);
      expect(demo.authority.consent.check(DEMO_TENANT_ID, jonas.oid, ['Calendars.Read']).ok).toBe(false);
    });

    it('shows "Need admin approval" when the tenant requires admin consent, and Accept cannot bypass it', async () => {
      demo.authority.requireAdminConsent(DEMO_TENANT_ID, true);
      try {
        const page = await request(app).post(url(graphQuery)).type('form').send({ oid: dana.oid }).expect(200);
        expect(page.text).toContain('Need admin approval');
        const forced = await request(app).post(url(graphQuery)).type('form').send({ oid: dana.oid, step: 'consent_accept' }).expect(200);
        expect(forced.text).toContain('Need admin approval');
        const back = await signIn(app, dana.oid, graphQuery, { step: 'admin_required_back' });
        expect(back.searchParams.get('error')).toBe('access_denied');
        expect(back.searchParams.get('error_description')).toMatch(/^AADSTS90094: /);
      } finally {
        demo.authority.requireAdminConsent(DEMO_TENANT_ID, false);
      }
    });

    it('asks again with prompt=consent even when consented', async () => {
      const page = await request(app).post(url({ ...graphQuery, prompt: 'consent' })).type('form').send({ oid: dana.oid }).expect(200);
      expect(page.text).toContain('Permissions requested');
    });
  });
});
