import { join, resolve } from 'node:path';
import { parseArgs } from './manifests/args';
import { REPO_ROOT, writeManifests, writeTeamsPackage } from './manifests/build';
import { ManifestInputError, resolveInputs } from './manifests/inputs';

/**
 * `npm run package:teams -- --public-url=https://upnext.contoso.com --client-id=<guid>` writes
 * dist/upnext-teams.zip, ready for Teams admin center → Manage apps → Upload. Same inputs and
 * defaults as build:manifests, so the zip always matches dist/teams-manifest/manifest.json.
 */
async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.writeRoot) throw new TypeError('--write-root belongs to build:manifests.');
  const inputs = resolveInputs(options);
  const outDir = resolve(options.outDir ?? join(REPO_ROOT, 'dist'));
  writeManifests(inputs, outDir);
  const zip = join(outDir, 'upnext-teams.zip');
  await writeTeamsPackage(inputs, zip);
  process.stdout.write(`Teams app package for ${inputs.publicUrl} (client id ${inputs.clientId}): ${zip}\n`);
}

main().catch((err: unknown) => {
  if (err instanceof ManifestInputError || err instanceof TypeError) {
    process.stderr.write(`package:teams: ${err.message}\n`);
    process.exit(2);
  }
  throw err;
});
