import type { MeetingsResponse } from '../../../src/shared/api';
import type { ApiClient, MeetingsQuery } from '../../../src/taskpane/api/client';
import { ApiError } from '../../../src/taskpane/api/errors';
import { FIRST_MEETINGS, withHeadStart } from '../../../src/taskpane/api/headStart';

const T0 = Date.parse('2026-03-02T09:00:00Z');
const DAY = 86_400_000;
const answer = (title: string): MeetingsResponse => ({ meetings: [], stale: false, generatedAt: title, providers: [] });

function setup(getMeetings: (q: MeetingsQuery) => Promise<MeetingsResponse>) {
  let clock = T0;
  const calls: MeetingsQuery[] = [];
  const api = {
    getMe: jest.fn(async () => ({ user: { tid: 't', oid: 'o', name: 'D', isAdmin: false }, integrations: [] })),
    getMeetings: jest.fn((q: MeetingsQuery) => {
      calls.push(q);
      return getMeetings(q);
    }),
  } as unknown as ApiClient;
  const wrapped = withHeadStart(api, () => clock);
  const first = (at: number): MeetingsQuery => ({ from: new Date(at), to: new Date(at + FIRST_MEETINGS.days * DAY), limit: FIRST_MEETINGS.limit });
  return { wrapped, calls, first, api, tick: (ms: number) => (clock += ms) };
}

describe('withHeadStart', () => {
  it('asks for the first list with /api/me, and the first load takes that answer', async () => {
    let n = 0;
    const { wrapped, calls, first, tick } = setup(async () => answer(`answer ${++n}`));
    await wrapped.getMe();
    expect(calls).toHaveLength(1);
    tick(150);
    expect((await wrapped.getMeetings(first(T0 + 150))).generatedAt).toBe('answer 1');
    expect(calls).toHaveLength(1);
    // Used once: the next load is a refresh.
    expect((await wrapped.getMeetings(first(T0 + 150))).generatedAt).toBe('answer 2');
    await wrapped.getMe();
    expect(calls).toHaveLength(2);
  });

  it('leaves a different or late query to the server', async () => {
    const { wrapped, calls, first, tick } = setup(async () => answer('x'));
    await wrapped.getMe();
    await wrapped.getMeetings({ ...first(T0), limit: 5 });
    await wrapped.getMeetings({ from: new Date(T0), to: new Date(T0 + DAY), limit: FIRST_MEETINGS.limit });
    expect(calls).toHaveLength(3);
    tick(31_000);
    await wrapped.getMeetings(first(T0 + 31_000));
    expect(calls).toHaveLength(4);
  });

  it('primed before the first render, the hook\'s /api/me and first list take the answers', async () => {
    const { wrapped, calls, first, api } = setup(async () => answer('primed'));
    wrapped.prime();
    expect(calls).toHaveLength(1);
    expect(api.getMe).toHaveBeenCalledTimes(1);
    await wrapped.getMe();
    expect(api.getMe).toHaveBeenCalledTimes(1);
    await wrapped.getMe(); // a later check goes to the server
    expect(api.getMe).toHaveBeenCalledTimes(2);
    expect((await wrapped.getMeetings(first(T0))).generatedAt).toBe('primed');
    expect(calls).toHaveLength(1);
  });

  it('asks again when the head start failed', async () => {
    let n = 0;
    const { wrapped, calls, first } = setup(async () => {
      if (++n === 1) throw new ApiError('network_error', 'offline');
      return answer('second');
    });
    await wrapped.getMe();
    expect((await wrapped.getMeetings(first(T0))).generatedAt).toBe('second');
    expect(calls).toHaveLength(2);
  });
});
