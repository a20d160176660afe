import { DEMO_GROUPS, DEMO_USERS } from '../../../src/demo';
import { verifyChain } from '../../../src/server/audit/chain';
import type { SqliteStore } from '../../../src/server/store/sqlite-store';
import { errorCode, type Device } from '../../helpers/api-client';
import { startApp, type RunningApp } from '../../helpers/start-app';
import { deviceWith, json, otherTenant } from './helpers';

const [dana, jonas, priya] = DEMO_USERS;
const TENANT_B = '0b0b0b0b-1c1c-4d2d-8e3e-4f4f4f4f4f4f';
let app: RunningApp;
let admin: Device;
let member: Device;

beforeAll(async () => {
  // Priya is a bootstrap admin by oid, without the app role.
  app = await startApp({ ADMIN_USERS: priya!.oid });
  admin = await deviceWith(app, dana!.oid);
  member = await deviceWith(app, jonas!.oid);
});
afterAll(() => app.stop());

/** Every admin route, with a body that would be valid for an admin. */
const ROUTES: Array<[string, string, unknown]> = [
  ['GET', '/api/admin/integrations', undefined],
  ['PUT', '/api/admin/integrations/outlook-calendar', { enabled: false }],
  ['DELETE', '/api/admin/integrations/outlook-calendar/connections', undefined],
  ['GET', '/api/admin/audiences', undefined],
  ['POST', '/api/admin/audiences', { name: 'x' }],
  ['PUT', '/api/admin/audiences/00000000-0000-4000-8000-000000000000', { name: 'x' }],
  ['DELETE', '/api/admin/audiences/00000000-0000-4000-8000-000000000000', undefined],
  ['GET', '/api/admin/users?q=a', undefined],
  ['GET', '/api/admin/consent', undefined],
  ['POST', '/api/admin/consent/outlook-calendar/complete', { state: 'a.b', admin_consent: 'True' }],
  ['GET', '/api/admin/audit', undefined],
  ['GET', '/api/admin/audit?format=csv', undefined],
  ['GET', '/api/admin/audit/verify', undefined],
];

describe('who is an admin', () => {
  it.each(ROUTES)('a non-admin gets 403 forbidden on %s %s', async (method, path, body) => {
    const res = await member.send(method, path, body);
    expect(res.status).toBe(403);
    expect(await errorCode(res)).toBe('forbidden');
  });

  it('without a bearer token the admin API is 401, whatever cookies come along (bearer only: CSRF-safe)', async () => {
    const res = await fetch(`${app.url}/api/admin/integrations`, { headers: { cookie: 'session=anything' } });
    expect(res.status).toBe(401);
    const ok = await admin.get('/api/admin/integrations');
    expect(ok.headers.get('set-cookie')).toBeNull();
  });

  it('/api/me says isAdmin for the app role and for ADMIN_USERS, not otherwise', async () => {
    const priyaDevice = await deviceWith(app, priya!.oid);
    expect((await json(await admin.get('/api/me'), 200)).user.isAdmin).toBe(true);
    expect((await json(await priyaDevice.get('/api/me'), 200)).user.isAdmin).toBe(true);
    expect((await json(await member.get('/api/me'), 200)).user.isAdmin).toBe(false);
    expect((await priyaDevice.get('/api/admin/integrations')).status).toBe(200);
  });
});

