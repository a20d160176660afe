/**
 * Where the first-paint JavaScript goes: the pane is built once more without module
 * concatenation (so each module keeps its own function in the output), the initial chunk is
 * parsed, and every module's minified bytes are summed by package (or by `src/` folder).
 * Figures are for that build, a little larger than the served one; the shares are what matter.
 * Run alone with `npx tsx bench/bundle-analysis.ts`.
 */
import { parse } from 'acorn';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import webpack from 'webpack';

export interface ModuleShare {
  name: string;
  bytes: number;
  gzip: number;
  brotli: number;
}

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** The modules object of a webpack chunk: the object literal with the most function-valued properties. */
function moduleMap(source: string): Map<string, string> {
  const ast = parse(source, { ecmaVersion: 'latest', sourceType: 'script' }) as unknown as Node;
  let best: Node[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as Node;
    if (n.type === 'ObjectExpression') {
      const props = (n.properties as Node[]).filter((p) => p.type === 'Property' && /Function/.test((p.value as Node).type));
      if (props.length > best.length) best = props;
    }
    for (const key of Object.keys(n)) if (key !== 'type' && key !== 'start' && key !== 'end') visit(n[key]);
  };
  visit(ast);
  const map = new Map<string, string>();
  for (const p of best) {
    const key = p.key as Node & { value?: unknown; name?: string };
    const value = p.value as Node;
    map.set(String(key.value ?? key.name), source.slice(value.start, value.end));
  }
  return map;
}

/** `node_modules/@fluentui/react-icons/...` → `@fluentui/react-icons`; `./src/taskpane/components/X.tsx` → `src/taskpane/components`. */
function groupOf(name: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(name);
  if (pkg) return pkg[1]!;
  return name.replace(/^\.\//, '').replace(/ \+ \d+ modules$/, '').split('/').slice(0, -1).join('/') || name;
}

export async function analyseFirstPaint(top = 12): Promise<{ groups: ModuleShare[]; totalBytes: number }> {
  const out = mkdtempSync(join(tmpdir(), 'upnext-bundle-'));
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require('../webpack.config.js')(undefined, { mode: 'production' });
    config.output = { ...config.output, path: out, clean: false };
    config.optimization = { ...config.optimization, concatenateModules: false };
    config.plugins = config.plugins.filter((p: object) => p.constructor.name !== 'CompressionPlugin');
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      webpack(config, (err, s) => (err || !s ? reject(err) : s.hasErrors() ? reject(new Error(s.toString('errors-only'))) : resolve(s))),
    );
    const json = stats.toJson({ all: false, modules: true, chunks: true, entrypoints: true, ids: true });
    const names = new Map<string, string>();
    for (const m of json.modules ?? []) if (m.id !== undefined && m.id !== null) names.set(String(m.id), m.name ?? String(m.id));
    const files = (json.entrypoints?.taskpane?.assets ?? []).map((a) => a.name).filter((f) => f.endsWith('.js'));
    const sources = new Map<string, string[]>();
    let totalBytes = 0;
    for (const file of files) {
      for (const [id, body] of moduleMap(readFileSync(join(out, file), 'utf8'))) {
        const group = groupOf(names.get(id) ?? id);
        sources.set(group, [...(sources.get(group) ?? []), body]);
        totalBytes += Buffer.byteLength(body);
      }
    }
    const groups = [...sources].map(([name, bodies]) => {
      const text = Buffer.from(bodies.join('\n'));
      return { name, bytes: text.length, gzip: gzipSync(text, { level: 9 }).length, brotli: brotliCompressSync(text).length };
    });
    groups.sort((a, b) => b.bytes - a.bytes);
    return { groups: groups.slice(0, top), totalBytes };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (require.main === module) {
  analyseFirstPaint(30)
    .then(({ groups, totalBytes }) => {
      for (const g of groups) console.log(`${g.name.padEnd(44)} ${(g.bytes / 1024).toFixed(1).padStart(7)} KB  ${((g.bytes / totalBytes) * 100).toFixed(1).padStart(5)}%  br ${(g.brotli / 1024).toFixed(1)} KB  gz ${(g.gzip / 1024).toFixed(1)} KB`);
    })
    .catch((err: unknown) => {
      console.error(err);
      process.exit(1);
    });
}
