import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_CLIENT_ID } from '../../src/server/config';

/**
 * The one place the manifests' host and app registration come from. Everything else in both
 * manifests (resource URI, valid domains, page URLs) is derived here, so they cannot disagree.
 */
export interface ManifestInputs {
  /** Origin the server is reached at, e.g. `https://upnext.contoso.com` (no trailing slash, no path). */
  publicUrl: string;
  /** `host[:port]` of publicUrl: Teams validDomains and the Application ID URI use it. */
  host: string;
  /** Entra app registration (client) id. */
  clientId: string;
  /** `api://<host>/<client id>`: the Application ID URI both hosts request tokens for. */
  resource: string;
  /** Origin of the sign-in authority, allowed in the Outlook add-in's AppDomains. */
  authority: string;
  /** package.json version: Teams wants semver, Outlook wants up to four numbers. */
  version: string;
}

export interface RawInputs {
  publicUrl?: string;
  clientId?: string;
  authorityHost?: string;
}

export class ManifestInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ManifestInputError';
  }
}

export { DEMO_CLIENT_ID };
/** Office and Teams load add-in pages over https only, so the manifests default to `npm run dev`'s https origin. */
export const DEFAULT_PUBLIC_URL = 'https://localhost:3000';
export const DEFAULT_AUTHORITY = 'https://login.microsoftonline.com';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Validates and derives the inputs; values absent here fall back to the environment, then the demo defaults. */
export function resolveInputs(raw: RawInputs = {}, env: NodeJS.ProcessEnv = process.env): ManifestInputs {
  const publicUrl = origin('public URL', raw.publicUrl ?? env.PUBLIC_URL ?? DEFAULT_PUBLIC_URL);
  const clientId = (raw.clientId ?? env.AZURE_CLIENT_ID ?? DEMO_CLIENT_ID).toLowerCase();
  if (!GUID.test(clientId)) throw new ManifestInputError('The client id must be a GUID (the app registration\'s Application (client) ID).');
  const authority = origin('authority', raw.authorityHost ?? env.AZURE_AUTHORITY_HOST ?? DEFAULT_AUTHORITY);
  const host = new URL(publicUrl).host;
  return { publicUrl, host, clientId, resource: `api://${host}/${clientId}`, authority, version: packageVersion() };
}

function origin(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ManifestInputError(`The ${name} is not a URL.`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    throw new ManifestInputError(`The ${name} must use https (plain http is accepted only for localhost).`);
  }
  // The web app is built for the site root (webpack publicPath '/'), and Office SSO needs the
  // Application ID URI's host to be the add-in's host: a path prefix would break both.
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username || url.password) {
    throw new ManifestInputError(`The ${name} must be an origin only (scheme, host, optional port), without path, query or credentials.`);
  }
  return url.origin;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
