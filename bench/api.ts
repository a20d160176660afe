import { fork, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import type { ServerReady } from './lib/api-server';
import { load } from './lib/load';
import type { Figure } from './lib/report';

const ROUNDS = 5;
const API_TARGET = 0.75;
const REQUESTS = 3000;
/** What a browser sends: the cached route splices gzip for it, the bare route ignores it. */
const BROWSER_ENCODINGS = 'gzip, deflate, br';

interface Side {
  ready: ServerReady;
  child: ChildProcess;
  /** CPU time (µs) the server has used so far. */
  cpu(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * A server under test in its own process (bench/lib/api-server.ts), so this process is only the
 * load generator and both sides are measured the same way. `BENCH_CPU_PROF=<dir>` writes a CPU
 * profile of each server under load (app.cpuprofile, bare.cpuprofile; start-up left out).
 */
function startSide(message: { kind: 'app'; env: Record<string, string> } | { kind: 'bare'; body: unknown }): Promise<Side> {
  const child = fork(join(__dirname, 'lib/api-server.ts'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return new Promise((resolve, reject) => {
    const cpu = () =>
      new Promise<number>((r) => {
        const listen = (m: unknown) => {
          if (typeof m === 'object' && m !== null && 'cpu' in m) {
            child.off('message', listen);
            r((m as { cpu: number }).cpu);
          }
        };
        child.on('message', listen);
        child.send('cpu');
      });
    child.once('message', (ready) => resolve({ ready: ready as ServerReady, child, cpu, stop: () => (child.disconnect(), exited) }));
    child.once('exit', (code) => reject(new Error(`the ${message.kind} server exited with ${code} before it was ready`)));
    child.send(message);
  });
}

/** The body as sent (still encoded): node's http client does not decode. */
function bodyBytes(url: string, headers: Record<string, string>): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Runs the in-process cache, and the Redis cache too when TEST_REDIS_URL names a server. */
export async function benchApi(): Promise<Figure[]> {
  const figures = await benchApiWith('', {});
  const redisUrl = process.env.TEST_REDIS_URL;
  if (redisUrl) figures.push(...(await benchApiWith(' [Redis cache]', { REDIS_URL: redisUrl })));
  return figures;
}

export async function benchApiWith(label: string, env: Record<string, string>): Promise<Figure[]> {
  const app = await startSide({ kind: 'app', env });
  try {
    if (app.ready.kind !== 'app') throw new Error('not the app');
    const { url: meetingsUrl, headers, coldUpstreamFetches: upstream, body } = app.ready;
    if (app.ready.coldFailures) throw new Error('a cold request failed');
    const identityBytes = (await bodyBytes(meetingsUrl, headers)).length;
    const gzipBytes = (await bodyBytes(meetingsUrl, { ...headers, 'accept-encoding': 'gzip' })).length;
    const bare = await startSide({ kind: 'bare', body });
    try {
      // Both sides get the same request headers (the bare route ignores them); the bare body is the same JSON.
      const bareBytes = (await bodyBytes(bare.ready.url, headers)).length;
      if (Math.abs(bareBytes - identityBytes) > 64) throw new Error(`bodies differ: ${identityBytes} vs ${bareBytes} bytes`);
      const gzipHeaders = { ...headers, 'accept-encoding': BROWSER_ENCODINGS };
      const runs = [
        { key: 'cached', url: meetingsUrl, headers, side: app },
        { key: 'gzip', url: meetingsUrl, headers: gzipHeaders, side: app },
        { key: 'bare', url: bare.ready.url, headers: gzipHeaders, side: bare },
      ] as const;
      const sums = { cached: 0, gzip: 0, bare: 0 };
      /** The server's CPU µs per request, summed over rounds: on a busy machine this moves less than req/s. */
      const cpuPer = { cached: 0, gzip: 0, bare: 0 };
      // Warm both up (JIT, sockets), then interleave, rotating the order each round so no side
      // always runs first or last in a round.
      for (const r of runs) await load(r.url, r.headers, 1000);
      for (let round = 0; round < ROUNDS; round++) {
        for (let i = 0; i < runs.length; i++) {
          const r = runs[(i + round) % runs.length]!;
          const cpuBefore = await r.side.cpu();
          const clientBefore = process.cpuUsage();
          const result = await load(r.url, r.headers, REQUESTS);
          const clientUsed = process.cpuUsage(clientBefore);
          const cpu = ((await r.side.cpu()) - cpuBefore) / REQUESTS;
          if (result.failures) throw new Error(`load run (${r.key}) had failures`);
          sums[r.key] += result.perSecond;
          cpuPer[r.key] += cpu;
          if (process.env.BENCH_VERBOSE) console.log(`round ${round} ${r.key}: ${result.perSecond.toFixed(0)} req/s, server ${cpu.toFixed(0)} µs CPU per request, load generator ${((clientUsed.user + clientUsed.system) / REQUESTS).toFixed(0)} µs`);
        }
      }
      const ratio = sums.cached / sums.bare;
      const gzipRatio = sums.gzip / sums.bare;
      const judged = (r: number) => (label ? {} : { target: `≥ ${API_TARGET}`, ok: r >= API_TARGET });
      return [
        { name: `cold: calendar fetches for 100 concurrent requests${label}`, value: upstream, unit: 'fetches', target: '1', ok: upstream === 1 },
        { name: `cached /api/meetings${label}`, value: sums.cached / ROUNDS, unit: 'req/s (server in its own process)' },
        { name: `cached /api/meetings, gzip${label}`, value: sums.gzip / ROUNDS, unit: 'req/s' },
        { name: `bare Express JSON route${label}`, value: sums.bare / ROUNDS, unit: 'req/s (own process, same headers and body)' },
        // The brief's bar is for the default (in-process) cache; the Redis figure is reported, not judged.
        { name: `cached /api/meetings ÷ bare Express${label}`, value: ratio, unit: `× (server CPU per request: bare ÷ cached ${(cpuPer.bare / cpuPer.cached).toFixed(3)}×, ${(cpuPer.cached / ROUNDS).toFixed(0)} vs ${(cpuPer.bare / ROUNDS).toFixed(0)} µs)`, ...judged(ratio) },
        { name: `cached /api/meetings, gzip ÷ bare Express${label}`, value: gzipRatio, unit: `× (server CPU per request: bare ÷ cached ${(cpuPer.bare / cpuPer.gzip).toFixed(3)}×, ${(cpuPer.gzip / ROUNDS).toFixed(0)} µs)`, ...judged(gzipRatio) },
        { name: `cached /api/meetings body, identity → gzip${label}`, value: identityBytes / 1024, unit: `KB → ${(gzipBytes / 1024).toFixed(1)} KB` },
      ];
    } finally {
      await bare.stop();
    }
  } finally {
    await app.stop();
  }
}

if (require.main === module) {
  benchApi()
    .then((figures) => {
      for (const f of figures) console.log(`${f.name}: ${f.value.toFixed(3)} ${f.unit}`);
    })
    .catch((err: unknown) => {
      console.error(err);
      process.exit(1);
    });
}
