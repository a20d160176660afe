import { createServer } from 'node:http';
import { compose } from './compose';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';

/** Reads the config, wires the app, listens; SIGTERM/SIGINT close cleanly. */
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
    logger.info({ port: config.port, publicUrl: config.publicUrl, authMode: config.authMode }, 'Upnext is listening');
  });
  const stop = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    server.close(() => {
      composed.close().finally(() => process.exit(0));
    });
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((err: unknown) => {
  process.stderr.write(`Upnext cannot start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
