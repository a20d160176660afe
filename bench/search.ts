import { DEMO_GOOGLE_ACCOUNTS, DEMO_USERS } from '../src/demo';
import type { ProviderId, SearchResponse } from '../src/shared/api';
import { signedInDevice, type Device } from '../test/helpers/api-client';
import { googleConsent } from '../test/helpers/google-consent';
import { startApp, type RunningApp } from '../test/helpers/start-app';
import { load } from './lib/load';
import type { Figure } from './lib/report';

const ROUNDS = 3;
const REQUESTS = 3000;

/** What one upstream page holds: calendarView pages of 50, Search API pages of 25 hits, events.list pages of 250. */
const PAGE: Record<ProviderId, { dated: number; dateless: number }> = {
  'outlook-calendar': { dated: 50, dateless: 25 },
  'google-calendar': { dated: 250, dateless: 250 },
};
const NAMES: Record<ProviderId, string> = { 'outlook-calendar': 'Outlook', 'google-calendar': 'Google' };

/**
 * Search against the cached list, side by side in one run, with Outlook and Google both
 * connected: warm /api/search throughput as a ratio of the cached /api/meetings route (target
 * ≥ 0.7), and the upstream calls a cold search costs each provider per page of its results
 * (target ≤ 1), for a dated query and for a dateless one.
 */
export async function benchSearch(): Promise<Figure[]> {
  const app = await startApp({ LOG_LEVEL: 'silent' });
  try {
    const user = DEMO_USERS[0]!;
    const device = await signedInDevice(app, user.oid);
    if ((await device.send('POST', '/api/connections/outlook-calendar')).status !== 200) throw new Error('Outlook connect failed');
    const { code, state } = await googleConsent(app, device, DEMO_GOOGLE_ACCOUNTS[0]!.sub);
    if ((await device.send('POST', '/api/connections/google-calendar/complete', { code, state })).status !== 200) throw new Error('Google connect failed');

    const figures: Figure[] = [];
    for (const [kind, q] of [['dated', 'teams this week'], ['dateless', 'review']] as const) {
      const cold = await coldSearch(app, device, q, user.timeZone);
      for (const id of ['outlook-calendar', 'google-calendar'] as const) {
        const { calls, results } = cold[id];
        const pages = Math.max(1, Math.ceil(results / PAGE[id][kind]));
        figures.push({
          name: `cold ${kind} search "${q}", ${NAMES[id]}: upstream calls per page (${calls} for ${results} results)`,
          value: calls / pages,
          unit: 'calls',
          target: '≤ 1',
          ok: calls >= 1 && calls <= pages,
        });
      }
    }

    const searchUrl = `${app.url}/api/search?q=standup%20tomorrow&tz=${encodeURIComponent(user.timeZone)}`;
    const listUrl = `${app.url}/api/meetings`;
    await load(searchUrl, device.headers, 1000);
    await load(listUrl, device.headers, 1000);
    let search = 0;
    let list = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const a = await load(searchUrl, device.headers, REQUESTS);
      const b = await load(listUrl, device.headers, REQUESTS);
      if (a.failures || b.failures) throw new Error('load run had failures');
      search += a.perSecond;
      list += b.perSecond;
    }
    const ratio = search / list;
    return [
      { name: 'warm /api/search (Outlook + Google)', value: search / ROUNDS, unit: 'req/s' },
      { name: 'cached /api/meetings (same run)', value: list / ROUNDS, unit: 'req/s' },
      { name: 'warm /api/search ÷ cached /api/meetings', value: ratio, unit: '×', target: '≥ 0.7', ok: ratio >= 0.7 },
      ...figures,
    ];
  } finally {
    await app.stop();
  }
}

/** One cold search, and what it cost and found at each provider. */
async function coldSearch(app: RunningApp, device: Device, q: string, tz: string): Promise<Record<ProviderId, { calls: number; results: number }>> {
  const outlook = app.demo!.calendar;
  const google = app.demo!.google!.calendar;
  const before = { outlook: outlook.requestCount, google: google.requests.length };
  const res = await device.get(`/api/search?${new URLSearchParams({ q, tz }).toString()}`);
  if (res.status !== 200) throw new Error(`cold search ${q} answered ${res.status}`);
  const body = (await res.json()) as SearchResponse;
  if (body.providers.some((p) => p.status !== 'ok')) throw new Error(`cold search ${q}: ${JSON.stringify(body.providers)}`);
  const count = (id: ProviderId) => body.results.filter((m) => m.provider === id).length;
  return {
    'outlook-calendar': { calls: outlook.requestCount - before.outlook, results: count('outlook-calendar') },
    'google-calendar': { calls: google.requests.length - before.google, results: count('google-calendar') },
  };
}
