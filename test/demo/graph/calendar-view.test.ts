import request from 'supertest';
import { dana, GRAPH, makeDemo, testClock } from '../helpers';

const clock = testClock();

/** The zone's UTC offset at an instant, as Intl knows it ("GMT-07:00" → -7 h). */
function utcOffsetMs(instant: number, timeZone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(instant).find((p) => p.type === 'timeZoneName')!.value;
  const [, sign, hours, minutes] = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name)!;
  return sign ? (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000 : 0;
}
const { app, demo } = makeDemo({ now: clock.now });
const VIEW = '/demo/graph/v1.0/me/calendarView';
const window7 = { startDateTime: new Date(clock.now()).toISOString(), endDateTime: new Date(clock.now() + 7 * 86_400_000).toISOString() };
let token = '';
beforeAll(async () => {
  token = await demo.authority.signGraphToken(dana.oid);
});
const get = (query: Record<string, string>, headers: Record<string, string> = {}) =>
  request(app).get(VIEW).query(query).set({ Authorization: `Bearer ${token}`, ...headers });

/** Same window semantics as Graph: an event is in the view when it overlaps [start, end). */
const expectedIds = (startMs: number, endMs: number): string[] =>
  demo.calendar.stored(dana.oid).filter((e) => e.startMs < endMs && e.endMs > startMs).map((e) => e.event.id);

