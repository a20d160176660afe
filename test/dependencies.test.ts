import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveInputs } from '../scripts/manifests/inputs';
import { writeManifests } from '../scripts/manifests/build';

const REPO = join(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const CHROMIUM = '/usr/bin/chromium';

describe('dependency hygiene', () => {
  it('pins playwright-core exactly, to the Chromium the browser suite drives', () => {
    const pinned = pkg.devDependencies['playwright-core']!;
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    const browsers = JSON.parse(readFileSync(join(REPO, 'node_modules', 'playwright-core', 'browsers.json'), 'utf8')) as { browsers: Array<{ name: string; browserVersion: string }> };
    const target = browsers.browsers.find((b) => b.name === 'chromium')!.browserVersion;
    if (!existsSync(CHROMIUM)) {
      // Without the browser the e2e suite says so loudly (and fails under E2E_REQUIRE_BROWSER=1).
      expect(process.env.E2E_REQUIRE_BROWSER).not.toBe('1');
      return;
    }
    const installed = /Chromium (\d+)\.\d+\.(\d+)/.exec(execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }));
    expect(installed).not.toBeNull();
    const [major, , build] = target.split('.');
    expect([installed![1], installed![2]]).toEqual([major, build]);
  });

  it('runs every npx tool at an exact version, never whatever is latest', () => {
    const npx = Object.values(pkg.scripts).flatMap((s) => [...s.matchAll(/npx (?:--yes )?(\S+)/g)].map((m) => m[1]!));
    expect(npx.length).toBeGreaterThan(0);
    for (const tool of npx) expect(tool).toMatch(/^(@[^/]+\/)?[a-z0-9-]+@\d+\.\d+\.\d+$/);
  });

  it('uses jose 6 (ESM), which both jest and Node load', async () => {
    expect(pkg.dependencies.jose).toMatch(/^\^6\./);
    const jose = await import('jose');
    expect(typeof jose.jwtVerify).toBe('function');
    // The production server is CommonJS: Node >= 20.19 loads ESM-only jose through require().
    const out = execFileSync(process.execPath, ['-e', "process.stdout.write(typeof require('jose').decodeJwt)"], { cwd: REPO, encoding: 'utf8' });
    expect(out).toBe('function');
  });
});

it('build:manifests puts the package icons and language files beside dist/teams-manifest/manifest.json, as sideloading zips them from there', () => {
  const out = mkdtempSync(join(tmpdir(), 'upnext-manifests-'));
  try {
    writeManifests(resolveInputs({}, {}), out, { icons: true });
    expect(readdirSync(join(out, 'teams-manifest')).sort()).toEqual(['ar.json', 'de.json', 'fr.json', 'ja.json', 'manifest.json', 'teams-color-192.png', 'teams-outline-32.png']);
    expect(pkg.scripts.sideload).toContain('start dist/teams-manifest/manifest.json');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
