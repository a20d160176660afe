import { DEMO_GOOGLE_ACCOUNTS, DEMO_USERS } from '../src/demo';
import { signedInDevice, type Device } from '../test/helpers/api-client';
import { googleConsent } from '../test/helpers/google-consent';
import { startApp, type RunningApp } from '../test/helpers/start-app';
import type { Figure } from './lib/report';

/** Each provider's answer takes this long (demo latency), so the figure is about fan-out, not our code. */
const OUTLOOK_MS = 120;
const GOOGLE_MS = 100;
const RUNS = 7;

async function connectGoogle(app: RunningApp, device: Device, sub: string): Promise<void> {
  const { code, state } = await googleConsent(app, device, sub);
  const res = await device.send('POST', '/api/connections/google-calendar/complete', { code, state });
  if (res.status !== 200) throw new Error(`google connect failed: ${res.status}`);
}

/** Median wall time of a cold /api/meetings (a window nobody asked for yet, so every provider is fetched). */
async function coldMs(device: Device, app: RunningApp, salt: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const from = new Date(Date.now() + (salt * 100 + i + 1) * 3600_000).toISOString();
    const started = performance.now();
    const res = await device.get(`/api/meetings?from=${encodeURIComponent(from)}`);
    if (res.status !== 200) throw new Error(`cold fetch answered ${res.status}`);
    const body = (await res.json()) as { providers: Array<{ status: string }> };
    if (body.providers.some((p) => p.status === 'error')) throw new Error('a provider failed during the bench');
    times.push(performance.now() - started);
  }
  void app;
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

/**
 * The cold merged fetch: two providers are asked in parallel, so a cold list of both costs about
 * the slower one alone (target ≤ 1.2×), not the sum.
 */
export async function benchMerged(): Promise<Figure[]> {
  const app = await startApp({ LOG_LEVEL: 'silent' });
  try {
    const [outlookOnly, googleOnly, both] = await Promise.all(DEMO_USERS.slice(0, 3).map((u) => signedInDevice(app, u.oid)));
    for (const device of [outlookOnly!, both!]) {
      if ((await device.send('POST', '/api/connections/outlook-calendar')).status !== 200) throw new Error('outlook connect failed');
    }
    await connectGoogle(app, googleOnly!, DEMO_GOOGLE_ACCOUNTS[1]!.sub);
    await connectGoogle(app, both!, DEMO_GOOGLE_ACCOUNTS[2]!.sub);
    // 100 concurrent cold requests of one user: exactly one upstream fetch per provider.
    const graphBefore = app.demo!.calendar.requestCount;
    const googleBefore = app.demo!.google!.calendar.requests.length;
    const cold = await Promise.all(Array.from({ length: 100 }, () => both!.get('/api/meetings?limit=99')));
    if (cold.some((r) => r.status !== 200)) throw new Error('a cold request failed');
    const graphFetches = app.demo!.calendar.requestCount - graphBefore;
    const googleFetches = app.demo!.google!.calendar.requests.length - googleBefore;
    // Warm the server (JIT, sockets) before measuring.
    await coldMs(both!, app, 9);
    app.demo!.calendar.setLatency(OUTLOOK_MS);
    app.demo!.google!.calendar.latencyMs = GOOGLE_MS;
    const outlook = await coldMs(outlookOnly!, app, 1);
    const google = await coldMs(googleOnly!, app, 2);
    const merged = await coldMs(both!, app, 3);
    const ratio = merged / Math.max(outlook, google);
    return [
      { name: 'cold, both connected: Outlook fetches for 100 concurrent requests', value: graphFetches, unit: 'fetches', target: '1', ok: graphFetches === 1 },
      { name: 'cold, both connected: Google fetches for 100 concurrent requests', value: googleFetches, unit: 'fetches', target: '1', ok: googleFetches === 1 },
      { name: `cold list, Outlook alone (${OUTLOOK_MS} ms upstream)`, value: outlook, unit: 'ms' },
      { name: `cold list, Google alone (${GOOGLE_MS} ms upstream)`, value: google, unit: 'ms' },
      { name: 'cold merged list, both providers', value: merged, unit: 'ms' },
      { name: 'cold merged ÷ slower provider alone', value: ratio, unit: '×', target: '≤ 1.2', ok: ratio <= 1.2 },
    ];
  } finally {
    await app.stop();
  }
}
