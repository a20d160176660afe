import request from 'supertest';
import { dana, GRAPH, makeDemo, testClock } from '../helpers';

const clock = testClock();
const { app, demo } = makeDemo({ now: clock.now });
const SEARCH = '/demo/graph/v1.0/search/query';
let token = '';
beforeAll(async () => {
  token = await demo.authority.signGraphToken(dana.oid);
});
const search = (body: unknown) => request(app).post(SEARCH).set('Authorization', `Bearer ${token}`).send(body as object);
const events = (queryString: string, from?: number, size?: number) => ({ requests: [{ entityTypes: ['event'], query: { queryString }, from, size }] });

describe('POST /search/query (events)', () => {
  it('answers hits with a slim event resource, most recent first', async () => {
    const res = await search(events('review')).expect(200);
    expect(res.body['@odata.context']).toBe(`${GRAPH}/$metadata#search`);
    const container = res.body.value[0].hitsContainers[0];
    const expected = demo.calendar.stored(dana.oid).filter((s) => /review/i.test([s.event.subject, s.event.bodyPreview, s.event.location.displayName].join(' ')));
    expect(container.total).toBe(expected.length);
    expect(container.hits.length).toBeGreaterThanOrEqual(3);
    const hit = container.hits[0];
    expect(hit).toMatchObject({ '@odata.type': '#microsoft.graph.searchHit', rank: 1, resource: { '@odata.type': '#microsoft.graph.event', start: { timeZone: 'UTC' } } });
    expect(hit.resource.attendees).toBeUndefined();
    expect(hit.resource.location).toBeUndefined();
    const starts = container.hits.map((h: { resource: { start: { dateTime: string } } }) => Date.parse(h.resource.start.dateTime));
    expect([...starts].sort((a, b) => b - a)).toEqual(starts);
  });

  it('answers the event properties asked for in fields, as $select would, and ignores names events do not have', async () => {
    const body = { requests: [{ entityTypes: ['event'], query: { queryString: 'review' }, from: 0, size: 25, fields: ['subject', 'start', 'end', 'attendees', 'location', 'body', 'onlineMeeting', 'noSuchField'] }] };
    const hits = (await search(body).expect(200)).body.value[0].hitsContainers[0].hits as Array<{ hitId: string; resource: Record<string, unknown> }>;
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      const stored = demo.calendar.stored(dana.oid).find((s) => s.event.id === hit.hitId)!;
      expect(Object.keys(hit.resource).sort()).toEqual(['@odata.type', 'attendees', 'body', 'end', 'location', 'onlineMeeting', 'start', 'subject']);
      expect(hit.resource).toMatchObject({ subject: stored.event.subject, attendees: stored.event.attendees, location: stored.event.location, body: stored.event.body });
      if (!stored.event.isAllDay) expect(Date.parse((hit.resource.start as { dateTime: string }).dateTime)).toBe(stored.startMs);
    }
    await search({ requests: [{ ...body.requests[0], fields: 'subject' }] }).expect(400);
  });

  it('pages with from/size, at most 25 events a page', async () => {
    const all = (await search(events('standup', 0, 25)).expect(200)).body.value[0].hitsContainers[0];
    expect(all.total).toBeGreaterThanOrEqual(4);
    const first = (await search(events('standup', 0, 2)).expect(200)).body.value[0].hitsContainers[0];
    const second = (await search(events('standup', 2, 2)).expect(200)).body.value[0].hitsContainers[0];
    expect(first.moreResultsAvailable).toBe(true);
    expect([...first.hits, ...second.hits].map((h: { hitId: string }) => h.hitId)).toEqual(all.hits.slice(0, 4).map((h: { hitId: string }) => h.hitId));
    expect((await search(events('standup', 0, 26)).expect(400)).body.error.code).toBe('BadRequest');
  });

  it('matches every term, accent- and case-insensitively, and refuses malformed requests', async () => {
    const none = (await search(events('standup zeppelin')).expect(200)).body.value[0].hitsContainers[0];
    expect(none).toMatchObject({ hits: [], total: 0, moreResultsAvailable: false });
    expect((await search(events('CONTOSO')).expect(200)).body.value[0].hitsContainers[0].total).toBe(1);
    await search({ requests: [] }).expect(400);
    await search({ requests: [{ entityTypes: ['message'], query: { queryString: 'x' } }] }).expect(400);
    await search({ requests: [{ entityTypes: ['event'], query: {} }] }).expect(400);
    await request(app).post(SEARCH).send(events('x')).expect(401);
  });
});

describe('GET /me/events/{id}', () => {
  it('answers the event with $select, and 404 for an unknown id', async () => {
    const id = demo.calendar.stored(dana.oid)[0]!.event.id;
    const res = await request(app).get(`/demo/graph/v1.0/me/events/${encodeURIComponent(id)}`).query({ $select: 'subject,attendees' }).set('Authorization', `Bearer ${token}`).expect(200);
    expect(Object.keys(res.body).sort()).toEqual(['@odata.etag', 'attendees', 'id', 'subject']);
    const missing = await request(app).get('/demo/graph/v1.0/me/events/nope').set('Authorization', `Bearer ${token}`).expect(404);
    expect(missing.body.error.code).toBe('ErrorItemNotFound');
  });
});
