import { DEMO_GOOGLE_ACCOUNTS, DEMO_USERS } from '../../src/demo';
import { signedInDevice, type Device } from '../helpers/api-client';
import { googleConsent } from '../helpers/google-consent';
import { startApp, type RunningApp } from '../helpers/start-app';

/**
 * Each connected calendar's own zone on /api/me: Graph's mailbox zone (a Windows name, mapped to
 * IANA) and Google's primary-calendar zone, asked once and kept, never on the list's path; a
 * missing permission or a provider failure only means "no zone", never a failed answer.
 */
const [dana, jonas, priya, sam] = DEMO_USERS;
const [danaGoogle] = DEMO_GOOGLE_ACCOUNTS;
let app: RunningApp;

beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.stop());

type Me = { integrations: Array<{ provider: string; state: string; timeZone?: string }> };
const zones = async (device: Device) => ((await (await device.get('/api/me')).json()) as Me).integrations.map((i) => [i.provider, i.state, i.timeZone]);
const mailboxAsks = () => app.demo!.calendar.requests.filter((r) => r.path === '/me/mailboxSettings/timeZone').length;

async function connectOutlook(oid: string): Promise<Device> {
  const device = await signedInDevice(app, oid);
  expect((await device.send('POST', '/api/connections/outlook-calendar')).status).toBe(200);
  return device;
}

describe('the calendars’ own time zones', () => {
  it('names the Outlook mailbox’s zone: "Pacific Standard Time" from mailboxSettings is America/Los_Angeles, asked once', async () => {
    expect(dana!.windowsTimeZone).toBe('Pacific Standard Time');
    const device = await connectOutlook(dana!.oid);
    app.demo!.calendar.resetCounters();
    expect(await zones(device)).toEqual([
      ['outlook-calendar', 'connected', 'America/Los_Angeles'],
      ['google-calendar', 'not_connected', undefined],
    ]);
    expect(mailboxAsks()).toBe(1);
    // Kept: neither the next /api/me nor the list asks again.
    await zones(device);
    expect((await device.get('/api/meetings')).status).toBe(200);
    expect((await device.get('/api/meetings?limit=7')).status).toBe(200);
    expect(mailboxAsks()).toBe(1);
    const listed = (await (await device.get('/api/meetings')).json()) as Record<string, unknown>;
    expect(Object.keys(listed).sort()).toEqual(['generatedAt', 'meetings', 'providers', 'stale']);
  });

  it('names Google’s primary calendar zone from events.list’s timeZone, under the events scope it already holds', async () => {
    const device = await connectOutlook(dana!.oid);
    const { code, state } = await googleConsent(app, device, danaGoogle!.sub);
    expect((await device.send('POST', '/api/connections/google-calendar/complete', { code, state })).status).toBe(200);
    app.demo!.google!.calendar.resetCounters();
    expect(await zones(device)).toEqual([
      ['outlook-calendar', 'connected', 'America/Los_Angeles'],
      ['google-calendar', 'connected', danaGoogle!.person.timeZone],
    ]);
    // One small events.list (maxResults=1, fields=timeZone): no list was asked for.
    expect(app.demo!.google!.calendar.requests.filter((account) => account === danaGoogle!.email)).toHaveLength(1);
  });

  it('a grant without MailboxSettings.Read (consented before it was added): Graph’s 403 means no zone, connect and list unharmed', async () => {
    const tid = app.demo!.authority.tenantId;
    const before = ['User.Read', 'Calendars.Read', 'Calendars.ReadBasic'];
    const consent = app.demo!.authority.consent;
    consent.setAdminConsent(tid, before);
    consent.setUserConsent(tid, jonas!.oid, false);
    consent.grantUser(tid, jonas!.oid, before);
    try {
      const device = await connectOutlook(jonas!.oid);
      app.demo!.calendar.resetCounters();
      expect(await zones(device)).toEqual([
        ['outlook-calendar', 'connected', undefined],
        ['google-calendar', 'not_connected', undefined],
      ]);
      expect(app.demo!.calendar.requests.some((r) => r.path === '/me/mailboxSettings/timeZone')).toBe(true);
      expect((await device.get('/api/meetings')).status).toBe(200);
    } finally {
      app.demo!.authority.setAdminConsent(tid, true);
      consent.setUserConsent(tid, jonas!.oid, true);
    }
  });

  it('Graph failing while the zone is asked: /api/me answers without it and the list still answers', async () => {
    const device = await connectOutlook(priya!.oid);
    app.demo!.calendar.failNext(503, 0, 4);
    expect(await zones(device)).toEqual([
      ['outlook-calendar', 'connected', undefined],
      ['google-calendar', 'not_connected', undefined],
    ]);
    expect((await device.get('/api/meetings')).status).toBe(200);
  });

  it('disconnect forgets it', async () => {
    const device = await connectOutlook(sam!.oid);
    expect((await zones(device))[0]).toEqual(['outlook-calendar', 'connected', sam!.timeZone]);
    expect((await device.send('DELETE', '/api/connections/outlook-calendar')).status).toBeLessThan(300);
    expect((await zones(device))[0]).toEqual(['outlook-calendar', 'not_connected', undefined]);
  });
});
