import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_USERS } from '../../src/demo';
import { createOpaqueIds } from '../../src/server/lib/opaque-id';
import type { SqliteStore } from '../../src/server/store/sqlite-store';
import { loadOrCreateDemoMasterKeys } from '../../src/server/vault/master-keys';
import { errorCode, signedInDevice, type Device } from '../helpers/api-client';
import { startApp, type RunningApp } from '../helpers/start-app';

const [dana, jonas] = DEMO_USERS;
let app: RunningApp;
let a: Device;
let meetingIds: string[];

beforeAll(async () => {
  app = await startApp();
  a = await signedInDevice(app, dana!.oid);
  expect((await a.send('POST', '/api/connections/outlook-calendar')).status).toBe(200);
  meetingIds = ((await (await a.get('/api/meetings')).json()) as { meetings: Array<{ id: string }> }).meetings.map((m) => m.id);
  expect(meetingIds.length).toBeGreaterThan(5);
});
afterAll(() => app.stop());

const db = () => (app.store as SqliteStore).db;
const edges = (oid: string) => db().prepare('SELECT kind, target, count FROM graph_edges WHERE oid = ? ORDER BY kind, target').all(oid) as Array<{ kind: string; target: string; count: number }>;

describe('POST /api/meetings/:id/joined', () => {
  it('refuses a malformed id with 400 bad_request, and never asks the calendar', async () => {
    const before = app.demo!.calendar.requestCount;
    for (const id of ['abc', `${meetingIds[0]}x`, `${meetingIds[0]!.slice(0, 42)}!`, '..%2F..%2Fetc', '%00'.repeat(15)]) {
      const res = await a.send('POST', `/api/meetings/${id}/joined`);
      expect(res.status).toBe(400);
      expect(await errorCode(res)).toBe('bad_request');
    }
    expect((await a.send('POST', `/api/meetings/${meetingIds[0]}/joined`)).status).toBe(204);
    expect(app.demo!.calendar.requestCount).toBe(before);
  });

  it('records the join in the graph store, off the request path', async () => {
    await app.activity.flush();
    const id = meetingIds[1]!;
    expect((await a.send('POST', `/api/meetings/${id}/joined`)).status).toBe(204);
    expect((await a.send('POST', `/api/meetings/${id}/joined`)).status).toBe(204);
    expect(edges(dana!.oid).find((e) => e.kind === 'joined' && e.target === id)).toBeUndefined();
    await app.activity.flush();
    expect(edges(dana!.oid).find((e) => e.kind === 'joined' && e.target === id)).toMatchObject({ count: 2 });
  });

  it('needs a signed-in user', async () => {
    const res = await fetch(`${app.url}/api/meetings/${meetingIds[0]}/joined`, { method: 'POST' });
    expect(res.status).toBe(401);
    expect(await errorCode(res)).toBe('unauthenticated');
  });
});

describe('DELETE /api/me/activity', () => {
  it('erases the caller’s nodes and edges, pending ones too, and no one else’s', async () => {
    const b = await signedInDevice(app, jonas!.oid);
    expect((await b.send('POST', `/api/meetings/${meetingIds[2]}/joined`)).status).toBe(204);
    expect((await a.send('POST', `/api/meetings/${meetingIds[3]}/joined`)).status).toBe(204);
    await app.activity.flush();
    expect((await a.send('POST', `/api/meetings/${meetingIds[4]}/joined`)).status).toBe(204); // still pending
    expect((await a.send('DELETE', '/api/me/activity')).status).toBe(204);
    await app.activity.flush();
    expect(edges(dana!.oid)).toEqual([]);
    expect(db().prepare('SELECT COUNT(*) FROM graph_items WHERE oid = ?').pluck().get(dana!.oid)).toBe(0);
    expect(edges(jonas!.oid)).toHaveLength(1);
  });
});

describe('graph store breach drill', () => {
  it('holds no title, body, location, name, address or provider id of any seeded meeting', async () => {
    const ids = createOpaqueIds(loadOrCreateDemoMasterKeys(app.dataDir).oldest.key);
    const needles = new Set<string>();
    for (const user of [dana!, jonas!]) {
      const device = await signedInDevice(app, user.oid);
      const events = app.demo!.calendar.eventsFor(user.oid);
      const seen = events.map((e) => ({
        id: ids('outlook-calendar', app.demo!.authority.tenantId, user.oid, e.id),
        provider: 'outlook-calendar',
        seriesId: e.seriesMasterId ?? e.iCalUId,
        emails: [e.organizer.emailAddress.address, ...e.attendees.map((x) => x.emailAddress.address)],
      }));
      // What a search answer records: every returned meeting seen, with its people and series.
      app.activity.saw({ tid: app.demo!.authority.tenantId, oid: user.oid, username: user.username }, seen);
      for (const s of seen.slice(0, 3)) expect((await device.send('POST', `/api/meetings/${s.id}/joined`)).status).toBe(204);
      for (const e of events) {
        for (const text of [e.subject, e.location.displayName, e.bodyPreview.slice(0, 40), e.organizer.emailAddress.name, e.id, e.iCalUId, e.seriesMasterId]) {
          if (text && text.length >= 4) needles.add(text);
        }
        for (const p of [e.organizer.emailAddress, ...e.attendees.map((x) => x.emailAddress)]) {
          needles.add(p.address);
          needles.add(p.address.toLowerCase());
          needles.add(p.address.split('@')[0]!);
          if (p.name.length >= 4) needles.add(p.name);
        }
      }
    }
    await app.activity.flush();
    expect((db().prepare("SELECT COUNT(*) FROM graph_edges WHERE kind = 'attends'").pluck().get() as number)).toBeGreaterThan(3);
    expect((db().prepare("SELECT COUNT(*) FROM graph_items WHERE series_key IS NOT NULL").pluck().get() as number)).toBeGreaterThan(5);
    db().pragma('wal_checkpoint(PASSIVE)');
    const files = readdirSync(app.dataDir).filter((f) => f.startsWith('upnext.db'));
    expect(needles.size).toBeGreaterThan(30);
    for (const f of files) {
      const bytes = readFileSync(join(app.dataDir, f));
      for (const needle of needles) {
        if (bytes.includes(Buffer.from(needle))) throw new Error(`${f} holds "${needle.slice(0, 12)}…" in clear`);
      }
    }
  });
});
