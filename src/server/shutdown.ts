import type { Server } from 'node:http';
import type { Logger } from 'pino';
import type { Lifecycle } from './lifecycle';

export interface ShutdownParts {
  server: Server;
  lifecycle: Lifecycle;
  /** Closes the store and the cache, once no request is left. */
  closeParts(): Promise<void>;
  logger: Logger;
  /** /readyz answers 503 this long while the server still serves, so load balancers move away first. */
  drainMs: number;
  /** After draining, in-flight requests get this long to finish before their connections are cut. */
  closeTimeoutMs: number;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Graceful shutdown: readiness turns 503 (draining) while the server keeps answering, then it
 * stops accepting connections, lets in-flight requests finish (cutting what is left after the
 * timeout), and only then closes the database and cache they may still be using.
 */
export async function shutDown(parts: ShutdownParts, signal: string): Promise<void> {
  const { server, lifecycle, logger } = parts;
  lifecycle.startDraining();
  logger.info({ signal, drainMs: parts.drainMs }, 'draining: readiness now answers 503');
  await sleep(parts.drainMs);
  logger.info('closing: no new connections; waiting for requests in flight');
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const cut = setTimeout(() => {
    logger.warn('requests still in flight after the close timeout: closing their connections');
    server.closeAllConnections();
  }, parts.closeTimeoutMs);
  cut.unref();
  await closed;
  clearTimeout(cut);
  await parts.closeParts();
  logger.info('stopped');
}
