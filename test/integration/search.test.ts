import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_USERS } from '../../src/demo';
import { parseQuery } from '../../src/server/search/query/parse-query';
import type { SqliteStore } from '../../src/server/store/sqlite-store';
import type { SearchResponse } from '../../src/shared/api';
import { errorCode, signedInDevice, type Device } from '../helpers/api-client';
import { startApp, type RunningApp } from '../helpers/start-app';

/**
 * GET /api/search through the real app and the demo Graph. Expectations come from the demo's
 * seeded calendar (laid out relative to now) and the parser's own vectors-tested range, so they
 * hold on any day of the week.
 */
const [dana, jonas] = DEMO_USERS;
let app: RunningApp;
let device: Device;

beforeAll(async () => {
  app = await startApp();
  device = await signedInDevice(app, dana!.oid);
  expect((await device.send('POST', '/api/connections/outlook-calendar')).status).toBe(200);
});
afterAll(() => app.stop());

async function search(q: string, params: Record<string, string> = {}, who = device): Promise<{ status: number; body: SearchResponse; calls: number }> {
  const before = app.demo!.calendar.requestCount;
  const res = await who.get(`/api/search?${new URLSearchParams({ q, ...params }).toString()}`);
  return { status: res.status, body: (await res.json()) as SearchResponse, calls: app.demo!.calendar.requestCount - before };
}

/** The seeded events overlapping the range the query names, as the user's zone reads it. */
function seededIn(q: string, tz: string, locale = 'en') {
  const parsed = parseQuery(q, { now: Date.now(), timeZone: tz, locale });
  const from = Date.parse(parsed.from!);
  const to = Date.parse(parsed.to!);
  return { parsed, events: app.demo!.calendar.stored(dana!.oid).filter((e) => e.startMs < to && e.endMs > from) };
}

