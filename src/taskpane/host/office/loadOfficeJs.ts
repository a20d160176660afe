import { withTimeout } from '../withTimeout';
import type { OfficeApi } from './officeApi';

/** Microsoft's CDN: the store requires Office.js from there, never bundled. */
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** Office.onReady answers at once in a host and outside one; this only guards a script that never runs. */
const READY_TIMEOUT_MS = 8_000;

type OfficeWindow = Window & { Office?: OfficeApi };

/**
 * Adds the Office.js script tag (once) and waits for Office.onReady. Resolves to the Office API
 * inside an Office host, or undefined when the page is not in one (Office.js answers with a null
 * host), the script cannot load, or it never gets ready.
 */
export async function loadOfficeJs(win: Window): Promise<OfficeApi | undefined> {
  const w = win as OfficeWindow;
  const history = win.history;
  // Office.js blanks history.replaceState/pushState; the browser host (our fallback) needs them.
  const { replaceState, pushState } = history;
  try {
    if (!w.Office) await withTimeout(injectScript(win), READY_TIMEOUT_MS, 'Office.js');
    const office = w.Office;
    if (!office) return undefined;
    const info = await withTimeout(office.onReady(), READY_TIMEOUT_MS, 'Office.onReady');
    return info.host ? office : undefined;
  } catch {
    return undefined;
  } finally {
    if (typeof history.replaceState !== 'function') history.replaceState = replaceState;
    if (typeof history.pushState !== 'function') history.pushState = pushState;
  }
}

const pending = new WeakMap<Window, Promise<void>>();

function injectScript(win: Window): Promise<void> {
  let loading = pending.get(win);
  if (!loading) {
    loading = new Promise<void>((resolve, reject) => {
      const script = win.document.createElement('script');
      script.src = OFFICE_JS_URL;
      script.onload = () => resolve();
      script.onerror = () => {
        // Let a later call try again.
        pending.delete(win);
        script.remove();
        reject(new Error('Office.js did not load'));
      };
      win.document.head.appendChild(script);
    });
    pending.set(win, loading);
  }
  return loading;
}
