import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from './lib/report';

const WEB = join(__dirname, '../dist/web');
const BUDGET_KB = 146;

/**
 * The JavaScript the pane needs to paint its first meetings: the scripts taskpane.html loads
 * (webpack's initial chunks). Lazy chunks are not counted, because first paint does not wait on them.
 */
export function benchBundleSize(): Figure[] {
  const html = join(WEB, 'taskpane.html');
  if (!existsSync(html)) throw new Error('dist/web/taskpane.html is missing: run `npm run build:web` first');
  const scripts = [...readFileSync(html, 'utf8').matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)]
    .map((m) => m[1]!)
    .filter((src) => !/^https?:/.test(src));
  let gzip = 0;
  let raw = 0;
  for (const src of scripts) {
    const bytes = readFileSync(join(WEB, src.replace(/^\//, '')));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  const kb = gzip / 1024;
  return [
    { name: 'task pane initial JS (raw)', value: raw / 1024, unit: 'KB' },
    { name: 'task pane initial JS (gzip)', value: kb, unit: 'KB', target: `≤ ${BUDGET_KB} KB`, ok: kb <= BUDGET_KB },
  ];
}
