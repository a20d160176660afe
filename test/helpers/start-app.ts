import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { compose, type Composed } from '../../src/server/compose';
import { loadConfig, type Config } from '../../src/server/config';
import { createLogger } from '../../src/server/logger';

export interface RunningApp extends Composed {
  url: string;
  /** The listening server (shutdown tests close it themselves). */
  server: Server;
  config: Config;
  dataDir: string;
  /** Everything the server logged, raw, for breach checks. */
  logs: () => string;
  stop(): Promise<void>;
}

/**
 * The real app, demo IdP and calendar included, on an ephemeral 127.0.0.1 port. The port is
 * bound first so PUBLIC_URL (and with it every demo URL) is known before the app is wired.
 */
export async function startApp(env: Record<string, string> = {}, options: { webRoot?: string; now?: () => number } = {}): Promise<RunningApp> {
  const server: Server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const dataDir = env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'upnext-test-'));
  const config = loadConfig({ PUBLIC_URL: `http://127.0.0.1:${port}`, DATA_DIR: dataDir, LOG_LEVEL: 'info', ...env });
  let logText = '';
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logText += chunk.toString();
      cb();
    },
  });
  const composed = await compose(config, createLogger(config.logLevel, sink), { webRoot: options.webRoot ?? join(__dirname, '../../dist/web'), now: options.now });
  server.on('request', composed.app);
  return {
    ...composed,
    url: `http://127.0.0.1:${port}`,
    server,
    config,
    dataDir,
    logs: () => logText,
    async stop() {
      server.closeAllConnections();
      if (server.listening) await new Promise<void>((r) => server.close(() => r()));
      await composed.close();
      if (!env.DATA_DIR) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
