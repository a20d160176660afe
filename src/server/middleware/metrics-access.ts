import { timingSafeEqual, createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import { AppError } from '../errors/app-error';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * /metrics is not public: it answers a caller on loopback (a local scraper or sidecar; `req.ip`
 * honours X-Forwarded-For only from a loopback proxy, so a proxied outside caller is not loopback)
 * or one presenting `Authorization: Bearer <METRICS_TOKEN>`.
 */
export function metricsAccess(metricsToken: string | undefined): RequestHandler {
  const expected = metricsToken ? hash(metricsToken) : undefined;
  return (req, _res, next) => {
    const header = req.headers.authorization;
    const bearer = typeof header === 'string' && /^bearer /i.test(header) ? header.slice(7).trim() : undefined;
    if (expected && bearer && timingSafeEqual(hash(bearer), expected)) return next();
    // Both the peer and the client it forwards for (TRUST_PROXY) must be loopback: with a hop
    // count, an outside caller could otherwise claim X-Forwarded-For: 127.0.0.1.
    if (LOOPBACK.has(req.ip ?? '') && LOOPBACK.has(req.socket.remoteAddress ?? '')) return next();
    next(new AppError('unauthenticated', 'Metrics need the metrics token.'));
  };
}

// Compared as hashes so the comparison takes the same time whatever the lengths.
function hash(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
