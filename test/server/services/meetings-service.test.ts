import { randomBytes } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import type { Meeting, ProviderId } from '../../../src/shared/api';
import type { UserIdentity } from '../../../src/server/auth/user-token-verifier';
import { MemoryResultsCache } from '../../../src/server/cache/memory-cache';
import { AppError } from '../../../src/server/errors/app-error';
import { createUserSealer } from '../../../src/server/keys/user-sealer';
import type { AdopterCall } from '../../../src/server/providers/adopter';
import type { Provider } from '../../../src/server/providers/provider';
import { MeetingsService } from '../../../src/server/services/meetings-service';
import { parseMasterKeys } from '../../../src/server/vault/master-keys';
import type { TokenInjector } from '../../../src/server/vault/token-injector';

const USER: UserIdentity = { tid: 't', oid: 'o', name: 'Dana', groups: [], roles: [], assertion: 'jwt', expiresAt: 0 };
const ctx = { user: USER, userKey: randomBytes(32).toString('base64url') };
const range = { from: new Date('2026-12-01T00:00:00Z'), to: new Date('2026-12-08T00:00:00Z') };
const keys = parseMasterKeys(`k:${randomBytes(32).toString('base64')}`);

const meeting = (provider: ProviderId, start: string, title: string): Meeting => ({
  id: `${provider}:${title}`, title, start, end: start.replace('T09', 'T10'), isAllDay: false, status: 'accepted', showAs: 'busy', provider,
});

/** A provider whose adopter asks the token source first, as real ones do, then answers `behaviour`. */
function provider(id: ProviderId, behaviour: () => Promise<Meeting[]>) {
  const calls = { list: 0 };
  const p = {
    id,
    info: { id, name: id, consentText: '', icon: '' },
    connector: { authorizeUrl: () => '', redeem: async () => ({ accessToken: '', expiresAt: 0, scopes: [] }) },
    credentials: { refresh: async () => ({ accessToken: '', expiresAt: 0, scopes: [] }), classify: () => new AppError('provider_unavailable', 'x') },
    adopter: {
      async upcomingMeetings(call: AdopterCall) {
        await call.tokens.get();
        calls.list++;
        return behaviour();
      },
    },
  } as Provider;
  return { p, calls };
}

function injector(states: Partial<Record<ProviderId, 'connected' | 'not_connected' | 'void'>>) {
  const reads = { count: 0 };
  const i: TokenInjector = {
    async accessToken(_ctx, id) {
      reads.count++;
      const state = states[id] ?? 'not_connected';
      if (state === 'not_connected') throw new AppError('not_connected', 'Connect this calendar first.');
      if (state === 'void') throw new AppError('reconnect_required', 'gone');
      return 'token';
    },
    rejected: async () => undefined,
    refused: async () => undefined,
    status: async () => ({ state: 'connected' }),
  };
  return { i, reads };
}

function service(inj: TokenInjector) {
  return new MeetingsService(inj, new MemoryResultsCache({ ttlMs: 60_000, staleMs: 0 }), createUserSealer(keys), () => Date.UTC(2026, 11, 1));
}