describe('GET /me/calendarView', () => {
  it('pages 10 at a time through absolute @odata.nextLink URLs and returns the whole window in start order', async () => {
    const seen: string[] = [];
    let res = await get({ ...window7, $orderby: 'start/dateTime' }).expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body['@odata.context']).toBe(`${GRAPH}/$metadata#users('${dana.oid}')/calendarView`);
    expect(res.body.value).toHaveLength(10);
    for (;;) {
      seen.push(...res.body.value.map((e: { id: string }) => e.id));
      const next = res.body['@odata.nextLink'] as string | undefined;
      if (!next) break;
      expect(next.startsWith(`${GRAPH}/me/calendarView?`)).toBe(true);
      expect(next).toMatch(/\$top=10&\$skip=\d+$/);
      res = await request(app).get(next.slice(new URL(GRAPH).origin.length)).set('Authorization', `Bearer ${token}`).expect(200);
    }
    expect(seen).toEqual(expectedIds(Date.parse(window7.startDateTime), Date.parse(window7.endDateTime)));
    // Past the second page at any hour: even late on a Friday the window holds four working days.
    expect(seen.length).toBeGreaterThan(20);
  });

  it('honours $top up to 1000 and refuses more', async () => {
    const res = await get({ ...window7, $top: '1000' }).expect(200);
    expect(res.body['@odata.nextLink']).toBeUndefined();
    expect(res.body.value.length).toBe(expectedIds(Date.parse(window7.startDateTime), Date.parse(window7.endDateTime)).length);
    const bad = await get({ ...window7, $top: '1001' }).expect(400);
    expect(bad.body.error.code).toBe('BadRequest');
    await get({ ...window7, $top: 'ten' }).expect(400);
    await get({ ...window7, $skip: '-1' }).expect(400);
  });

  it('keeps only the $select fields plus id and @odata.etag, and keeps $select in nextLink', async () => {
    const res = await get({ ...window7, $select: 'subject,start,end,onlineMeeting', $top: '3' }).expect(200);
    for (const e of res.body.value) expect(Object.keys(e).sort()).toEqual(['@odata.etag', 'end', 'id', 'onlineMeeting', 'start', 'subject']);
    expect(res.body['@odata.nextLink']).toContain('$select=subject,start,end,onlineMeeting');
    expect(res.body['@odata.context']).toMatch(/calendarView\(subject,start,end,onlineMeeting\)$/);
  });

  it('refuses an unknown $select property the way Graph does', async () => {
    const res = await get({ ...window7, $select: 'subject,joinUrl' }).expect(400);
    expect(res.body.error.code).toBe('RequestBroker--ParseUri');
    expect(res.body.error.message).toBe("Could not find a property named 'joinUrl' on type 'microsoft.graph.event'.");
  });

  it('orders descending by start when asked', async () => {
    const res = await get({ ...window7, $orderby: 'start/dateTime desc', $top: '1000' }).expect(200);
    // Latest first; meetings starting together keep the id order (the demo's tie-break).
    const byStartDesc = demo.calendar
      .stored(dana.oid)
      .filter((e) => e.startMs < Date.parse(window7.endDateTime) && e.endMs > Date.parse(window7.startDateTime))
      .sort((a, b) => b.startMs - a.startMs || a.event.id.localeCompare(b.event.id));
    expect(res.body.value.map((e: { id: string }) => e.id)).toEqual(byStartDesc.map((e) => e.event.id));
    await get({ ...window7, $orderby: 'bodyPreview' }).expect(400);
  });

  it('requires a valid time window (ErrorInvalidParameter) with Graph error JSON', async () => {
    const res = await get({ startDateTime: window7.startDateTime }).set('client-request-id', 'abc-123').expect(400);
    expect(res.body).toEqual({
      error: {
        code: 'ErrorInvalidParameter',
        message: expect.stringContaining('StartDateTime and EndDateTime'),
        innerError: { date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/), 'request-id': expect.stringMatching(/^[0-9a-f-]{36}$/), 'client-request-id': 'abc-123' },
      },
    });
    expect(res.headers['request-id']).toBe(res.body.error.innerError['request-id']);
    expect((await get({ ...window7, startDateTime: 'yesterday' }).expect(400)).body.error.code).toBe('ErrorInvalidParameter');
  });

  it('refuses query options it does not implement rather than ignoring them', async () => {
    expect((await get({ ...window7, $filter: "subject eq 'x'" }).expect(400)).body.error.code).toBe('BadRequest');
  });

  it('converts times into the Prefer: outlook.timezone zone (Windows or IANA name) and says so', async () => {
    const utc = await get({ ...window7, $top: '1000' }).expect(200);
    const pst = await get({ ...window7, $top: '1000' }, { Prefer: 'outlook.timezone="Pacific Standard Time"' }).expect(200);
    expect(pst.headers['preference-applied']).toBe('outlook.timezone="Pacific Standard Time"');
    const u = utc.body.value.find((e: { isAllDay: boolean }) => !e.isAllDay);
    const p = pst.body.value.find((e: { id: string }) => e.id === u.id);
    expect(u.start.timeZone).toBe('UTC');
    expect(p.start.timeZone).toBe('Pacific Standard Time');
    const start = Date.parse(`${u.start.dateTime.slice(0, 23)}Z`);
    expect(start - Date.parse(`${p.start.dateTime.slice(0, 23)}Z`)).toBe(-utcOffsetMs(start, 'America/Los_Angeles')); // PST or PDT, as of that day
    const tokyo = await get({ ...window7, $top: '1' }, { Prefer: 'outlook.timezone="Asia/Tokyo"' }).expect(200);
    expect(tokyo.body.value[0].start.timeZone).toBe('Asia/Tokyo');
    // An all-day event is the same dates in every zone.
    const ua = utc.body.value.find((e: { isAllDay: boolean }) => e.isAllDay);
    const pa = pst.body.value.find((e: { isAllDay: boolean }) => e.isAllDay);
    expect(pa.start.dateTime).toBe(ua.start.dateTime);
  });

  it('gives text bodies with Prefer: outlook.body-content-type="text"', async () => {
    const res = await get({ ...window7, $select: 'body', $top: '3' }, { Prefer: 'outlook.body-content-type="text"' }).expect(200);
    for (const e of res.body.value) {
      expect(e.body.contentType).toBe('text');
      expect(e.body.content).not.toMatch(/<\/?(div|html|a)\b/);
    }
  });

  it('also answers on /me/calendar/calendarView and /me', async () => {
    await request(app).get('/demo/graph/v1.0/me/calendar/calendarView').query(window7).set('Authorization', `Bearer ${token}`).expect(200);
    const me = await request(app).get('/demo/graph/v1.0/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(me.body).toEqual(expect.objectContaining({ id: dana.oid, displayName: dana.name, userPrincipalName: dana.username }));
  });

  it('answers an unknown path with BadRequest', async () => {
    const res = await request(app).get('/demo/graph/v1.0/me/nothing').set('Authorization', `Bearer ${token}`).expect(400);
    expect(res.body.error.message).toBe("Resource not found for the segment 'nothing'.");
  });
});
