import { startApp } from '../../helpers/start-app';

/** The access log's client address for one request from 127.0.0.1 claiming to forward 203.0.113.7. */
async function loggedAddress(env: Record<string, string>): Promise<string> {
  const app = await startApp(env);
  try {
    await fetch(`${app.url}/healthz`, { headers: { 'x-forwarded-for': '203.0.113.7' } });
    await new Promise((r) => setTimeout(r, 20));
    const line = app.logs().split('\n').find((l) => l.includes('"url":"/healthz"'))!;
    return (JSON.parse(line) as { req: { remoteAddress: string } }).req.remoteAddress;
  } finally {
    await app.stop();
  }
}

it('believes X-Forwarded-For from a loopback proxy by default (TRUST_PROXY=loopback)', async () => {
  expect(await loggedAddress({})).toBe('203.0.113.7');
});

it('ignores it with TRUST_PROXY=false, and from a proxy not listed', async () => {
  expect(await loggedAddress({ TRUST_PROXY: 'false' })).toBe('127.0.0.1');
  expect(await loggedAddress({ TRUST_PROXY: '10.0.0.0/8' })).toBe('127.0.0.1');
});