describe('MeetingsService fan-out', () => {
  it('merges every answering provider in start order, limited, with each provider’s status', async () => {
    const outlook = provider('outlook-calendar', async () => [meeting('outlook-calendar', '2026-12-01T09:00:00.000Z', 'a'), meeting('outlook-calendar', '2026-12-03T09:00:00.000Z', 'c')]);
    const google = provider('google-calendar', async () => [meeting('google-calendar', '2026-12-02T09:00:00.000Z', 'b'), meeting('google-calendar', '2026-12-04T09:00:00.000Z', 'd')]);
    const body = JSON.parse(await service(injector({ 'outlook-calendar': 'connected', 'google-calendar': 'connected' }).i).upcomingJson(ctx, [outlook.p, google.p], range, 3));
    expect(body.meetings.map((m: Meeting) => m.title)).toEqual(['a', 'b', 'c']);
    expect(body.providers).toEqual([{ id: 'outlook-calendar', status: 'ok' }, { id: 'google-calendar', status: 'ok' }]);
  });

  it('a merged list is remembered per cached values and limit: the same bytes again, gzip too, and never another device’s', async () => {
    const many = (provider: ProviderId, day: number) =>
      Array.from({ length: 30 }, (_, i) => meeting(provider, `2026-12-0${day}T09:00:00.000Z`.replace('09:00', `${String(i % 24).padStart(2, '0')}:00`), `${provider}-${i}`));
    const outlook = provider('outlook-calendar', async () => many('outlook-calendar', 2));
    const google = provider('google-calendar', async () => many('google-calendar', 3));
    const s = service(injector({ 'outlook-calendar': 'connected', 'google-calendar': 'connected' }).i);
    const parse = (a: { chunks: readonly Buffer[]; gzip: boolean }) => JSON.parse((a.gzip ? gunzipSync(Buffer.concat(a.chunks)) : Buffer.concat(a.chunks)).toString());
    const first = parse(await s.upcomingAnswer(ctx, [outlook.p, google.p], range, 40));
    expect(first.meetings).toHaveLength(40);
    for (const gzip of [false, true, true]) {
      const again = await s.upcomingAnswer(ctx, [outlook.p, google.p], range, 40, [], gzip);
      expect(again.gzip).toBe(gzip);
      expect(parse(again).meetings).toEqual(first.meetings);
    }
    // Another limit is another merge.
    expect(parse(await s.upcomingAnswer(ctx, [outlook.p, google.p], range, 5)).meetings).toEqual(first.meetings.slice(0, 5));
    // Another device of the same user has its own values and keys: its own (equal) merge.
    const other = { ...ctx, userKey: randomBytes(32).toString('base64url') };
    expect(parse(await s.upcomingAnswer(other, [outlook.p, google.p], range, 40, [], true)).meetings).toEqual(first.meetings);
    expect(outlook.calls.list).toBe(3); // the limit is in the cache key too: 40 and 5, then the other device
  });

  it('one provider failing is `error` for it alone; the list still answers; the other is cached on its own', async () => {
    let googleUp = false;
    const outlook = provider('outlook-calendar', async () => [meeting('outlook-calendar', '2026-12-01T09:00:00.000Z', 'a')]);
    const google = provider('google-calendar', async () => {
      if (!googleUp) throw new AppError('provider_unavailable', 'down', { status: 503 });
      return [meeting('google-calendar', '2026-12-02T09:00:00.000Z', 'b')];
    });
    const s = service(injector({ 'outlook-calendar': 'connected', 'google-calendar': 'connected' }).i);
    const first = JSON.parse(await s.upcomingJson(ctx, [outlook.p, google.p], range, 10));
    expect(first.providers).toEqual([{ id: 'outlook-calendar', status: 'ok' }, { id: 'google-calendar', status: 'error' }]);
    expect(first.meetings.map((m: Meeting) => m.title)).toEqual(['a']);
    googleUp = true;
    const second = JSON.parse(await s.upcomingJson(ctx, [outlook.p, google.p], range, 10));
    expect(second.meetings.map((m: Meeting) => m.title)).toEqual(['a', 'b']);
    expect(outlook.calls.list).toBe(1); // Google's outage evicted nothing of Outlook's
    expect(google.calls.list).toBe(2);
  });

  it('not connected is cached (no vault read on the next call); reconnect_required is reported and not cached', async () => {
    const outlook = provider('outlook-calendar', async () => [meeting('outlook-calendar', '2026-12-01T09:00:00.000Z', 'a')]);
    const google = provider('google-calendar', async () => []);
    const inj = injector({ 'outlook-calendar': 'connected', 'google-calendar': 'not_connected' });
    const s = service(inj.i);
    const body = JSON.parse(await s.upcomingJson(ctx, [outlook.p, google.p], range, 10));
    expect(body.providers[1]).toEqual({ id: 'google-calendar', status: 'not_connected' });
    const reads = inj.reads.count;
    await s.upcomingJson(ctx, [outlook.p, google.p], range, 10);
    expect(inj.reads.count).toBe(reads);

    const voided = injector({ 'outlook-calendar': 'connected', 'google-calendar': 'void' });
    const v = service(voided.i);
    expect(JSON.parse(await v.upcomingJson(ctx, [outlook.p, google.p], range, 10)).providers[1]).toEqual({ id: 'google-calendar', status: 'reconnect_required' });
    const before = voided.reads.count;
    await v.upcomingJson(ctx, [outlook.p, google.p], range, 10);
    expect(voided.reads.count).toBe(before + 1);
  });

  it('when no provider answers: the failure itself, else reconnect_required, else not_connected; none usable is not_enabled', async () => {
    const down = provider('google-calendar', async () => {
      throw new AppError('provider_unavailable', 'down', { status: 503, retryAfterSeconds: 30 });
    });
    const outlook = provider('outlook-calendar', async () => []);
    await expect(service(injector({ 'google-calendar': 'connected' }).i).upcomingJson(ctx, [outlook.p, down.p], range, 10)).rejects.toMatchObject({ code: 'provider_unavailable', status: 503 });
    await expect(service(injector({ 'outlook-calendar': 'void' }).i).upcomingJson(ctx, [outlook.p, down.p], range, 10)).rejects.toMatchObject({ code: 'reconnect_required' });
    await expect(service(injector({}).i).upcomingJson(ctx, [outlook.p, down.p], range, 10)).rejects.toMatchObject({ code: 'not_connected' });
    await expect(service(injector({}).i).upcomingJson(ctx, [], range, 10)).rejects.toMatchObject({ code: 'not_enabled', status: 403 });
  });

  it('asks the providers in parallel: the second is asked before the first answers', async () => {
    const asked: ProviderId[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const gated = (id: ProviderId) =>
      provider(id, async () => {
        asked.push(id);
        if (asked.length === 2) release();
        await gate;
        return [];
      });
    const answer = service(injector({ 'outlook-calendar': 'connected', 'google-calendar': 'connected' }).i).upcomingJson(ctx, [gated('outlook-calendar').p, gated('google-calendar').p], range, 10);
    await expect(answer).resolves.toContain('"providers"');
    expect(asked).toEqual(['outlook-calendar', 'google-calendar']);
  });
});
