import type { Request, Response } from 'express';
import { metricsAccess } from '../../../src/server/middleware/metrics-access';
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

it('/metrics stays loopback-only when a hop count is trusted: a forwarded outside caller is refused', async () => {
  const app = await startApp({ TRUST_PROXY: '1' });
  try {
    // The peer is loopback here, so only the forwarded address can tell: 203.0.113.7 is outside.
    expect((await fetch(`${app.url}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.7' } })).status).toBe(401);
    expect((await fetch(`${app.url}/metrics`, { headers: { 'x-forwarded-for': '127.0.0.1' } })).status).toBe(200);
    expect((await fetch(`${app.url}/metrics`)).status).toBe(200);
  } finally {
    await app.stop();
  }
});

it('/metrics refuses a caller whose own address is outside even when the forwarded one claims loopback', () => {
  const check = metricsAccess(undefined);
  const outcome = (ip: string, peer: string) => {
    let passed: unknown = 'not called';
    check({ headers: {}, ip, socket: { remoteAddress: peer } } as unknown as Request, {} as Response, (err?: unknown) => (passed = err));
    return passed;
  };
  expect(outcome('127.0.0.1', '127.0.0.1')).toBeUndefined();
  expect(outcome('127.0.0.1', '203.0.113.9')).toMatchObject({ code: 'unauthenticated' });
  expect(outcome('203.0.113.9', '127.0.0.1')).toMatchObject({ code: 'unauthenticated' });
});
