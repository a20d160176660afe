/**
 * Demo mode's stand-ins for Microsoft Entra and Microsoft Graph. Production code talks to them over HTTP
 * exactly as to the real services; only the base URLs differ. Never mounted in `entra` mode.
 */
import type { Router } from 'express';
import { DemoAuthority } from './idp/authority';
import { loadOrCreateSigningKey } from './idp/keys';
import { createIdpRouter } from './idp/router';
import { DemoCalendar } from './graph/calendar';
import { createGraphRouter } from './graph/router';
import { createGoogleDemo, type GoogleDemo } from './google';

export { DEMO_TENANT_ID, DEMO_TENANT_DOMAIN, DEMO_USERS, DEMO_GROUPS, ADMIN_APP_ROLE, type DemoUser } from './users';
export { DemoAuthority, type TokenGrantKind } from './idp/authority';
export { DemoCalendar, type InjectedStatus } from './graph/calendar';
export type { DemoTokenClaims, TokenOverrides } from './idp/tokens';
export type { GraphEvent } from './graph/types';
export { DEMO_GOOGLE_ACCOUNTS, DemoGoogleCalendar, DemoGoogleOAuth, type DemoGoogleAccount, type GoogleDemo } from './google';

export interface DemoOptions {
  /** Absolute URL where `idp` is mounted, e.g. 'http://localhost:3000/demo/login'. */
  authorityHost: string;
  /** Absolute URL where `graph` is mounted, e.g. 'http://localhost:3000/demo/graph/v1.0'. */
  graphBaseUrl: string;
  /** The Upnext app registration (SPA client id and API audience). */
  clientId: string;
  /** The Upnext confidential-client secret, for on-behalf-of and code redemption by the server. */
  clientSecret: string;
  /** Origins whose redirect_uri the authorize endpoint accepts. */
  allowedRedirectOrigins: string[];
  /** When set, only these exact redirect URIs are accepted, as Entra does for a registered app. */
  allowedRedirectUris?: string[];
  /** If set, the RSA signing key is kept here (mode 0600) so tokens survive restarts. */
  dataDir?: string;
  /** Clock in ms, for tests. */
  now?: () => number;
  /** The Google OAuth client the Google stand-in accepts; its redirect URIs are `allowedRedirectUris`. */
  google?: { clientId: string; clientSecret: string };
}

export interface Demo {
  idp: Router;
  graph: Router;
  authority: DemoAuthority;
  calendar: DemoCalendar;
  google?: GoogleDemo;
}

export function createDemo(opts: DemoOptions): Demo {
  const now = opts.now ?? Date.now;
  const authorityHost = trimSlash(opts.authorityHost);
  const graphBaseUrl = trimSlash(opts.graphBaseUrl);
  for (const [name, value] of [['authorityHost', authorityHost], ['graphBaseUrl', graphBaseUrl]] as const) {
    if (!/^https?:\/\//.test(value) || !URL.canParse(value)) throw new TypeError(`${name} must be an absolute http(s) URL`);
  }
  if (!opts.clientId || !opts.clientSecret) throw new TypeError('clientId and clientSecret are required');
  const authority = new DemoAuthority({
    authorityHost,
    clientId: opts.clientId,
    clientSecret: opts.clientSecret,
    allowedRedirectOrigins: opts.allowedRedirectOrigins.map((o) => new URL(o).origin),
    allowedRedirectUris: opts.allowedRedirectUris,
    key: loadOrCreateSigningKey(opts.dataDir),
    now,
  });
  const calendar = new DemoCalendar(now);
  return {
    idp: createIdpRouter(authority),
    graph: createGraphRouter({ authority, calendar, graphBaseUrl, now }),
    authority,
    calendar,
    ...(opts.google && {
      google: createGoogleDemo({ ...opts.google, redirectUris: opts.allowedRedirectUris ?? opts.allowedRedirectOrigins.map((o) => `${o}/auth-end.html`), now }),
    }),
  };
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
