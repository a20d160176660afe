import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { resolveInputs, type ManifestInputs } from '../../scripts/manifests/inputs';

export const REPO = join(__dirname, '..', '..');
export const ASSETS = join(REPO, 'assets');

/** A production build and the dev build, the two shapes every manifest test runs against. */
export const BUILDS: ReadonlyArray<[string, ManifestInputs]> = [
  ['dev', resolveInputs({}, {})],
  ['production', resolveInputs({ publicUrl: 'https://upnext.contoso.com', clientId: '0b5d2c3e-9f41-4c7a-8e6b-1d2f3a4b5c6d' }, {})],
];

/** The unified manifest's schema, shipped by @microsoft/app-manifest (see scripts/manifests/app-schema.ts). */
export { newestAppSchemaVersion, appSchemaValidator } from '../../scripts/manifests/app-schema';

/**
 * The pages the web build really emits, read from webpack's HtmlWebpackPlugin instances, so a
 * manifest naming a page that no entry produces fails here rather than in Outlook.
 */
export function servedPages(): Set<string> {
  // webpack.config.js is CommonJS and named by path at run time: require is the way in.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(join(REPO, 'webpack.config.js')) as (env: unknown, argv: { mode: string }) => { plugins: object[] };
  const pages = new Set<string>();
  for (const plugin of factory({}, { mode: 'production' }).plugins) {
    const options = (plugin as { userOptions?: { filename?: unknown } }).userOptions;
    if (typeof options?.filename === 'string') pages.add(`/${options.filename}`);
  }
  return pages;
}

/** Whether a URL path is something the server answers: a built page or a file in assets/. */
export function isServedPath(pathname: string, pages: Set<string>): boolean {
  if (pages.has(pathname)) return true;
  const asset = /^\/assets\/([A-Za-z0-9._-]+)$/.exec(pathname);
  return asset !== null && existsSync(join(ASSETS, asset[1]!));
}

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