describe('GET /api/search', () => {
  it('"zoom tomorrow": tomorrow in the caller’s zone, Zoom meetings only, from calendarView', async () => {
    const { parsed, events } = seededIn('zoom tomorrow', dana!.timeZone);
    const { status, body, calls } = await search('zoom tomorrow', { tz: dana!.timeZone });
    expect(status).toBe(200);
    expect(body.query).toEqual({ text: '', people: [], services: ['zoom'], from: parsed.from, to: parsed.to });
    expect(body.providers).toEqual([{ id: 'outlook-calendar', status: 'ok' }, { id: 'google-calendar', status: 'not_connected' }]);
    expect(calls).toBe(1);
    const zoomTitles = events.filter((e) => /zoom\.us/.test(JSON.stringify(e.event.body) + (e.event.location.displayName ?? ''))).map((e) => e.event.subject);
    expect(body.results.every((m) => m.join?.service.id === 'zoom')).toBe(true);
    expect(body.results.map((m) => m.title).sort()).toEqual([...new Set(zoomTitles)].sort());
    for (const m of body.results) expect(Date.parse(m.start) < Date.parse(parsed.to!) && Date.parse(m.end) > Date.parse(parsed.from!)).toBe(true);
  });

  it('"design review": dateless words go to the Microsoft Search API, the title match first', async () => {
    const { status, body, calls } = await search('design review');
    expect(status).toBe(200);
    expect(body.query).toEqual({ text: 'design review', people: [], services: [] });
    expect(body.results[0]?.title).toBe('Design review: task pane');
    expect(app.demo!.calendar.requests.some((r) => r.method === 'POST' && r.path === '/search/query')).toBe(true);
    // The hits carry what the card needs (fields): one call a page, no batch, no event fetched alone.
    expect(calls).toBe(1);
    expect(app.demo!.calendar.requests.some((r) => r.method === 'POST' && r.path === '/$batch')).toBe(false);
    expect(app.demo!.calendar.requests.some((r) => r.method === 'GET' && r.path.startsWith('/me/events/'))).toBe(false);
    expect(body.results[0]?.join).toBeDefined();
  });

  it('"morgen" with locale=de: tomorrow as Berlin reads it', async () => {
    const { parsed, events } = seededIn('morgen', 'Europe/Berlin', 'de');
    const { body } = await search('morgen', { tz: 'Europe/Berlin', locale: 'de' });
    expect(body.query.from).toBe(parsed.from);
    expect(Date.parse(body.query.to!) - Date.parse(body.query.from!)).toBeGreaterThanOrEqual(23 * 3600_000);
    expect(new Set(body.results.map((m) => m.id)).size).toBe(body.results.length);
    expect(body.results.length).toBe(events.length);
  });

  it('"with Sam": a person matched against organizers and attendees', async () => {
    const { body } = await search('with Sam next week', { tz: dana!.timeZone });
    expect(body.query.people).toEqual(['Sam']);
    const { events } = seededIn('next week', dana!.timeZone);
    const withSam = events.filter((e) => [e.event.organizer.emailAddress.name, ...e.event.attendees.map((a) => a.emailAddress.name)].some((n) => /^Sam\b/.test(n)));
    expect(body.results.length).toBe(withSam.length);
  });

  it('"1:1 yesterday": a range in the past, and yesterday’s 1:1 found in it', async () => {
    const { status, body } = await search('1:1 yesterday', { tz: dana!.timeZone });
    expect(status).toBe(200);
    expect(body.query.text).toBe('1:1');
    expect(Date.parse(body.query.to!)).toBeLessThanOrEqual(Date.now());
    expect(body.results.map((m) => m.title)).toEqual(['1:1 with Priya']);
  });

  it('answers a warm search from the cache, and concurrent cold ones with one upstream call', async () => {
    const cold = await search('sprint review');
    expect(cold.calls).toBeGreaterThanOrEqual(1);
    const warm = await search('Sprint  REVIEW');
    expect(warm.calls).toBe(0);
    expect(warm.body.results).toEqual(cold.body.results);
    const before = app.demo!.calendar.requestCount;
    app.demo!.calendar.setLatency(100);
    await Promise.all(Array.from({ length: 10 }, () => search('this week', { tz: 'UTC' })));
    app.demo!.calendar.setLatency(0);
    expect(app.demo!.calendar.requestCount - before).toBe(1);
  });

  it('reports a provider that fails as error, and still answers 200', async () => {
    app.demo!.calendar.failNext(503, 60, 10);
    const { status, body } = await search('hiring sync');
    while (app.demo!.calendar.takeFailure()) {
      // drain what the retries left
    }
    expect(status).toBe(200);
    expect(body).toMatchObject({ results: [], providers: [{ id: 'outlook-calendar', status: 'error' }, { id: 'google-calendar', status: 'not_connected' }] });
    // An answer with a failed provider is not kept: the same search asks again and recovers.
    const again = await search('hiring sync');
    expect(again.body.providers).toEqual([{ id: 'outlook-calendar', status: 'ok' }, { id: 'google-calendar', status: 'not_connected' }]);
    expect(again.body.results.length).toBeGreaterThan(0);
  });

  it('reports not_connected for a user who connected nothing', async () => {
    const other = await signedInDevice(app, jonas!.oid);
    const { status, body } = await search('standup', {}, other);
    expect(status).toBe(200);
    expect(body).toMatchObject({ results: [], providers: [{ id: 'outlook-calendar', status: 'not_connected' }, { id: 'google-calendar', status: 'not_connected' }] });
  });

  it('refuses bad input with 400 bad_request', async () => {
    for (const params of <Array<Record<string, string>>>[{ q: '' }, { q: ' ' }, { q: 'x'.repeat(201) }, { q: 'a', tz: 'Mars/Olympus' }, { q: 'a', tz: '../../etc' }, { q: 'a', locale: 'not a locale' }, { q: 'a', extra: '1' }]) {
      const res = await device.get(`/api/search?${new URLSearchParams(params).toString()}`);
      expect(res.status).toBe(400);
      expect(await errorCode(res)).toBe('bad_request');
    }
    expect((await device.get('/api/search?q=a&q=b')).status).toBe(400);
    expect((await fetch(`${app.url}/api/search?q=standup`)).status).toBe(401);
  });

  it('records what it showed, a join on a result, and keeps queries and results out of the database and logs', async () => {
    const { body } = await search('quarterly planning');
    const hit = body.results[0]!;
    expect(hit.title).toBe('Quarterly planning');
    expect((await device.send('POST', `/api/meetings/${hit.id}/joined`)).status).toBe(204);
    await app.activity.flush();
    const db = (app.store as SqliteStore).db;
    expect(db.prepare("SELECT count FROM graph_edges WHERE oid = ? AND kind = 'joined' AND target = ?").pluck().get(dana!.oid, hit.id)).toBe(1);
    expect(db.prepare("SELECT COUNT(*) FROM graph_edges WHERE oid = ? AND kind = 'saw'").pluck().get(dana!.oid)).toBeGreaterThan(3);
    db.pragma('wal_checkpoint(PASSIVE)');
    const files = readdirSync(app.dataDir).filter((f) => f.startsWith('upnext.db'));
    const needles = ['quarterly planning', 'Quarterly planning', 'design review', 'Design review', 'sprint review', 'hiring sync', 'Conf Room Rainier'];
    for (const f of files) for (const n of needles) expect(readFileSync(join(app.dataDir, f)).includes(Buffer.from(n))).toBe(false);
    const logs = app.logs();
    expect(logs).toContain('/api/search');
    for (const n of ['quarterly', 'design+review', 'design%20review', 'sprint']) expect(logs.toLowerCase()).not.toContain(n);
  });
});

