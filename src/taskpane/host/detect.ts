import { createBrowserHost } from './browser/browserHost';
import type { Host } from './types';

/**
 * Picks the host the pane runs in. Only the browser host exists today; the Office host
 * (Office.js, nested app auth) and the Teams host (teams-js) are added here, each loaded with
 * a dynamic import so the browser page never downloads them.
 */
export async function detectHost(win: Window = window): Promise<Host> {
  return createBrowserHost(win);
}
