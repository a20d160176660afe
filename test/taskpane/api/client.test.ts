import { createApiClient } from '../../../src/taskpane/api/client';
import { ApiError } from '../../../src/taskpane/api/errors';
import { AuthError } from '../../../src/taskpane/host/errors';

type Call = { url: string; authorization: string | null };

function fakeServer(answers: Array<{ status: number; body: unknown }>) {
  const calls: Call[] = [];
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), authorization: new Headers(init?.headers).get('authorization') });
    const answer = answers.shift();
    if (!answer) throw new Error('unexpected call');
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { calls, fetchFn };
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
});
