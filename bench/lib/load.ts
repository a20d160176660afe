import { Agent, request } from 'node:http';

export interface LoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
  failures: number;
}

/**
 * A bounded keep-alive load on loopback: `concurrency` workers issue GETs until `total` requests
 * are done. Bounded in count, so it always stops by itself.
 */
export async function load(url: string, headers: Record<string, string>, total: number, concurrency = 16): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const target = new URL(url);
  let issued = 0;
  let failures = 0;
  const one = () =>
    new Promise<void>((resolve) => {
      const req = request({ host: target.hostname, port: target.port, path: target.pathname + target.search, headers, agent }, (res) => {
        if (res.statusCode !== 200) failures++;
        res.resume();
        res.on('end', resolve);
      });
      req.on('error', () => {
        failures++;
        resolve();
      });
      req.end();
    });
  const worker = async () => {
    while (issued < total) {
      issued++;
      await one();
    }
  };
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  agent.destroy();
  return { requests: total, seconds, perSecond: total / seconds, failures };
}
