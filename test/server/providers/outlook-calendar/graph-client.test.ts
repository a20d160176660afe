import { AppError } from '../../../../src/server/errors/app-error';
import { createGraphClient, GraphAuthError } from '../../../../src/server/providers/outlook-calendar/graph-client';

const BASE = 'https://graph.example/v1.0';
type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

function fakeFetch(replies: Reply[]) {
  const calls: Array<{ url: string; auth: string | null }> = [];
  const fn = (async (url: string, init: RequestInit) => {
    calls.push({ url, auth: new Headers(init.headers).get('authorization') });
    const reply = replies.shift() ?? { status: 500 };
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), { status: reply.status, headers: reply.headers });
  }) as unknown as typeof fetch;
  return { fn, calls };
}

function client(replies: Reply[], sleeps: number[] = []) {
  const f = fakeFetch(replies);
  const graph = createGraphClient({ baseUrl: BASE, fetch: f.fn, sleep: async (ms) => void sleeps.push(ms) });
  return { graph, calls: f.calls, sleeps };
}

describe('Graph client', () => {
  it('follows @odata.nextLink on Graph’s own origin', async () => {
    const { graph, calls } = client([
      { status: 200, body: { value: [1, 2], '@odata.nextLink': `${BASE}/me/calendarView?$skip=2` } },
      { status: 200, body: { value: [3] } },
    ]);
    expect(await graph.listAll('m', '/me/calendarView', 'tok', {}, 100)).toEqual([1, 2, 3]);
    expect(calls.map((c) => c.url)).toEqual([`${BASE}/me/calendarView`, `${BASE}/me/calendarView?$skip=2`]);
    expect(calls[0]!.auth).toBe('Bearer tok');
  });

  it('never sends the token to a nextLink on another origin', async () => {
    const { graph, calls } = client([{ status: 200, body: { value: [1], '@odata.nextLink': 'https://evil.example/steal' } }]);
    expect(await graph.listAll('m', '/x', 'tok', {}, 100)).toEqual([1]);
    expect(calls).toHaveLength(1);
  });

  it('stops at the limit', async () => {
    const { graph, calls } = client([{ status: 200, body: { value: [1, 2, 3], '@odata.nextLink': `${BASE}/next` } }]);
    expect(await graph.listAll('m', '/x', 'tok', {}, 2)).toEqual([1, 2]);
    expect(calls).toHaveLength(1);
  });

  it('honours Retry-After on 429, 503 and 504', async () => {
    const { graph, sleeps } = client([
      { status: 429, headers: { 'retry-after': '2' } },
      { status: 503, headers: { 'retry-after': '1' } },
      { status: 504 },
      { status: 200, body: { value: ['ok'] } },
    ]);
    expect(await graph.listAll('m', '/x', 'tok', {}, 10)).toEqual(['ok']);
    expect(sleeps).toEqual([2000, 1000, 2000]);
  });

  it('gives up after the bounded retries with rate_limited and a Retry-After', async () => {
    const { graph } = client(Array.from({ length: 5 }, () => ({ status: 429, headers: { 'retry-after': '1' } })));
    await expect(graph.listAll('m', '/x', 'tok', {}, 10)).rejects.toMatchObject({ code: 'rate_limited', retryAfterSeconds: 1 });
  });

  it('does not wait for an unreasonably long Retry-After', async () => {
    const { graph, sleeps } = client([{ status: 429, headers: { 'retry-after': '3600' } }]);
    await expect(graph.listAll('m', '/x', 'tok', {}, 10)).rejects.toBeInstanceOf(AppError);
    expect(sleeps).toEqual([]);
  });

  it('reports a refused token as GraphAuthError and other failures as provider_unavailable', async () => {
    await expect(client([{ status: 401, body: { error: { code: 'InvalidAuthenticationToken' } } }]).graph.listAll('m', '/x', 't', {}, 1)).rejects.toBeInstanceOf(GraphAuthError);
    await expect(client([{ status: 500 }]).graph.listAll('m', '/x', 't', {}, 1)).rejects.toMatchObject({ code: 'provider_unavailable' });
  });

  it('stops on a nextLink it has already followed (a looping server)', async () => {
    const loop = `${BASE}/me/calendarView?$skip=1`;
    const { graph, calls } = client(Array.from({ length: 25 }, () => ({ status: 200, body: { value: [{ id: 'same' }], '@odata.nextLink': loop } })));
    expect(await graph.listAll('m', '/me/calendarView', 'tok', {}, 100)).toEqual([{ id: 'same' }, { id: 'same' }]);
    expect(calls).toHaveLength(2);
  });

  it('answers 502 for a 200 whose value is not an array', async () => {
    for (const body of [{ value: {} }, { value: null }, {}]) {
      await expect(client([{ status: 200, body }]).graph.listAll('m', '/x', 't', {}, 10)).rejects.toMatchObject({ code: 'provider_unavailable', status: 502 });
    }
  });

  it('reports each call’s outcome and duration', async () => {
    const outcomes: string[] = [];
    const f = fakeFetch([{ status: 503, headers: { 'retry-after': '0' } }, { status: 200, body: { value: [] } }]);
    const graph = createGraphClient({ baseUrl: BASE, fetch: f.fn, sleep: async () => undefined, onCall: (o, s) => void outcomes.push(`${o}:${s >= 0}`) });
    await graph.listAll('m', '/x', 't', {}, 10);
    expect(outcomes).toEqual(['throttled:true', 'ok:true']);
  });
});
