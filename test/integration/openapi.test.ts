import { join } from 'node:path';
import { DEMO_USERS } from '../../src/demo';
import { DESCRIBED_ROUTES } from '../../src/server/openapi/contract';
import { signedInDevice, type Device } from '../helpers/api-client';
import { answerValidator, briefContractRoutes, mountedRoutes, type OpenApi } from '../helpers/openapi';
import { startApp, type RunningApp } from '../helpers/start-app';

const REPO = join(__dirname, '..', '..');
/** Brief §3, HTTP API (contract): the routes outside checks rely on. */
const CONTRACT = [
  'GET /api/me',
  'POST /api/connections/{provider}',
  'POST /api/connections/{provider}/complete',
  'DELETE /api/connections/{provider}',
  'GET /api/meetings',
  'GET /api/search',
  'POST /api/meetings/{id}/joined',
  'DELETE /api/me/activity',
  'GET /api/admin/integrations',
  'PUT /api/admin/integrations/{provider}',
  'GET /api/admin/audiences',
  'POST /api/admin/audiences',
  'PUT /api/admin/audiences/{id}',
  'DELETE /api/admin/audiences/{id}',
  'GET /api/admin/users',
  'GET /api/admin/consent',
  'GET /api/admin/audit',
  'GET /healthz',
  'GET /readyz',
  'GET /metrics',
];

const [dana] = DEMO_USERS;
let app: RunningApp;
let doc: OpenApi;
let check: ReturnType<typeof answerValidator>;

beforeAll(async () => {
  app = await startApp();
  doc = (await (await fetch(`${app.url}/api/openapi.json`)).json()) as OpenApi;
  check = answerValidator(doc);
});
afterAll(() => app.stop());

const described = () => Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document served without a user', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.components?.schemas ?? {})).toEqual(expect.arrayContaining(['Meeting', 'Error', 'MeetingsResponse', 'Integration', 'AuditEntry']));
  });

  it('names the Bearer challenge on every 401 it describes, and the no-store and 405 rules', () => {
    const unauthorized = Object.values(doc.paths).flatMap((ops) => Object.values(ops).flatMap((op) => (op.responses['401'] ? [op.responses['401']] : [])));
    expect(unauthorized.length).toBeGreaterThan(10);
    for (const answer of unauthorized) expect(Object.keys(answer.headers ?? {})).toEqual(['WWW-Authenticate']);
    expect(doc.info?.description).toContain('Cache-Control: no-store');
    expect(doc.info?.description).toContain('405 bad_request with an Allow header');
  });

  it('describes every contract route of the brief', () => {
    expect(described()).toEqual(expect.arrayContaining(CONTRACT));
    expect(DESCRIBED_ROUTES.sort()).toEqual(described().sort());
  });

  it('agrees with the brief’s own §3 table, where the brief lies beside the repository', () => {
    const fromBrief = briefContractRoutes(REPO);
    if (!fromBrief) return; // a checkout without ../shared: the list above is the brief's table
    expect(fromBrief.length).toBeGreaterThanOrEqual(CONTRACT.length);
    expect(CONTRACT.sort()).toEqual([...new Set(fromBrief)].sort());
  });

  it('describes every API and health route the server has mounted (pages and demo stand-ins aside)', () => {
    const mounted = mountedRoutes(app.app).filter((r) => /^[A-Z]+ \/(api\/|healthz$|readyz$|metrics$)/.test(r));
    expect(mounted.length).toBeGreaterThan(8);
    for (const route of mounted) expect(described()).toContain(route);
  });
});

