import { createBrowserHost } from './browser/browserHost';
import type { Host, HostKind } from './types';

/** Frames of Teams (web, new Teams, the Microsoft 365 app's Teams surface). */
const TEAMS_ORIGIN = /^https:\/\/([a-z0-9-]+\.)*(teams\.microsoft\.com|teams\.cloud\.microsoft|teams\.live\.com)$/i;

/**
 * Which host the page was opened in, without waiting on any: the manifests say so in the query
 * (`?host=outlook` from the add-in's SourceLocation, `?host=teams` from the tab's contentUrl);
 * otherwise an Office.js already on the page, or a Teams frame, decides.
 */
export function requestedHost(win: Window): HostKind {
  const host = new URLSearchParams(win.location.search).get('host');
  if (host === 'outlook' || host === 'office') return 'office';
  if (host === 'teams') return 'teams';
  if ((win as Window & { Office?: unknown }).Office) return 'office';
  if ((win as Window & { nativeInterface?: unknown }).nativeInterface !== undefined) return 'teams';
  const ancestor = win.location.ancestorOrigins?.[0];
  if (win.parent !== win && ancestor && TEAMS_ORIGIN.test(ancestor)) return 'teams';
  return 'browser';
}

/**
 * Picks the host the pane runs in. The Office and Teams hosts (and Office.js, teams-js, MSAL)
 * are dynamic imports, so the browser page never downloads them; when Office or Teams does not
 * answer after all, the pane runs as in a browser.
 */
export async function detectHost(win: Window = window): Promise<Host> {
  const kind = requestedHost(win);
  if (kind === 'office') {
    const host = await import('./office/officeHost').then((m) => m.startOfficeHost(win)).catch(() => undefined);
    if (host) return host;
  } else if (kind === 'teams') {
    const host = await import('./teams/teamsHost').then((m) => m.startTeamsHost(win)).catch(() => undefined);
    if (host) return host;
  }
  return createBrowserHost(win);
}

/**
 * outlook.html is the add-in's page (it loads Office.js from Microsoft). Opened in a plain tab,
 * Office.onReady answers with no host; signing in from there would send the authority a return
 * address no app registers (AADSTS50011), so the pane explains instead.
 */
export function isOfficeOnlyPage(win: Window): boolean {
  return /\/outlook\.html$/i.test(win.location.pathname);
}

/** taskpane.html opened as Office's sign-in dialog (see office/signInDialogPage). */
export { isSignInDialog } from './office/signInMessage';
