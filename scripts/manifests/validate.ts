import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPngHeader } from '../icons/png';
import { ASSETS_DIR } from './build';
import { checkAppManifest, checkLanguageFiles } from './check-app-manifest';
import { checkOutlookManifest } from './check-outlook-manifest';
import type { ManifestInputs } from './inputs';
import { OUTLOOK_ADDIN_ID, renderOutlookManifest, renderTeamsLanguageFiles, renderTeamsManifest } from './render';

/** Pixel size of an icon the manifests name, read from assets/ (they are served from there). */
export function assetImageSize(url: string): { width: number; height: number } | undefined {
  const match = /^\/assets\/([A-Za-z0-9._-]+\.png)$/.exec(new URL(url).pathname);
  const file = match && join(ASSETS_DIR, match[1]!);
  if (!file || !existsSync(file)) return undefined;
  return readPngHeader(readFileSync(file));
}

export interface ValidationReport {
  name: string;
  problems: string[];
}

/** Both manifests as built from these inputs, checked offline; `extra` adds files already on disk. */
export function validateManifests(inputs: ManifestInputs, extra: Array<{ name: string; text: string; kind: 'xml' | 'json' }> = []): ValidationReport[] {
  const check = (kind: 'xml' | 'json', text: string) =>
    kind === 'xml' ? checkOutlookManifest(text, { imageSize: assetImageSize }) : checkAppManifest(text, { outlookAddinId: OUTLOOK_ADDIN_ID });
  const teams = renderTeamsManifest(inputs);
  const version = (JSON.parse(teams) as { manifestVersion: string }).manifestVersion;
  return [
    { name: `manifest.xml for ${inputs.publicUrl}`, problems: check('xml', renderOutlookManifest(inputs)) },
    { name: `unified manifest.json for ${inputs.publicUrl}`, problems: check('json', teams) },
    { name: `unified manifest's language files`, problems: checkLanguageFiles(teams, renderTeamsLanguageFiles(version)) },
    ...extra.map((e) => ({ name: e.name, problems: check(e.kind, e.text) })),
  ];
}
