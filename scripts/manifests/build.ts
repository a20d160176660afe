import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import type { ManifestInputs } from './inputs';
import { TEAMS_ICON_FILES, renderOutlookManifest, renderTeamsLanguageFiles, renderTeamsManifest } from './render';

export const REPO_ROOT = join(__dirname, '..', '..');
export const ASSETS_DIR = join(REPO_ROOT, 'assets');

export interface BuiltManifests {
  outlookPath: string;
  teamsPath: string;
}

function write(file: string, text: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/**
 * Writes `<outDir>/manifest.xml` (add-in only) and `<outDir>/teams-manifest/manifest.json`
 * (unified); with `icons`, also the package's two icons beside manifest.json, as
 * `office-addin-debugging start <dir>/manifest.json` expects to zip them from there.
 */
export function writeManifests(inputs: ManifestInputs, outDir: string, options: { icons?: boolean } = {}): BuiltManifests {
  const outlookPath = join(outDir, 'manifest.xml');
  const teamsPath = join(outDir, 'teams-manifest', 'manifest.json');
  write(outlookPath, renderOutlookManifest(inputs));
  const teams = renderTeamsManifest(inputs);
  write(teamsPath, teams);
  for (const [name, text] of Object.entries(languageFiles(teams))) write(join(outDir, 'teams-manifest', name), text);
  if (options.icons) for (const icon of TEAMS_ICON_FILES) write(join(outDir, 'teams-manifest', icon), readFileSync(join(ASSETS_DIR, icon)));
  return { outlookPath, teamsPath };
}

/** The language files the manifest's localizationInfo names, for its manifest version. */
function languageFiles(manifest: string): Record<string, string> {
  return renderTeamsLanguageFiles((JSON.parse(manifest) as { manifestVersion: string }).manifestVersion);
}

// A fixed timestamp makes the zip depend only on its contents.
const ZIP_DATE = new Date('2020-01-01T00:00:00Z');

/** The upload-ready app package: the unified manifest.json, its language files and its two icons at the zip root. */
export async function buildAppPackage(inputs: ManifestInputs): Promise<Buffer> {
  const zip = new JSZip();
  const teams = renderTeamsManifest(inputs);
  zip.file('manifest.json', teams, { date: ZIP_DATE });
  for (const [name, text] of Object.entries(languageFiles(teams))) zip.file(name, text, { date: ZIP_DATE });
  for (const icon of TEAMS_ICON_FILES) zip.file(icon, readFileSync(join(ASSETS_DIR, icon)), { date: ZIP_DATE });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
}

export async function writeAppPackage(inputs: ManifestInputs, file: string): Promise<void> {
  write(file, await buildAppPackage(inputs));
}
