import { DEMO_GROUPS, DEMO_USERS } from '../../../src/demo';
import { errorCode, type Device } from '../../helpers/api-client';
import { startApp, type RunningApp } from '../../helpers/start-app';
import { deviceWith, json } from './helpers';

/**
 * The segmentation matrix (issue 10) through the real HTTP API: every way in or out of an
 * integration's access, with cached answers included.
 */
const [dana, jonas, priya, sam] = DEMO_USERS;
const PILOT_ROLE = 'Upnext.Pilot';
let app: RunningApp;
let admin: Device;
let jonasDevice: Device;
let priyaDevice: Device;
let priyaPilot: Device;
let samDevice: Device;

const meetings = (d: Device) => d.get('/api/meetings');
const put = (body: unknown) => admin.send('PUT', '/api/admin/integrations/outlook-calendar', body);
const specific = (audiences: string[], users: string[] = []) => ({ access: { mode: 'specific', audiences, users } });

async function expectServed(d: Device): Promise<void> {
  expect((await meetings(d)).status).toBe(200);
}
async function expectRefused(d: Device): Promise<void> {
  const res = await meetings(d);
  expect(res.status).toBe(403);
  expect(await errorCode(res)).toBe('not_enabled');
}
async function audience(body: Record<string, unknown>): Promise<string> {
  return (await json<{ id: string }>(await admin.send('POST', '/api/admin/audiences', body), 201)).id;
}

beforeAll(async () => {
  app = await startApp();
  admin = await deviceWith(app, dana!.oid);
  jonasDevice = await deviceWith(app, jonas!.oid);
  priyaDevice = await deviceWith(app, priya!.oid);
  // Priya's second device has a token that carries an app role (as assigned to one of her groups).
  priyaPilot = await deviceWith(app, priya!.oid, { roles: [PILOT_ROLE] });
  samDevice = await deviceWith(app, sam!.oid);
  // The matrix is Outlook's: with Google Calendar also usable, a refused Outlook would leave Google
  // (not connected: 409) instead of no integration at all (403).
  await json(await admin.send('PUT', '/api/admin/integrations/google-calendar', { enabled: false }), 200);
  for (const d of [jonasDevice, priyaDevice, priyaPilot, samDevice]) {
    await json(await d.send('POST', '/api/connections/outlook-calendar'), 200);
  }
});
afterAll(() => app.stop());

afterEach(async () => {
  await json(await put({ enabled: true, access: { mode: 'all', audiences: [], users: [] } }), 200);
});

it('all users: everyone is served (the demo tenant starts enabled for all)', async () => {
  for (const d of [jonasDevice, priyaDevice, samDevice]) await expectServed(d);
});

it('an audience by user serves its members only', async () => {
  const id = await audience({ name: 'By user', users: [jonas!.oid] });
  await json(await put(specific([id])), 200);
  await expectServed(jonasDevice);
  await expectRefused(priyaDevice);
});

it('an audience by group matches the token’s groups claim', async () => {
  const id = await audience({ name: 'Engineering', groups: [DEMO_GROUPS.engineering] });
  await json(await put(specific([id])), 200);
  await expectServed(jonasDevice);
  await expectRefused(priyaDevice);
});

it('an audience by app role matches the token’s roles claim', async () => {
  const id = await audience({ name: 'Pilots', roles: [PILOT_ROLE] });
  await json(await put(specific([id])), 200);
  await expectServed(priyaPilot);
  await expectRefused(priyaDevice);
  await expectRefused(jonasDevice);
});

it('an individual user in the access list is served, others are not', async () => {
  await json(await put(specific([], [priya!.oid])), 200);
  await expectServed(priyaDevice);
  await expectRefused(jonasDevice);
});

it('a user removed from the audience stops being served at once, cached result included', async () => {
  const id = await audience({ name: 'Removal', users: [jonas!.oid, priya!.oid] });
  await json(await put(specific([id])), 200);
  await expectServed(jonasDevice); // now cached for five minutes
  const before = app.demo!.calendar.requestCount;
  await json(await admin.send('PUT', `/api/admin/audiences/${id}`, { name: 'Removal', users: [priya!.oid] }), 200);
  await expectRefused(jonasDevice);
  await expectServed(priyaDevice);
  const me = await json(await jonasDevice.get('/api/me'), 200);
  expect(me.integrations[0]).toEqual({ provider: 'outlook-calendar', state: 'not_enabled' });
  expect(app.demo!.calendar.requestCount - before).toBeLessThanOrEqual(1); // Priya's one miss, nothing for Jonas
});

it('a groups-overage token matches no group audience, and the console counts such people', async () => {
  const id = await audience({ name: 'Overage check', groups: [DEMO_GROUPS.engineering, DEMO_GROUPS.sales] });
  await json(await put(specific([id])), 200);
  await expectRefused(samDevice);
  await json(await samDevice.get('/api/me'), 200);
  const list = await json(await admin.get('/api/admin/audiences'), 200);
  expect(list.groupsOverageUsers).toBe(1);
  // The advice works: add the person by user (or app role) instead.
  await json(await admin.send('PUT', `/api/admin/audiences/${id}`, { name: 'Overage check', users: [sam!.oid] }), 200);
  await expectServed(samDevice);
});

it('disabled: nobody is served, cached results included, and the connections are kept', async () => {
  await expectServed(jonasDevice);
  await json(await put({ enabled: false }), 200);
  for (const d of [jonasDevice, priyaDevice, samDevice]) await expectRefused(d);
  const connect = await jonasDevice.send('POST', '/api/connections/outlook-calendar');
  expect(connect.status).toBe(403);
  expect(await errorCode(connect)).toBe('not_enabled');
  const list = await json(await admin.get('/api/admin/integrations'), 200);
  expect(list.integrations.find((i: { provider: string }) => i.provider === 'outlook-calendar')).toMatchObject({ enabled: false, connectedUsers: 3 }) // Jonas, Priya (two devices), Sam;
});

it('re-enabled: people are served again without reconnecting', async () => {
  await json(await put({ enabled: false }), 200);
  await expectRefused(jonasDevice);
  await json(await put({ enabled: true }), 200);
  await expectServed(jonasDevice);
  const me = await json(await jonasDevice.get('/api/me'), 200);
  expect(me.integrations[0]).toMatchObject({ provider: 'outlook-calendar', state: 'connected' });
});

it('an access list naming an unknown audience is 400 bad_request', async () => {
  const res = await put(specific(['00000000-0000-4000-8000-000000000000']));
  expect(res.status).toBe(400);
  expect(await errorCode(res)).toBe('bad_request');
});
