import type { RequestHandler } from 'express';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { chooseCoding, type Coding } from './content-coding';

/**
 * The built front end, served from memory with the build's precompressed siblings (`x.js.br`,
 * `x.js.gz`) chosen by Accept-Encoding. Content-hashed files (webpack's `name.<12 hex>.js`) are
 * immutable for a year; HTML is `no-cache` (always revalidated, by ETag); anything else an hour.
 * The folder is read when the server starts: a rebuild is picked up by a restart.
 */
interface Variant {
  body: Buffer;
  etag: string;
}

interface StaticFile {
  type: string;
  cacheControl: string;
  identity: Variant;
  encoded: Partial<Record<Coding, Variant>>;
  /** The codings held, best first. */
  codings: Coding[];
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const SUFFIX: Record<Coding, string> = { br: '.br', gzip: '.gz' };
/** webpack's `[contenthash:12]` in a file name: the bytes under it never change. */
const CONTENT_HASHED = /\.[0-9a-f]{12}\.(?:js|css)$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';

function variant(body: Buffer): Variant {
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(root, join(d.parentPath, d.name)).split(sep).join('/'));
}

export function loadStaticFiles(root: string): Map<string, StaticFile> {
  const names = new Set(listFiles(root));
  const files = new Map<string, StaticFile>();
  for (const name of names) {
    if (name.endsWith('.br') || name.endsWith('.gz') || name.split('/').some((part) => part.startsWith('.'))) continue;
    const type = TYPES[extname(name)] ?? 'application/octet-stream';
    const encoded: Partial<Record<Coding, Variant>> = {};
    const codings: Coding[] = [];
    for (const coding of ['br', 'gzip'] as const) {
      if (!names.has(name + SUFFIX[coding])) continue;
      encoded[coding] = variant(readFileSync(join(root, name + SUFFIX[coding])));
      codings.push(coding);
    }
    const cacheControl = CONTENT_HASHED.test(name) ? IMMUTABLE : name.endsWith('.html') ? 'no-cache' : 'public, max-age=3600';
    files.set('/' + name, { type, cacheControl, identity: variant(readFileSync(join(root, name))), encoded, codings });
  }
  return files;
}

/** GET and HEAD for the files under `root`; anything else goes on to the next handler. */
export function staticFiles(root: string): RequestHandler {
  const files = loadStaticFiles(root);
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const file = files.get(req.path);
    if (!file) return next();
    const coding = chooseCoding(req.headers['accept-encoding'], file.codings);
    const chosen = (coding && file.encoded[coding]) || file.identity;
    res.setHeader('Content-Type', file.type);
    res.setHeader('Cache-Control', file.cacheControl);
    if (file.codings.length) res.setHeader('Vary', 'Accept-Encoding');
    if (coding) res.setHeader('Content-Encoding', coding);
    res.setHeader('ETag', chosen.etag);
    if (matches(req.headers['if-none-match'], chosen.etag)) {
      res.statusCode = 304;
      res.end();
      return;
    }
    res.setHeader('Content-Length', chosen.body.length);
    res.end(req.method === 'HEAD' ? undefined : chosen.body);
  };
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
