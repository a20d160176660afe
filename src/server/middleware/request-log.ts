import type { RequestHandler } from 'express';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Metrics } from '../lib/metrics';
import { redactUrl } from '../logger';

declare module 'express-serve-static-core' {
  interface Request {
    id?: string;
    log?: Logger;
  }
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;
const CHILD = Symbol('request logger');

/**
 * Request id, one access-log line and the request metrics (count and duration), in one `finish` listener. Leaner than
 * pino-http (no child logger per request unless someone asks for `req.log`), which keeps the cached
 * API path within the brief's throughput bar. Logs method, path with secret query values masked,
 * status, time and the client address (through the proxies TRUST_PROXY names): never headers,
 * which carry tokens and the user key.
 */
export function requestLog(logger: Logger, metrics: Metrics): RequestHandler {
  const withLog = new WeakSet<object>();
  return (req, res, next) => {
    const started = performance.now();
    const incoming = req.headers['x-request-id'];
    const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    req.id = id;
    res.setHeader('X-Request-Id', id);
    // `req.log` is a getter on this app's request prototype, defined once: a per-request
    // defineProperty would cost on every request and turn each request object into a slow one.
    const proto = Object.getPrototypeOf(req) as object;
    if (!withLog.has(proto)) {
      withLog.add(proto);
      Object.defineProperty(proto, 'log', {
        configurable: true,
        get(this: { id?: string; [CHILD]?: Logger }) {
          return (this[CHILD] ??= logger.child({ reqId: this.id }));
        },
      });
    }
    res.on('finish', () => {
      const status = res.statusCode;
      const route = req.route?.path ?? (status === 404 ? 'unmatched' : req.originalUrl.startsWith('/api/') ? '/api (before a route)' : 'static');
      metrics.request(req.method, String(route), status, (performance.now() - started) / 1000);
      const level = status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
      if (!logger.isLevelEnabled(level)) return;
      logger[level](
        { req: { id, method: req.method, url: redactUrl(req.originalUrl), remoteAddress: req.ip }, res: { statusCode: status }, responseTime: Math.round(performance.now() - started) },
        'request completed',
      );
    });
    next();
  };
}