describe('GET /api/search without=…', () => {
  it('drops what the person removed from "what I understood"', async () => {
    const full = await search('zoom tomorrow', { tz: dana!.timeZone });
    expect(full.body.query.from).toBeDefined();
    const noDates = await search('zoom tomorrow', { tz: dana!.timeZone, without: 'dates' });
    expect(noDates.body.query).toEqual({ text: '', people: [], services: ['zoom'] });
    expect(noDates.body.results.length).toBeGreaterThanOrEqual(full.body.results.length);
    const noService = await search('zoom tomorrow', { tz: dana!.timeZone, without: 'service:zoom' });
    expect(noService.body.query.services).toEqual([]);
    const noPerson = await search('with Sam next week', { tz: dana!.timeZone, without: 'person:sam' });
    expect(noPerson.body.query.people).toEqual([]);
    expect((await device.get('/api/search?q=a&without=everything')).status).toBe(400);
  });
});

describe('GET /api/search and the access check', () => {
  it('answers 403 not_enabled when the caller may use no provider, even for a cached search', async () => {
    expect((await search('standup')).status).toBe(200);
    const off = await device.send('PUT', '/api/admin/integrations/outlook-calendar', { enabled: false });
    expect(off.status).toBe(200);
    // One provider left: Outlook is reported not_enabled, unasked, and the answer is still 200.
    const partly = await search('standup');
    expect(partly.status).toBe(200);
    expect(partly.body.providers).toEqual([{ id: 'outlook-calendar', status: 'not_enabled' }, { id: 'google-calendar', status: 'not_connected' }]);
    expect((await device.send('PUT', '/api/admin/integrations/google-calendar', { enabled: false })).status).toBe(200);
    const res = await device.get('/api/search?q=standup');
    expect(res.status).toBe(403);
    expect(await errorCode(res)).toBe('not_enabled');
    expect((await device.send('PUT', '/api/admin/integrations/outlook-calendar', { enabled: true })).status).toBe(200);
    expect((await device.send('PUT', '/api/admin/integrations/google-calendar', { enabled: true })).status).toBe(200);
    expect((await search('standup')).status).toBe(200);
  });
});
