import { DEMO_USERS } from '../../src/demo';
import { signedInDevice } from '../helpers/api-client';
import { startApp, type RunningApp } from '../helpers/start-app';

const TOKEN = 'metrics-token-for-tests-0123456789';
// What a caller outside looks like behind a reverse proxy on this host.
const OUTSIDE = { 'x-forwarded-for': '203.0.113.9' };

describe('/metrics', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ METRICS_TOKEN: TOKEN });
  });
  afterAll(() => app.stop());

  it('is refused to an outside caller without the token, and the token is never echoed', async () => {
    for (const auth of [undefined, 'Bearer wrong-token-0123456789', `Basic ${TOKEN}`]) {
      const res = await fetch(`${app.url}/metrics`, { headers: { ...OUTSIDE, ...(auth ? { authorization: auth } : {}) } });
      expect(res.status).toBe(401);
      expect(await res.text()).not.toContain('upnext_');
    }
    expect(app.logs()).not.toContain(TOKEN);
  });

  it('answers an outside caller with the bearer token, and a loopback caller without', async () => {
    expect((await fetch(`${app.url}/metrics`, { headers: { ...OUTSIDE, authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    expect((await fetch(`${app.url}/metrics`)).status).toBe(200);
  });

  it('has request durations by route and status, upstream calls, cache results, breaker state and process metrics', async () => {
    const device = await signedInDevice(app, DEMO_USERS[0]!.oid);
    await device.send('POST', '/api/connections/outlook-calendar');
    await device.get('/api/meetings');
    await device.get('/api/meetings');
    const text = await (await fetch(`${app.url}/metrics`)).text();
    expect(text).toMatch(/upnext_http_request_duration_seconds_bucket\{le="[^"]+",method="GET",route="\/api\/meetings",status="200"\}/);
    expect(text).toMatch(/upnext_upstream_call_duration_seconds_count\{provider="outlook-calendar",outcome="ok"\} [1-9]/);
    // One cache entry per offered provider: Outlook's meetings and Google's "not connected", each a
    // miss on the first list and a hit on the second.
    expect(text).toMatch(/upnext_cache_results_total\{result="miss"\} 2/);
    expect(text).toMatch(/upnext_cache_results_total\{result="hit"\} 2/);
    expect(text).toContain('upnext_circuit_breaker_open{dependency="redis"} 0');
    expect(text).toContain('upnext_process_cpu_seconds_total');
    expect(text).toContain('upnext_nodejs_eventloop_lag_seconds');
  });
});
