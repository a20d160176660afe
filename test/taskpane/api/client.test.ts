import { createApiClient } from '../../../src/taskpane/api/client';
import { ApiError } from '../../../src/taskpane/api/errors';
import { AuthError } from '../../../src/taskpane/host/errors';

type Call = { url: string; authorization: string | null };
type FullCall = { method: string; url: string; userKey: string | null; contentType: string | null; body: unknown };

function fakeServer(answers: Array<{ status: number; body: unknown }>) {
  const calls: Call[] = [];
  const full: FullCall[] = [];
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    calls.push({ url: String(input), authorization: headers.get('authorization') });
    full.push({
      method: init?.method ?? 'GET',
      url: String(input),
      userKey: headers.get('x-user-key'),
      contentType: headers.get('content-type'),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : init?.body,
    });
    const answer = answers.shift();
    if (!answer) throw new Error('unexpected call');
    const body = answer.status === 204 ? null : JSON.stringify(answer.body);
    return new Response(body, { status: answer.status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { calls, full, fetchFn };
}

function tokens() {
  const requests: Array<boolean | undefined> = [];
  let n = 0;
  return {
    requests,
    getToken: async (options?: { forceRefresh?: boolean }) => {
      requests.push(options?.forceRefresh);
      n += 1;
      return `jwt-${n}`;
    },
  };
}

const meetings = { meetings: [], stale: false, generatedAt: '2024-05-01T14:00:00Z' };
const errorBody = (code: string) => ({ error: { code, message: `because ${code}`, requestId: 'req-1' } });

describe('api client', () => {
  it('sends the bearer token and the query', async () => {
    const server = fakeServer([{ status: 200, body: meetings }]);
    const client = createApiClient({ ...tokens(), fetch: server.fetchFn, baseUrl: 'http://api' });
    await expect(
      client.getMeetings({ from: new Date('2024-05-01T14:00:00Z'), to: new Date('2024-05-08T14:00:00Z'), limit: 50 }),
    ).resolves.toEqual(meetings);
    expect(server.calls).toEqual([
      {
        url: 'http://api/api/meetings?from=2024-05-01T14%3A00%3A00.000Z&to=2024-05-08T14%3A00%3A00.000Z&limit=50',
        authorization: 'Bearer jwt-1',
      },
    ]);
  });

  it('renews the token once on invalid_token', async () => {
    const server = fakeServer([{ status: 401, body: errorBody('invalid_token') }, { status: 200, body: meetings }]);
    const auth = tokens();
    const client = createApiClient({ getToken: auth.getToken, fetch: server.fetchFn });
    await client.getMe();
    expect(auth.requests).toEqual([undefined, true]);
    expect(server.calls.map((c) => c.authorization)).toEqual(['Bearer jwt-1', 'Bearer jwt-2']);
  });

  it('gives up after the second invalid_token', async () => {
    const server = fakeServer([
      { status: 401, body: errorBody('invalid_token') },
      { status: 401, body: errorBody('invalid_token') },
    ]);
    const client = createApiClient({ ...tokens(), fetch: server.fetchFn });
    await expect(client.getMe()).rejects.toMatchObject({ code: 'invalid_token', details: { status: 401, requestId: 'req-1' } });
    expect(server.calls).toHaveLength(2);
  });

  it('maps error bodies to typed codes, and unknown bodies to bad_response', async () => {
    const server = fakeServer([
      { status: 409, body: errorBody('consent_required') },
      { status: 502, body: '<html>bad gateway</html>' },
    ]);
    const client = createApiClient({ ...tokens(), fetch: server.fetchFn });
    const first = await client.getMe().catch((e: unknown) => e);
    expect(first).toBeInstanceOf(ApiError);
    expect(first).toMatchObject({ code: 'consent_required', message: 'because consent_required' });
    await expect(client.getMe()).rejects.toMatchObject({ code: 'bad_response', details: { status: 502 } });
  });

  it('reports network and sign-in failures with their own codes', async () => {
    const offline = createApiClient({
      ...tokens(),
      fetch: (async () => {
        throw new TypeError('fetch failed');
      }) as typeof fetch,
    });
    await expect(offline.getMe()).rejects.toMatchObject({ code: 'network_error' });
    const signedOut = createApiClient({
      getToken: async () => {
        throw new AuthError('sign_in_failed', 'Sign-in did not complete (access_denied).');
      },
      fetch: fakeServer([]).fetchFn,
    });
    await expect(signedOut.getMe()).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('sends this device\'s user key for the token\'s user on every call', async () => {
    const server = fakeServer([
      { status: 200, body: meetings },
      { status: 200, body: { provider: 'outlook-calendar', state: 'connected' } },
      { status: 200, body: { provider: 'outlook-calendar', state: 'connected' } },
      { status: 204, body: null },
    ]);
    const keyFor = jest.fn((bearer: string) => `key-for-${bearer}`);
    const client = createApiClient({ ...tokens(), userKey: keyFor, fetch: server.fetchFn });
    await client.getMeetings({ from: new Date(0), to: new Date(1) });
    await client.connect('outlook-calendar');
    await client.completeConnect('outlook-calendar', { code: 'the-code', state: 'the-state' });
    await client.disconnect('outlook-calendar');
    expect(server.full.map((c) => [c.method, c.url.replace(/\?.*$/, ''), c.userKey])).toEqual([
      ['GET', '/api/meetings', 'key-for-jwt-1'],
      ['POST', '/api/connections/outlook-calendar', 'key-for-jwt-2'],
      ['POST', '/api/connections/outlook-calendar/complete', 'key-for-jwt-3'],
      ['DELETE', '/api/connections/outlook-calendar', 'key-for-jwt-4'],
    ]);
    expect(server.full[2]).toMatchObject({ contentType: 'application/json', body: { code: 'the-code', state: 'the-state' } });
    expect(server.full[1]!.body).toBeUndefined();
  });

  it('hands the consent URL of a 409 to the caller', async () => {
    const url = 'https://login.example/tid/oauth2/v2.0/authorize?state=s';
    const server = fakeServer([{ status: 409, body: { error: { code: 'consent_required', message: 'consent', requestId: 'r', url } } }]);
    const client = createApiClient({ ...tokens(), fetch: server.fetchFn });
    await expect(client.connect('outlook-calendar')).rejects.toMatchObject({ code: 'consent_required', details: { status: 409, url } });
  });
});
