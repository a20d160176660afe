import { DEMO_USERS } from '../src/demo';
import { signedInDevice } from '../test/helpers/api-client';
import { startApp } from '../test/helpers/start-app';
import { load } from './lib/load';
import type { Figure } from './lib/report';

const ROUNDS = 3;
const REQUESTS = 3000;

/**
 * Search against the cached list, side by side: warm /api/search throughput as a ratio of the
 * cached /api/meetings route (target ≥ 0.7), and the upstream calls a cold search costs per
 * provider and page of results (target ≤ 1) for a dated query and for a dateless one.
 */
export async function benchSearch(): Promise<Figure[]> {
  const app = await startApp({ LOG_LEVEL: 'silent' });
  try {
    const user = DEMO_USERS[0]!;
    const device = await signedInDevice(app, user.oid);
    if ((await device.send('POST', '/api/connections/outlook-calendar')).status !== 200) throw new Error('connect failed');
    const calls = app.demo!.calendar;

    const cold = async (q: string) => {
      const before = calls.requestCount;
      const res = await device.get(`/api/search?${new URLSearchParams({ q, tz: user.timeZone }).toString()}`);
      if (res.status !== 200) throw new Error(`cold search ${q} answered ${res.status}`);
      const body = (await res.json()) as { results: unknown[] };
      return { calls: calls.requestCount - before, results: body.results.length };
    };
    const dated = await cold('teams this week');
    const dateless = await cold('review');
    // A page of results is what one upstream page holds: 50 events for calendarView, 25 hits for the Search API.
    const datedPages = Math.max(1, Math.ceil(dated.results / 50));
    const datelessPages = Math.max(1, Math.ceil(dateless.results / 25));

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
      { name: 'warm /api/search', value: search / ROUNDS, unit: 'req/s' },
      { name: 'cached /api/meetings (same run)', value: list / ROUNDS, unit: 'req/s' },
      { name: 'warm /api/search ÷ cached /api/meetings', value: ratio, unit: '×', target: '≥ 0.7', ok: ratio >= 0.7 },
      { name: `cold dated search: upstream calls per page (${dated.calls} for ${dated.results} results)`, value: dated.calls / datedPages, unit: 'calls', target: '≤ 1', ok: dated.calls <= datedPages },
      // Dateless words: one Search API call per 25 hits, plus one JSON batch per 20 hits (hits carry no join link).
      { name: `cold dateless search: upstream calls per page (${dateless.calls} for ${dateless.results} results)`, value: dateless.calls / datelessPages, unit: 'calls', target: '≤ 1', ok: dateless.calls <= datelessPages },
    ];
  } finally {
    await app.stop();
  }
}
