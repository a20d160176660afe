/**
 * Which URLs auth-start.html may send a window on to: only Upnext's own consent requests on the
 * configured authority. An origin check alone would pass any page there (another app's
 * authorize with its own redirect, logout with a post-logout redirect): an open redirect.
 */
import type { ClientConfig } from '../../shared/api';
import { isLoopback } from '../host/browser/discovery';

/** After the authority host's path: the tenant (a GUID, a domain, `organizations`), then the endpoint. */
const ENDPOINT = /^\/[A-Za-z0-9][A-Za-z0-9.-]{0,254}\/(?:oauth2\/v2\.0\/authorize|v2\.0\/adminconsent)$/;

/**
 * The authority host: ClientConfig.authority is `<authority host>/organizations`, and Entra's
 * endpoints sit under the host with the tenant first (the demo's host has a path, `/demo/login`).
 */
export function authorityHostOf(authority: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(authority);
  } catch {
    return undefined;
  }
  const path = url.pathname.replace(/\/+$/, '');
  url.pathname = path.slice(0, path.lastIndexOf('/'));
  url.search = '';
  url.hash = '';
  return url;
}

/** One value of a query parameter; a repeated one could be read differently by the authority. */
function single(url: URL, name: string): string | undefined {
  const values = url.searchParams.getAll(name);
  return values.length === 1 ? values[0] : undefined;
}

/**
 * True when `target` is an authorize or admin-consent request on the configured authority, for
 * this app (`client_id`), coming back to this origin's auth-end page (`redirect_uri`).
 */
export function isConsentRequest(target: URL, config: ClientConfig, ownOrigin: string): boolean {
  if (config.providers.some((p) => p.consentWindow && isFixedConsentRequest(target, p.consentWindow, ownOrigin))) return true;
  const host = authorityHostOf(config.authority);
  if (!host) return false;
  if (target.protocol !== 'https:' && !(target.protocol === 'http:' && isLoopback(target.hostname))) return false;
  if (target.origin !== host.origin || target.username || target.password) return false;
  const prefix = host.pathname.replace(/\/+$/, '');
  if (!target.pathname.startsWith(prefix + '/')) return false;
  const rest = target.pathname.slice(prefix.length);
  if (!ENDPOINT.test(rest)) return false;
  return config.clientId !== '' && single(target, 'client_id') === config.clientId && single(target, 'redirect_uri') === `${ownOrigin}/auth-end.html`;
}

/**
 * A provider whose consent window opens at one fixed URL (Google): exactly that URL, our client id
 * there, and this origin's auth-end page.
 */
function isFixedConsentRequest(target: URL, window: { url: string; clientId: string }, ownOrigin: string): boolean {
  let expected: URL;
  try {
    expected = new URL(window.url);
  } catch {
    return false;
  }
  if (target.protocol !== 'https:' && !(target.protocol === 'http:' && isLoopback(target.hostname))) return false;
  if (target.origin !== expected.origin || target.pathname !== expected.pathname || target.username || target.password || target.hash) return false;
  return window.clientId !== '' && single(target, 'client_id') === window.clientId && single(target, 'redirect_uri') === `${ownOrigin}/auth-end.html`;
}
