import type { Response } from 'express';

/** A JSON answer's body, gzip-encoded or not. */
export interface JsonAnswer {
  body: Buffer;
  gzip: boolean;
}

/**
 * Writes a ready JSON body straight to the socket: no string round trip and no ETag (API answers
 * are `no-store`), which keeps the cached route close to a bare JSON route.
 */
export function sendJsonAnswer(res: Response, answer: JsonAnswer): void {
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  // Whether the body is compressed depends on the request's Accept-Encoding.
  res.setHeader('Vary', 'Accept-Encoding');
  if (answer.gzip) res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', answer.body.length);
  res.end(answer.body);
}
