/**
 * @jest-environment jsdom
 */
/** Host detection and the Office.js loader, in jsdom (no Office, no Teams: the browser host it is). */
import { detectHost, requestedHost } from '../../../src/taskpane/host/detect';
import { loadOfficeJs, OFFICE_JS_URL } from '../../../src/taskpane/host/office/loadOfficeJs';

type W = Window & { Office?: unknown };

function at(search: string): Window {
  window.history.replaceState(null, '', `/taskpane.html${search}`);
  return window;
}

// teams-js asks a CDN for its list of Teams origins as it loads; no network here.
beforeAll(() => {
  (globalThis as { fetch?: unknown }).fetch = jest.fn(async () => Promise.reject(new Error('offline')));
});

afterEach(() => {
  delete (window as W).Office;
  document.head.innerHTML = '';
});

describe('requestedHost', () => {
  it('reads the manifests’ query first, then Office.js on the page, else the browser', () => {
    expect(requestedHost(at('?host=outlook'))).toBe('office');
    expect(requestedHost(at('?host=teams'))).toBe('teams');
    expect(requestedHost(at(''))).toBe('browser');
    expect(requestedHost(at('?host=other'))).toBe('browser');
    (window as W).Office = {};
    expect(requestedHost(at(''))).toBe('office');
  });
});

describe('detectHost', () => {
  it('a plain page gets the browser host at once, with no Office.js tag added', async () => {
    const host = await detectHost(at(''));
    expect(host.kind).toBe('browser');
    expect(document.querySelector('script')).toBeNull();
  });

  it('?host=teams outside Teams (no parent window) falls back to the browser host', async () => {
    const host = await detectHost(at('?host=teams'));
    expect(host.kind).toBe('browser');
  });

  it('a script that fails to load means no Office, and the tag goes', async () => {
    const failing = loadOfficeJs(at('?host=outlook'));
    document.head.querySelector('script')!.dispatchEvent(new Event('error'));
    await expect(failing).resolves.toBeUndefined();
    expect(document.querySelector('script')).toBeNull();
  });

  it('?host=outlook outside Outlook: Office.js says no host, so the browser host, with history still usable', async () => {
    // What the CDN script does when it loads: defines Office and blanks the history API.
    const load = loadOfficeJs(at('?host=outlook'));
    const script = document.head.querySelector('script')!;
    expect(script.src).toBe(OFFICE_JS_URL);
    (window as W).Office = { onReady: async () => ({ host: null, platform: null }) };
    (window.history as { replaceState: unknown }).replaceState = null;
    script.dispatchEvent(new Event('load'));
    await expect(load).resolves.toBeUndefined();
    expect(typeof window.history.replaceState).toBe('function');
  });

  it('inside Office, resolves to the Office API', async () => {
    const office = { onReady: async () => ({ host: 'Outlook', platform: 'PC' }) };
    (window as W).Office = office;
    await expect(loadOfficeJs(window)).resolves.toBe(office);
  });
});