describe('integrations, audiences and people', () => {
  it('lists both providers with their names, settings and connected-people counts', async () => {
    const body = await json(await admin.get('/api/admin/integrations'), 200);
    expect(body.integrations.map((i: { provider: string; name: string }) => [i.provider, i.name])).toEqual([
      ['outlook-calendar', 'Outlook Calendar'],
      ['google-calendar', 'Google Calendar'],
    ]);
    expect(body.integrations[0]).toMatchObject({ enabled: true, access: { mode: 'all', audiences: [], users: [] }, connectedUsers: expect.any(Number) });
  });

  it('rejects bad bodies with 400 and unknown ids with 404, never 500', async () => {
    const cases: Array<[string, string, unknown, number]> = [
      ['PUT', '/api/admin/integrations/outlook-calendar', {}, 400],
      ['PUT', '/api/admin/integrations/outlook-calendar', { enabled: 'yes' }, 400],
      ['PUT', '/api/admin/integrations/outlook-calendar', { access: { mode: 'some' } }, 400],
      ['PUT', '/api/admin/integrations/outlook-calendar', { access: { mode: 'specific', users: ['not-a-guid'] } }, 400],
      ['PUT', '/api/admin/integrations/zoom', { enabled: true }, 404],
      ['POST', '/api/admin/audiences', { name: '' }, 400],
      ['POST', '/api/admin/audiences', { name: 'x', groups: ['engineering'] }, 400],
      ['POST', '/api/admin/audiences', { name: 'x', roles: ['has space'] }, 400],
      ['POST', '/api/admin/audiences', { name: 'x', extra: 1 }, 400],
      ['PUT', '/api/admin/audiences/not-an-id', { name: 'x' }, 404],
      ['PUT', '/api/admin/audiences/00000000-0000-4000-8000-000000000000', { name: 'x' }, 404],
      ['GET', '/api/admin/audit?limit=0', undefined, 400],
      ['GET', '/api/admin/audit?before=abc', undefined, 400],
      ['GET', '/api/admin/users?q=' + 'x'.repeat(101), undefined, 400],
    ];
    for (const [method, path, body, status] of cases) {
      const res = await admin.send(method, path, body);
      expect([method, path, res.status]).toEqual([method, path, status]);
      expect(await errorCode(res)).toBe('bad_request');
    }
  });

  it('searches the tenant’s signed-in people by name or username', async () => {
    await json(await member.get('/api/me'), 200);
    const found = await json(await admin.get('/api/admin/users?q=jonas'), 200);
    expect(found.users).toEqual([{ oid: jonas!.oid, name: jonas!.name, username: jonas!.username, lastSeenAt: expect.any(String) }]);
    const wildcard = await json(await admin.get('/api/admin/users?q=%25'), 200);
    expect(wildcard.users).toEqual([]); // `%` is matched literally
  });

  it('deleting an audience takes it out of every access list, each change audited', async () => {
    const created = await json(await admin.send('POST', '/api/admin/audiences', { name: 'Engineering', groups: [DEMO_GROUPS.engineering] }), 201);
    await json(await admin.send('PUT', '/api/admin/integrations/google-calendar', { access: { mode: 'specific', audiences: [created.id], users: [] } }), 200);
    const dup = await admin.send('POST', '/api/admin/audiences', { name: 'engineering' });
    expect(dup.status).toBe(400);
    expect((await admin.send('DELETE', `/api/admin/audiences/${created.id}`)).status).toBe(204);
    const list = await json(await admin.get('/api/admin/integrations'), 200);
    expect(list.integrations[1].access).toEqual({ mode: 'specific', audiences: [], users: [] });
    const audit = await json(await admin.get('/api/admin/audit?limit=2'), 200);
    expect(audit.entries.map((e: { action: string }) => e.action)).toEqual(['integration.access_changed', 'audience.deleted']);
    expect(audit.entries[0]).toMatchObject({ target: { type: 'integration', id: 'google-calendar' }, before: { audiences: [created.id] }, after: { audiences: [] } });
    await json(await admin.send('PUT', '/api/admin/integrations/google-calendar', { access: { mode: 'all', audiences: [], users: [] } }), 200);
  });
});

