import { join, resolve } from 'node:path';
import { parseArgs } from './manifests/args';
import { REPO_ROOT, writeManifests } from './manifests/build';
import { ManifestInputError, resolveInputs } from './manifests/inputs';

/**
 * `npm run build:manifests -- --public-url=https://upnext.contoso.com --client-id=<guid>`
 * writes dist/manifest.xml and dist/teams-manifest/manifest.json; `--write-root` also writes the
 * repo's manifest.xml (the dev build `npm run sideload` uses). Unset flags fall back to
 * PUBLIC_URL / AZURE_CLIENT_ID / AZURE_AUTHORITY_HOST, then the demo defaults.
 */
function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const inputs = resolveInputs(options);
  const outDir = resolve(options.outDir ?? join(REPO_ROOT, 'dist'));
  const built = writeManifests(inputs, outDir, { icons: true });
  process.stdout.write(`Manifests for ${inputs.publicUrl} (client id ${inputs.clientId}):\n  ${built.outlookPath}\n  ${built.teamsPath}\n`);
  if (options.writeRoot) {
    const root = writeManifests(inputs, REPO_ROOT).outlookPath;
    process.stdout.write(`  ${root}\n`);
  }
  if (new URL(inputs.publicUrl).protocol === 'http:') {
    process.stderr.write('Warning: Outlook and Teams load add-in pages over https only; use an https public URL to sideload.\n');
  }
}

try {
  main();
} catch (err) {
  if (err instanceof ManifestInputError || err instanceof TypeError) {
    process.stderr.write(`build:manifests: ${err.message}\n`);
    process.exit(2);
  }
  throw err;
}
