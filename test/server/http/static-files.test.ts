import express from 'express';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { staticFiles } from '../../../src/server/http/static-files';

let root: string;
let app: express.Express;
const js = 'console.log("upnext");'.repeat(50);

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'upnext-static-'));
  writeFileSync(join(root, 'taskpane.0123456789ab.js'), js);
  writeFileSync(join(root, 'taskpane.0123456789ab.js.br'), brotliCompressSync(js));
  writeFileSync(join(root, 'taskpane.0123456789ab.js.gz'), gzipSync(js));
  writeFileSync(join(root, 'taskpane.html'), '<!doctype html><title>Upnext</title>');
  writeFileSync(join(root, 'taskpane.html.gz'), gzipSync('<!doctype html><title>Upnext</title>'));
  writeFileSync(join(root, 'notes.txt'), 'plain');
  writeFileSync(join(root, '.secret'), 'no');
  mkdirSync(join(root, 'img'));
  writeFileSync(join(root, 'img', 'a.svg'), '<svg/>');
  app = express();
  app.use(staticFiles(root));
  app.use((_req, res) => res.status(404).end('next'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

// The body as bytes, whatever its type.
const raw = (r: request.Test) => r.buffer(true).parse((res, cb) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
});

describe('staticFiles', () => {
  it('serves the brotli sibling to a browser that accepts it, with its type and Vary', async () => {
    const res = await raw(request(app).get('/taskpane.0123456789ab.js').set('Accept-Encoding', 'gzip, deflate, br, zstd'));
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // What went over the wire is the brotli file (supertest decodes it for us).
    expect(Number(res.headers['content-length'])).toBe(brotliCompressSync(js).length);
    expect((res.body as Buffer).toString()).toBe(js);
  });

  it('serves gzip when brotli is not accepted, and identity when nothing is', async () => {
    const gz = await raw(request(app).get('/taskpane.0123456789ab.js').set('Accept-Encoding', 'gzip'));
    expect(gz.headers['content-encoding']).toBe('gzip');
    const plain = await raw(request(app).get('/taskpane.0123456789ab.js').set('Accept-Encoding', 'identity'));
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect((plain.body as Buffer).toString()).toBe(js);
  });

  it('keeps HTML revalidated (no-cache) and answers 304 to its ETag', async () => {
    const first = await request(app).get('/taskpane.html').set('Accept-Encoding', 'gzip');
    expect(first.headers['cache-control']).toBe('no-cache');
    expect(first.headers['content-type']).toBe('text/html; charset=utf-8');
    const again = await request(app).get('/taskpane.html').set('Accept-Encoding', 'gzip').set('If-None-Match', first.headers.etag!);
    expect(again.status).toBe(304);
  });

  it('gives files without a content hash an hour, and serves subfolders', async () => {
    expect((await request(app).get('/notes.txt')).headers['cache-control']).toBe('public, max-age=3600');
    expect((await request(app).get('/notes.txt')).headers.vary).toBeUndefined();
    expect((await request(app).get('/img/a.svg')).headers['content-type']).toBe('image/svg+xml');
  });

  it('serves no dotfile, no sibling by its own name, nothing outside the folder, and only GET and HEAD', async () => {
    for (const path of ['/.secret', '/taskpane.0123456789ab.js.br', '/../etc/passwd', '/img/../.secret', '/%2e%2e/x']) {
      expect((await request(app).get(path)).text).toBe('next');
    }
    expect((await request(app).post('/taskpane.html')).text).toBe('next');
    const head = await request(app).head('/taskpane.0123456789ab.js').set('Accept-Encoding', 'br');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(brotliCompressSync(js).length));
  });
});