describe('audit log', () => {
  it('records every change with actor, before → after and request id, newest first, in pages', async () => {
    const res = await admin.send('PUT', '/api/admin/integrations/outlook-calendar', { enabled: false });
    const requestId = res.headers.get('x-request-id');
    await json(res, 200);
    await json(await admin.send('PUT', '/api/admin/integrations/outlook-calendar', { enabled: true }), 200);
    const created = await json(await admin.send('POST', '/api/admin/audiences', { name: 'Audit me', users: [jonas!.oid] }), 201);
    await json(await admin.send('PUT', `/api/admin/audiences/${created.id}`, { name: 'Audited' }), 200);
    const page1 = await json(await admin.get('/api/admin/audit?limit=3'), 200);
    expect(page1.entries.map((e: { action: string }) => e.action)).toEqual(['audience.updated', 'audience.created', 'integration.enabled']);
    expect(page1.entries[0]).toMatchObject({ actor: { oid: dana!.oid, name: dana!.name }, target: { type: 'audience', id: created.id }, before: { name: 'Audit me' }, after: { name: 'Audited' } });
    expect(page1.next).toEqual(expect.any(String));
    const page2 = await json(await admin.get(`/api/admin/audit?limit=1&before=${page1.next}`), 200);
    expect(page2.entries[0]).toMatchObject({ action: 'integration.disabled', before: { enabled: true }, after: { enabled: false }, requestId });
    // A change that changes nothing writes nothing.
    const count = (await json(await admin.get('/api/admin/audit?limit=200'), 200)).entries.length;
    await json(await admin.send('PUT', '/api/admin/integrations/outlook-calendar', { enabled: true }), 200);
    expect((await json(await admin.get('/api/admin/audit?limit=200'), 200)).entries.length).toBe(count);
  });

  it('exports CSV by Accept or ?format=csv, formulas defused', async () => {
    await json(await admin.send('POST', '/api/admin/audiences', { name: '=HYPERLINK("x")' }), 201);
    const res = await fetch(`${app.url}/api/admin/audit`, { headers: { ...admin.headers, accept: 'text/csv' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = await res.text();
    const [header, first] = text.split('\r\n');
    expect(header).toBe('at,actor_oid,actor_name,action,target_type,target_id,before,after,request_id,id');
    expect(first).toContain('audience.created');
    expect(first).toContain(`"{""id"":`); // JSON quoted
    expect(first).not.toMatch(/,=HYPERLINK/);
    expect((await admin.get('/api/admin/audit?format=csv')).headers.get('content-type')).toMatch(/^text\/csv/);
  });

  it('is a hash chain: verified as stored, and an edited entry shows', async () => {
    expect(await json(await admin.get('/api/admin/audit/verify'), 200)).toMatchObject({ ok: true });
    const db = (app.store as SqliteStore).db;
    db.prepare("UPDATE audit_log SET actor_name = 'Someone else' WHERE seq = 2").run();
    const verdict = await json(await admin.get('/api/admin/audit/verify'), 200);
    expect(verdict).toMatchObject({ ok: false, brokenAt: 2 });
    expect(verifyChain(await app.store.admin.auditChain(app.demo!.authority.tenantId))).toMatchObject({ ok: false, brokenAt: 2 });
    db.prepare(`UPDATE audit_log SET actor_name = ? WHERE seq = 2`).run(dana!.name);
    expect(await json(await admin.get('/api/admin/audit/verify'), 200)).toMatchObject({ ok: true });
  });
});

describe('purge', () => {
  it('deletes every stored connection of the tenant for the provider, audited with the counts', async () => {
    const a = await deviceWith(app, jonas!.oid);
    const b = await deviceWith(app, jonas!.oid);
    for (const d of [a, b]) await json(await d.send('POST', '/api/connections/outlook-calendar'), 200);
    expect((await a.get('/api/meetings')).status).toBe(200);
    const purged = await json(await admin.send('DELETE', '/api/admin/integrations/outlook-calendar/connections'), 200);
    expect(purged).toMatchObject({ provider: 'outlook-calendar', entries: expect.any(Number), users: expect.any(Number) });
    expect(purged.entries).toBeGreaterThanOrEqual(2);
    const me = await json(await a.get('/api/me'), 200);
    expect(me.integrations[0].state).toBe('not_connected');
    expect((await a.get('/api/meetings')).status).toBe(409); // nothing cached is served either
    const [entry] = (await json(await admin.get('/api/admin/audit?limit=1'), 200)).entries;
    expect(entry).toMatchObject({ action: 'integration.connections_purged', after: { users: purged.users, entries: purged.entries } });
  });
});

describe('tenants are isolated', () => {
  it('an admin of tenant B sees and changes only tenant B', async () => {
    const adminB = await deviceWith(app, dana!.oid, { ...otherTenant(app, TENANT_B), roles: ['Upnext.Admin'] });
    const memberB = await deviceWith(app, jonas!.oid, otherTenant(app, TENANT_B));
    const audienceA = await json(await admin.send('POST', '/api/admin/audiences', { name: 'Only in A', users: [jonas!.oid] }), 201);

    // B starts with everything off (not the demo tenant): a fresh organisation serves nothing.
    const listB = await json(await adminB.get('/api/admin/integrations'), 200);
    expect(listB.integrations.map((i: { enabled: boolean }) => i.enabled)).toEqual([false, false]);
    expect(await errorCode(await memberB.get('/api/meetings'))).toBe('not_enabled');
    expect((await json(await memberB.get('/api/me'), 200)).integrations).toEqual([
      { provider: 'outlook-calendar', state: 'not_enabled' },
      { provider: 'google-calendar', state: 'not_enabled' },
    ]);

    expect((await json(await adminB.get('/api/admin/audiences'), 200)).audiences).toEqual([]);
    expect((await adminB.send('PUT', `/api/admin/audiences/${audienceA.id}`, { name: 'taken over' })).status).toBe(404);
    expect((await adminB.send('DELETE', `/api/admin/audiences/${audienceA.id}`)).status).toBe(404);
    const useA = await adminB.send('PUT', '/api/admin/integrations/outlook-calendar', { access: { mode: 'specific', audiences: [audienceA.id], users: [] } });
    expect(useA.status).toBe(400);
    expect((await json(await adminB.get('/api/admin/audit'), 200)).entries).toEqual([]);
    const peopleB = (await json(await adminB.get('/api/admin/users'), 200)).users.map((u: { oid: string }) => u.oid);
    expect(peopleB).not.toContain(priya!.oid);

    // B enabling its integration changes nothing in A, and A's audit log has no B entries.
    const aBefore = (await json(await admin.get('/api/admin/audit?limit=200'), 200)).entries.length;
    await json(await adminB.send('PUT', '/api/admin/integrations/outlook-calendar', { enabled: true }), 200);
    expect((await json(await memberB.get('/api/me'), 200)).integrations[0].state).not.toBe('not_enabled');
    expect((await json(await admin.get('/api/admin/audit?limit=200'), 200)).entries.length).toBe(aBefore);
    expect((await json(await adminB.get('/api/admin/audit'), 200)).entries.map((e: { action: string }) => e.action)).toEqual(['integration.enabled']);
    // A's purge leaves B's connections alone (and the reverse).
    expect((await json(await admin.get('/api/admin/audiences'), 200)).audiences.map((a: { id: string }) => a.id)).toContain(audienceA.id);
  });
});

describe('admin consent', () => {
  async function consentUrl(d: Device): Promise<URL> {
    const body = await json(await d.get('/api/admin/consent'), 200);
    const outlook = body.consent.find((c: { provider: string }) => c.provider === 'outlook-calendar');
    expect(outlook).toMatchObject({ status: expect.any(String), recordable: true, steps: expect.any(Array) });
    return new URL(outlook.url);
  }

  it('starts unknown; records a grant only for the admin’s own valid, unused state with admin_consent=True', async () => {
    const url = await consentUrl(admin);
    expect(url.pathname).toBe(`${new URL(app.config.authorityHost).pathname}/${app.demo!.authority.tenantId}/v2.0/adminconsent`);
    expect(url.searchParams.get('redirect_uri')).toBe(`${app.url}/auth-end.html`);
    const state = url.searchParams.get('state')!;
    const status = await json(await admin.get('/api/admin/consent'), 200);
    expect(status.consent.map((c: { status: string }) => c.status)).toEqual(['unknown', 'unknown']);

    // Through the demo authority's own admin-consent page: a tenant admin accepts.
    const granted = await fetch(url, { method: 'POST', body: new URLSearchParams({ oid: dana!.oid, step: 'accept' }), redirect: 'manual' });
    expect(granted.status).toBe(302);
    const back = new URL(granted.headers.get('location')!);
    expect(back.searchParams.get('admin_consent')).toBe('True');
    const answer = Object.fromEntries(['state', 'admin_consent', 'tenant'].map((k) => [k, back.searchParams.get(k)!]));

    // Someone else's session, tampered, missing or tenant-only answers record nothing.
    const priyaAdmin = await deviceWith(app, priya!.oid);
    const refusals: Array<[Device, unknown]> = [
      [priyaAdmin, answer],
      [admin, { ...answer, state: state.slice(0, -2) + 'xx' }],
      [admin, { ...answer, admin_consent: 'False' }],
      [admin, { state: answer.state }],
      [admin, { ...answer, tenant: TENANT_B }],
    ];
    for (const [d, body] of refusals) {
      const res = await d.send('POST', '/api/admin/consent/outlook-calendar/complete', body);
      expect(res.status).toBe(400);
      expect(await errorCode(res)).toBe('bad_request');
    }
    const ok = await json(await admin.send('POST', '/api/admin/consent/outlook-calendar/complete', answer), 200);
    expect(ok).toMatchObject({ provider: 'outlook-calendar', status: 'granted', grantedAt: expect.any(String), grantedBy: { oid: dana!.oid } });
    const replay = await admin.send('POST', '/api/admin/consent/outlook-calendar/complete', answer);
    expect(replay.status).toBe(400);
    const [entry] = (await json(await admin.get('/api/admin/audit?limit=1'), 200)).entries;
    expect(entry).toMatchObject({ action: 'consent.granted', target: { type: 'integration', id: 'outlook-calendar' }, after: { status: 'granted' } });
  });

  it('a declined consent is recorded as not granted', async () => {
    const state = (await consentUrl(admin)).searchParams.get('state')!;
    const res = await json(await admin.send('POST', '/api/admin/consent/outlook-calendar/complete', { state, error: 'access_denied' }), 200);
    expect(res.status).toBe('not_granted');
  });

  it('a tenant B admin’s state never records for tenant A, and B’s status is its own', async () => {
    const adminB = await deviceWith(app, dana!.oid, { ...otherTenant(app, TENANT_B), roles: ['Upnext.Admin'] });
    const stateA = (await consentUrl(admin)).searchParams.get('state')!;
    const res = await adminB.send('POST', '/api/admin/consent/outlook-calendar/complete', { state: stateA, admin_consent: 'True', tenant: TENANT_B });
    expect(res.status).toBe(400);
    const b = await json(await adminB.get('/api/admin/consent'), 200);
    expect(b.consent[0].status).toBe('unknown');
    expect(new URL(b.consent[0].url).pathname).toContain(`/${TENANT_B}/v2.0/adminconsent`);
  });
});
