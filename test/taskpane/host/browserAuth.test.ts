import { webcrypto } from 'node:crypto';
import { BrowserAuth } from '../../../src/taskpane/host/browser/auth';
import type { TabChannel } from '../../../src/taskpane/host/browser/tabShare';
import { AuthError } from '../../../src/taskpane/host/errors';
import { startFakeAuthority, type FakeAuthority } from './fakeAuthority';

const PANE = 'http://localhost:3000/taskpane.html';

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

let authority: FakeAuthority;
beforeEach(async () => {
  authority = await startFakeAuthority();
});
afterEach(() => authority.close());

/** The BroadcastChannel between a browser's tabs of one origin, in memory. */
class TabBus {
  private readonly listeners = new Set<(event: { data: unknown }) => void>();
  open(): TabChannel {
    const own = new Set<(event: { data: unknown }) => void>();
    return {
      postMessage: (message) => {
        const data = structuredClone(message);
        for (const l of this.listeners) if (!own.has(l)) queueMicrotask(() => l({ data }));
      },
      addEventListener: (_type, listener) => {
        own.add(listener);
        this.listeners.add(listener);
      },
      close: () => own.forEach((l) => this.listeners.delete(l)),
    };
  }
}

/** One page load of the pane: a fresh BrowserAuth sharing the tab's sessionStorage. */
function pageLoad(storage: MemoryStorage, url = PANE, clock = { now: Date.now() }, bus?: TabBus) {
  const navigations: string[] = [];
  const replaced: string[] = [];
  let configLoads = 0;
  const auth = new BrowserAuth({
    loadConfig: async () => {
      configLoads += 1;
      return { authMode: 'demo', clientId: 'client-1', authority: authority.authority, apiScope: 'api://upnext/access_as_user', providers: [] };
    },
    fetch,
    storage,
    ...(bus && { openChannel: () => bus.open() }),
    crypto: webcrypto as unknown as Crypto,
    currentUrl: () => url,
    navigate: (to) => void navigations.push(to),
    replaceUrl: (to) => void replaced.push(to),
    now: () => clock.now,
  });
  return { auth, navigations, replaced, clock, configLoads: () => configLoads };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  if (!check()) throw new Error('condition never met');
}

/** Starts sign-in, lets the fake authority issue a code, and returns the callback URL. */
async function signInRedirect(storage: MemoryStorage, issue: (authorizeUrl: string) => string = (u) => authority.issueCode(u)) {
  const first = pageLoad(storage);
  void first.auth.getToken();
  await until(() => first.navigations.length === 1);
  const authorizeUrl = first.navigations[0]!;
  const state = new URL(authorizeUrl).searchParams.get('state')!;
  return { authorizeUrl, callback: `${PANE}?code=${issue(authorizeUrl)}&state=${state}` };
}

