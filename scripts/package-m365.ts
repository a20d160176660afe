import { join, resolve } from 'node:path';
import { parseArgs } from './manifests/args';
import { REPO_ROOT, writeManifests, writeAppPackage } from './manifests/build';
import { ManifestInputError, resolveInputs } from './manifests/inputs';

/**
 * `npm run package:m365 -- --public-url=https://upnext.contoso.com --client-id=<guid>` (or its
 * old name `package:teams`) writes dist/upnext-m365.zip: the one app package, with the unified
 * manifest, that carries the Teams personal tab and the Outlook add-in, ready for the Microsoft 365
 * admin center (Integrated apps) or Teams admin center upload. Same inputs and defaults as
 * build:manifests, so the zip always matches dist/teams-manifest/manifest.json.
 */
async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.writeRoot) throw new TypeError('--write-root belongs to build:manifests.');
  const inputs = resolveInputs(options);
  const outDir = resolve(options.outDir ?? join(REPO_ROOT, 'dist'));
  writeManifests(inputs, outDir, { icons: true });
  const zip = join(outDir, 'upnext-m365.zip');
  await writeAppPackage(inputs, zip);
  process.stdout.write(`Microsoft 365 app package (Teams tab + Outlook add-in) for ${inputs.publicUrl} (client id ${inputs.clientId}): ${zip}\n`);
}

main().catch((err: unknown) => {
  if (err instanceof ManifestInputError || err instanceof TypeError) {
    process.stderr.write(`package:m365: ${err.message}\n`);
    process.exit(2);
  }
  throw err;
});
