import request from 'supertest';
import { dana, makeDemo, testClock } from '../helpers';

const clock = testClock();
const { app, demo } = makeDemo({ now: clock.now });
let token = '';
beforeAll(async () => {
  token = await demo.authority.signGraphToken(dana.oid);
});
const batch = (body: unknown) => request(app).post('/demo/graph/v1.0/$batch').set('Authorization', `Bearer ${token}`).send(body as object);

describe('POST /$batch', () => {
  it('answers each GET /me/events/{id} by its id, with $select, and 404 inside the batch for an unknown one', async () => {
    const [a, b] = demo.calendar.stored(dana.oid).map((s) => s.event.id);
    const res = await batch({
      requests: [
        { id: '1', method: 'GET', url: `/me/events/${encodeURIComponent(a!)}?$select=subject`, headers: { Prefer: 'outlook.timezone="UTC"' } },
        { id: '2', method: 'GET', url: `/me/events/${encodeURIComponent(b!)}` },
        { id: '3', method: 'GET', url: '/me/events/nope' },
        { id: '4', method: 'DELETE', url: `/me/events/${encodeURIComponent(a!)}` },
      ],
    }).expect(200);
    const byId = Object.fromEntries(res.body.responses.map((r: { id: string }) => [r.id, r]));
    expect(byId['1']).toMatchObject({ status: 200, body: { id: a } });
    expect(Object.keys(byId['1'].body).sort()).toEqual(['@odata.etag', 'id', 'subject']);
    expect(byId['2'].body.attendees).toBeDefined();
    expect(byId['3']).toMatchObject({ status: 404, body: { error: { code: 'ErrorItemNotFound' } } });
    expect(byId['4'].status).toBe(400);
  });

  it('refuses more than 20 requests, duplicate ids and an empty batch; counts as one request', async () => {
    const before = demo.calendar.requestCount;
    const many = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me/events/x' }));
    expect((await batch({ requests: many }).expect(400)).body.error.code).toBe('BadRequest');
    await batch({ requests: [{ id: '1', method: 'GET', url: '/me/events/x' }, { id: '1', method: 'GET', url: '/me/events/y' }] }).expect(400);
    await batch({ requests: [] }).expect(400);
    expect(demo.calendar.requestCount - before).toBe(3);
  });
});