describe('real answers validate against the document', () => {
  let device: Device;
  const mounted = () => new Set(mountedRoutes(app.app));
  beforeAll(async () => {
    device = await signedInDevice(app, dana!.oid);
  });

  /** Calls a route when the server has it (routes still being built are checked once they land). */
  async function answer(route: string, call: () => Promise<Response>, expectStatus?: number): Promise<void> {
    if (!mounted().has(route)) return;
    const res = await call();
    if (expectStatus !== undefined) expect(res.status).toBe(expectStatus);
    const type = res.headers.get('content-type') ?? '';
    const text = await res.text();
    const body = type.includes('json') ? (JSON.parse(text) as unknown) : text || undefined;
    const [method, path] = route.split(' ') as [string, string];
    expect(check(method, path, res.status, body, type || undefined)).toEqual([]);
  }

  it('public routes', async () => {
    await answer('GET /healthz', () => fetch(`${app.url}/healthz`), 200);
    await answer('GET /readyz', () => fetch(`${app.url}/readyz`), 200);
    await answer('GET /metrics', () => fetch(`${app.url}/metrics`), 200);
    await answer('GET /api/client-config', () => fetch(`${app.url}/api/client-config`), 200);
  });

  it('a person connecting, listing, searching, joining, erasing and disconnecting', async () => {
    await answer('GET /api/me', () => device.get('/api/me'), 200);
    await answer('POST /api/connections/{provider}/complete', () => device.send('POST', '/api/connections/outlook-calendar/complete', { code: 1 }), 400);
    await answer('POST /api/connections/{provider}', () => device.send('POST', '/api/connections/nowhere'), 404);
    await answer('POST /api/connections/{provider}', () => device.send('POST', '/api/connections/outlook-calendar'), 200);
    await answer('GET /api/me', () => device.get('/api/me'), 200);
    await answer('GET /api/meetings', () => device.get('/api/meetings'), 200);
    await answer('GET /api/meetings', () => device.get('/api/meetings?limit=0'), 400);
    await answer('GET /api/search', () => device.get(`/api/search?q=${encodeURIComponent('standup tomorrow')}&tz=Europe%2FBerlin&locale=de`), 200);
    const meetings = (await (await device.get('/api/meetings')).json()) as { meetings: Array<{ id: string }> };
    expect(meetings.meetings.length).toBeGreaterThan(0);
    await answer('POST /api/meetings/{id}/joined', () => device.send('POST', `/api/meetings/${meetings.meetings[0]!.id}/joined`), 204);
    await answer('DELETE /api/me/activity', () => device.send('DELETE', '/api/me/activity'), 204);
    await answer('DELETE /api/connections/{provider}', () => device.send('DELETE', '/api/connections/outlook-calendar'), 204);
    await answer('GET /api/meetings', () => device.get('/api/meetings'));
  });

  it('an admin working in the console', async () => {
    const adminUser = DEMO_USERS.find((u) => u.roles.includes('Upnext.Admin'))!;
    const admin = await signedInDevice(app, adminUser.oid);
    await answer('GET /api/admin/integrations', () => admin.get('/api/admin/integrations'), 200);
    await answer('PUT /api/admin/integrations/{provider}', () => admin.send('PUT', '/api/admin/integrations/outlook-calendar', { enabled: true, access: { mode: 'all' } }), 200);
    await answer('PUT /api/admin/integrations/{provider}', () => admin.send('PUT', '/api/admin/integrations/outlook-calendar', { nothing: 1 }), 400);
    await answer('GET /api/admin/audiences', () => admin.get('/api/admin/audiences'), 200);
    const created = await admin.send('POST', '/api/admin/audiences', { name: 'Pilot', users: [dana!.oid], roles: ['Upnext.Pilot'] });
    const audience = (await created.clone().json()) as { id: string };
    await answer('POST /api/admin/audiences', async () => created, 201);
    await answer('PUT /api/admin/audiences/{id}', () => admin.send('PUT', `/api/admin/audiences/${audience.id}`, { name: 'Pilot group' }), 200);
    await answer('DELETE /api/admin/audiences/{id}', () => admin.send('DELETE', `/api/admin/audiences/${audience.id}`), 204);
    await answer('GET /api/admin/users', () => admin.get('/api/admin/users?q=a'), 200);
    await answer('GET /api/admin/consent', () => admin.get('/api/admin/consent'), 200);
    await answer('POST /api/admin/consent/{provider}/complete', () => admin.send('POST', '/api/admin/consent/outlook-calendar/complete', { state: 'forged' }));
    await answer('GET /api/admin/audit', () => admin.get('/api/admin/audit?limit=5'), 200);
    await answer('GET /api/admin/audit', () => admin.get('/api/admin/audit?format=csv'), 200);
    await answer('GET /api/admin/audit/verify', () => admin.get('/api/admin/audit/verify'), 200);
    await answer('DELETE /api/admin/integrations/{provider}/connections', () => admin.send('DELETE', '/api/admin/integrations/google-calendar/connections'));
  });

  it('an admin route refused to a person who is not an admin, and errors without a token', async () => {
    const admins = new Set(app.config.adminUsers);
    const nonAdmin = DEMO_USERS.find((u) => !admins.has(u.oid) && !u.roles?.includes('Upnext.Admin'));
    if (nonAdmin) {
      const other = await signedInDevice(app, nonAdmin.oid);
      await answer('GET /api/admin/integrations', () => other.get('/api/admin/integrations'), 403);
    }
    await answer('GET /api/me', () => fetch(`${app.url}/api/me`), 401);
    const refused = await fetch(`${app.url}/api/me`, { headers: { authorization: 'Bearer not.a.jwt' } });
    expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer realm="upnext", error="invalid_token", error_description="[^"]+"$/);
  });
});

describe('the answer check', () => {
  it('refuses a meeting carrying a field the contract does not name, an undescribed status and a wrong error code', () => {
    const meeting = { id: 'm1', title: 't', start: '2026-12-01T09:00:00.000Z', end: '2026-12-01T09:30:00.000Z', isAllDay: false, status: 'accepted', showAs: 'busy', provider: 'outlook-calendar' };
    const answer = { meetings: [meeting], stale: false, generatedAt: '2026-12-01T08:00:00.000Z', providers: [{ id: 'outlook-calendar', status: 'ok' }] };
    expect(check('GET', '/api/meetings', 200, answer)).toEqual([]);
    expect(check('GET', '/api/meetings', 200, { ...answer, meetings: [{ ...meeting, body: 'secret agenda' }] }).join()).toContain('additional properties');
    expect(check('GET', '/api/meetings', 200, { ...answer, providers: undefined }).join()).toContain("must have required property 'providers'");
    expect(check('GET', '/api/meetings', 418, {})).toEqual(['GET /api/meetings does not describe status 418']);
    expect(check('GET', '/api/me', 401, { error: { code: 'oops', message: 'm', requestId: 'r' } }).join()).toContain('/error/code');
  });
});
