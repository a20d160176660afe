import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from './manifests/args';
import { REPO_ROOT } from './manifests/build';
import { ManifestInputError, resolveInputs } from './manifests/inputs';
import { validateManifests } from './manifests/validate';

/**
 * `npm run validate [-- --public-url=… --client-id=…]` checks, offline, both manifests as
 * build:manifests would write them for these inputs, the repository's own manifest.xml, and the
 * files under dist/ when they exist. The unified manifest is checked against the schema
 * @microsoft/app-manifest ships; the XML by our structural checks (Microsoft's
 * `office-addin-manifest validate` calls an online service). Exit 1 on any problem.
 */
function main(): number {
  const options = parseArgs(process.argv.slice(2));
  if (options.writeRoot) throw new TypeError('--write-root belongs to build:manifests.');
  const inputs = resolveInputs(options);
  const outDir = options.outDir ?? join(REPO_ROOT, 'dist');
  const onDisk: Array<{ file: string; kind: 'xml' | 'json' }> = [
    { file: join(REPO_ROOT, 'manifest.xml'), kind: 'xml' },
    { file: join(outDir, 'manifest.xml'), kind: 'xml' },
    { file: join(outDir, 'teams-manifest', 'manifest.json'), kind: 'json' },
  ];
  const extra = onDisk
    .filter((f) => existsSync(f.file))
    .map((f) => ({ name: relative(REPO_ROOT, f.file), text: readFileSync(f.file, 'utf8'), kind: f.kind }));
  let failed = 0;
  for (const report of validateManifests(inputs, extra)) {
    if (report.problems.length === 0) {
      process.stdout.write(`ok    ${report.name}\n`);
      continue;
    }
    failed++;
    process.stdout.write(`FAIL  ${report.name}\n${report.problems.map((p) => `        ${p}\n`).join('')}`);
  }
  return failed ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (err) {
  if (err instanceof ManifestInputError || err instanceof TypeError) {
    process.stderr.write(`validate: ${err.message}\n`);
    process.exit(2);
  }
  throw err;
}
