import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { buildAppPackage } from '../../scripts/manifests/build';
import { renderTeamsManifest } from '../../scripts/manifests/render';
import { ASSETS, BUILDS } from './helpers';

describe.each(BUILDS)('Teams app package, %s build', (_name, inputs) => {
  it('holds exactly manifest.json, its language files and the two icons at the zip root, as built', async () => {
    const zip = await JSZip.loadAsync(await buildAppPackage(inputs));
    const names = Object.values(zip.files).map((f) => f.name).sort();
    expect(names).toEqual(['ar.json', 'de.json', 'fr.json', 'ja.json', 'manifest.json', 'teams-color-192.png', 'teams-outline-32.png']);
    const manifestText = await zip.file('manifest.json')!.async('string');
    expect(manifestText).toBe(renderTeamsManifest(inputs));
    const manifest = JSON.parse(manifestText) as { icons: { color: string; outline: string } };
    expect([manifest.icons.color, manifest.icons.outline].sort()).toEqual(['teams-color-192.png', 'teams-outline-32.png']);
    for (const icon of ['teams-color-192.png', 'teams-outline-32.png']) {
      expect(Buffer.from(await zip.file(icon)!.async('uint8array')).equals(readFileSync(join(ASSETS, icon)))).toBe(true);
    }
  });
});

it('is byte-for-byte reproducible from the same inputs', async () => {
  const inputs = BUILDS[1]![1];
  expect((await buildAppPackage(inputs)).equals(await buildAppPackage(inputs))).toBe(true);
});