describe('BrowserAuth', () => {
  it('redirects to the authorize endpoint with PKCE S256, state and nonce', async () => {
    const { authorizeUrl } = await signInRedirect(new MemoryStorage());
    const url = new URL(authorizeUrl);
    expect(url.origin + url.pathname).toBe(`${new URL(authority.authority).origin}/tenant/oauth2/v2.0/authorize`);
    const params = Object.fromEntries(url.searchParams);
    expect(params).toMatchObject({
      client_id: 'client-1',
      response_type: 'code',
      redirect_uri: PANE,
      code_challenge_method: 'S256',
      scope: 'openid profile offline_access api://upnext/access_as_user',
    });
    expect(params.code_challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(params.state).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(params.nonce).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('redeems the code on return, strips it from the address bar and keeps the token', async () => {
    const storage = new MemoryStorage();
    const { callback } = await signInRedirect(storage);
    const back = pageLoad(storage, callback);
    await expect(back.auth.getToken()).resolves.toBe('access-1');
    expect(back.replaced).toEqual([PANE]);
    expect(authority.tokenRequests[0]!.get('code_verifier')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // A reload in the same tab needs no network for the token.
    const reload = pageLoad(storage);
    await expect(reload.auth.getToken()).resolves.toBe('access-1');
    expect(authority.tokenRequests).toHaveLength(1);
  });

  it('refuses a response whose state it did not issue, once, then signs in again', async () => {
    const storage = new MemoryStorage();
    const { authorizeUrl } = await signInRedirect(storage);
    const forged = pageLoad(storage, `${PANE}?code=${authority.issueCode(authorizeUrl)}&state=someone-elses`);
    await expect(forged.auth.getToken()).rejects.toMatchObject({ code: 'sign_in_failed' });
    expect(authority.tokenRequests).toHaveLength(0);
    void forged.auth.getToken();
    await until(() => forged.navigations.length === 1);
  });

  it('refuses an id token carrying another nonce', async () => {
    const storage = new MemoryStorage();
    const { callback } = await signInRedirect(storage, (u) => authority.issueCode(u, { nonce: 'other' }));
    const back = pageLoad(storage, callback);
    const error = await back.auth.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).code).toBe('sign_in_failed');
  });

  it('reports an error response from the authority without redirecting', async () => {
    const storage = new MemoryStorage();
    const { authorizeUrl } = await signInRedirect(storage);
    const state = new URL(authorizeUrl).searchParams.get('state')!;
    const back = pageLoad(storage, `${PANE}?error=access_denied&state=${state}`);
    await expect(back.auth.getToken()).rejects.toMatchObject({ code: 'sign_in_failed' });
    expect(back.navigations).toHaveLength(0);
  });

  it('renews an expiring token once for concurrent callers, keeping the rotated refresh token', async () => {
    const storage = new MemoryStorage();
    const { callback } = await signInRedirect(storage);
    const back = pageLoad(storage, callback);
    await back.auth.getToken();
    back.clock.now += 59 * 60_000; // inside the renewal margin
    const tokens = await Promise.all([back.auth.getToken(), back.auth.getToken(), back.auth.getToken()]);
    expect(tokens).toEqual(['access-2', 'access-2', 'access-2']);
    expect(authority.tokenRequests.filter((f) => f.get('grant_type') === 'refresh_token')).toHaveLength(1);
    await expect(back.auth.getToken({ forceRefresh: true })).resolves.toBe('access-3');
  });

  it('goes back to the authorize endpoint when the refresh token is refused', async () => {
    const storage = new MemoryStorage();
    const { callback } = await signInRedirect(storage);
    const back = pageLoad(storage, callback);
    await back.auth.getToken();
    authority.revokeRefreshTokens();
    void back.auth.getToken({ forceRefresh: true });
    await until(() => back.navigations.length === 1);
    expect(back.navigations[0]).toContain('/oauth2/v2.0/authorize');
    expect([...storage.items.keys()].some((k) => k.startsWith('upnext.auth.tokens'))).toBe(false);
  });

  it('signs out by forgetting the tokens', async () => {
    const storage = new MemoryStorage();
    const { callback } = await signInRedirect(storage);
    const back = pageLoad(storage, callback);
    await back.auth.getToken();
    await back.auth.signOut();
    expect([...storage.items.keys()].some((k) => k.startsWith('upnext.auth.tokens'))).toBe(false);
    expect(back.navigations).toEqual([PANE]);
  });

  it('a new tab takes the session of an open tab instead of signing in again; signing out in one tab signs out all', async () => {
    const bus = new TabBus();
    const first = new MemoryStorage();
    const { callback } = await signInRedirect(first);
    const back = pageLoad(first, callback, undefined, bus);
    await expect(back.auth.getToken()).resolves.toBe('access-1');

    const secondTab = pageLoad(new MemoryStorage(), PANE, undefined, bus);
    await expect(secondTab.auth.getToken()).resolves.toBe('access-1');
    expect(secondTab.navigations).toEqual([]); // no trip to the sign-in page
    expect(authority.tokenRequests).toHaveLength(1);

    await secondTab.auth.signOut();
    await until(() => ![...first.items.keys()].some((k) => k.startsWith('upnext.auth.tokens')));
    const thirdTab = pageLoad(new MemoryStorage(), PANE, undefined, bus);
    void thirdTab.auth.getToken();
    await until(() => thirdTab.navigations.length === 1); // nobody holds a session now: sign in
    expect(new URL(thirdTab.navigations[0]!).pathname).toMatch(/authorize$/);
  });

  it('without an open tab a new tab signs in as before', async () => {
    const lonely = pageLoad(new MemoryStorage(), PANE, undefined, new TabBus());
    void lonely.auth.getToken();
    await until(() => lonely.navigations.length === 1);
  });
});
