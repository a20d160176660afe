import type { Response } from 'express';

/** A JSON answer's body, gzip-encoded or not, as buffers written in order, uncopied (one writev). */
export interface JsonAnswer {
  chunks: readonly Buffer[];
  gzip: boolean;
}

/** The answer's bytes as one buffer (for callers that need text). */
export function answerBytes(answer: JsonAnswer): Buffer {
  return answer.chunks.length === 1 ? answer.chunks[0]! : Buffer.concat(answer.chunks);
}

/**
 * Writes a ready JSON body straight to the socket: no string round trip, no concatenation and no
 * ETag (API answers are `no-store`), which keeps the cached route close to a bare JSON route.
 */
export function sendJsonAnswer(res: Response, answer: JsonAnswer): void {
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  // Whether the body is compressed depends on the request's Accept-Encoding.
  res.setHeader('Vary', 'Accept-Encoding');
  if (answer.gzip) res.setHeader('Content-Encoding', 'gzip');
  const { chunks } = answer;
  let length = 0;
  for (const chunk of chunks) length += chunk.length;
  res.setHeader('Content-Length', length);
  // Corked, the headers and every chunk leave in one writev.
  res.cork();
  for (let i = 0; i < chunks.length - 1; i++) res.write(chunks[i]);
  res.end(chunks[chunks.length - 1]);
  res.uncork();
}
