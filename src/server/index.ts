import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { compose } from './compose';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { shutDown } from './shutdown';

/** Reads the config, wires the app, listens; SIGTERM/SIGINT drain, then close cleanly. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`Upnext cannot start: ${err.message}\n`);
      process.exit(78);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  const composed = await compose(config, logger);
  const server = createServer(composed.app);
  server.listen(config.port, () => {
    const { port } = server.address() as AddressInfo;
    logger.info({ port, publicUrl: config.publicUrl, authMode: config.authMode, nodeEnv: config.nodeEnv }, 'Upnext is listening');
  });
  const drainMs = config.shutdownDrainSeconds * 1000;
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    // Past draining plus the close timeout something is stuck: leave anyway, non-zero.
    setTimeout(() => process.exit(1), drainMs + 15_000).unref();
    shutDown({ server, lifecycle: composed.lifecycle, closeParts: composed.close, logger, drainMs, closeTimeoutMs: 10_000 }, signal).then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((err: unknown) => {
  process.stderr.write(`Upnext cannot start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
