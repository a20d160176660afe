import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from './lib/report';

const WEB = join(__dirname, '../dist/web');

/**
 * The scripts taskpane.html loads (webpack's initial chunks) as they lie on disk: raw, gzip and
 * the build's brotli file. The judged figure is what Chromium transfers (bench/first-load.ts),
 * which also counts any chunk first paint pulls in.
 */
export function benchBundleSize(): Figure[] {
  const html = join(WEB, 'taskpane.html');
  if (!existsSync(html)) throw new Error('dist/web/taskpane.html is missing: run `npm run build:web` first');
  const scripts = [...readFileSync(html, 'utf8').matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)]
    .map((m) => m[1]!)
    .filter((src) => !/^https?:/.test(src));
  let gzip = 0;
  let raw = 0;
  let brotli = 0;
  for (const src of scripts) {
    const file = join(WEB, src.replace(/^\//, ''));
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    brotli += existsSync(`${file}.br`) ? readFileSync(`${file}.br`).length : NaN;
  }
  return [
    { name: 'task pane initial JS on disk (raw)', value: raw / 1024, unit: 'KB' },
    { name: 'task pane initial JS on disk (gzip -9)', value: gzip / 1024, unit: 'KB' },
    { name: 'task pane initial JS on disk (brotli, as built)', value: brotli / 1024, unit: 'KB' },
  ];
}
