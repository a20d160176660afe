/**
 * What auth-start.html may go on to: Upnext's own authorize and admin-consent requests on the
 * configured authority, for its client id, coming back to this origin's auth-end page. Anything
 * else on the authority (another app's authorize, logout, other endpoints) would make the page
 * an open redirect.
 */
import type { ClientConfig } from '../../../src/shared/api';
import { authorityHostOf, isConsentRequest } from '../../../src/taskpane/auth-start/target';

const TID = '7c1e2f3a-5b64-4d8e-9f0a-1b2c3d4e5f60';
const ORIGIN = 'https://upnext.contoso.com';
const BACK = encodeURIComponent(`${ORIGIN}/auth-end.html`);
const ENTRA: ClientConfig = { authMode: 'entra', clientId: 'cid-1', authority: 'https://login.microsoftonline.com/organizations', apiScope: 'api://upnext.contoso.com/cid-1/access_as_user', providers: [] };
const DEMO_ORIGIN = 'http://localhost:3000';
const DEMO: ClientConfig = { authMode: 'demo', clientId: 'demo-client', authority: `${DEMO_ORIGIN}/demo/login/organizations`, apiScope: 'api://localhost:3000/demo-client/access_as_user', providers: [] };
const DEMO_BACK = encodeURIComponent(`${DEMO_ORIGIN}/auth-end.html`);

const entra = (url: string) => isConsentRequest(new URL(url), ENTRA, ORIGIN);
const demo = (url: string) => isConsentRequest(new URL(url), DEMO, DEMO_ORIGIN);

describe('authorityHostOf', () => {
  it('drops the last segment of the configured authority', () => {
    expect(authorityHostOf(ENTRA.authority)?.href).toBe('https://login.microsoftonline.com/');
    expect(authorityHostOf(DEMO.authority)?.href).toBe(`${DEMO_ORIGIN}/demo/login`);
    expect(authorityHostOf(`${DEMO.authority}/`)?.href).toBe(`${DEMO_ORIGIN}/demo/login`);
    expect(authorityHostOf('not a url')).toBeUndefined();
  });
});

describe('isConsentRequest accepts', () => {
  it.each([
    ['Entra authorize (the connect flow)', `https://login.microsoftonline.com/${TID}/oauth2/v2.0/authorize?client_id=cid-1&response_type=code&redirect_uri=${BACK}&scope=openid%20Calendars.Read&state=s1&code_challenge=x&code_challenge_method=S256`],
    ['Entra admin consent', `https://login.microsoftonline.com/${TID}/v2.0/adminconsent?client_id=cid-1&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&redirect_uri=${BACK}`],
    ['a domain as tenant', `https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize?client_id=cid-1&redirect_uri=${BACK}`],
    ['organizations as tenant', `https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id=cid-1&redirect_uri=${BACK}`],
  ])('%s', (_, url) => {
    expect(entra(url)).toBe(true);
  });

  it.each([
    ['demo authorize', `${DEMO_ORIGIN}/demo/login/${TID}/oauth2/v2.0/authorize?client_id=demo-client&response_type=code&redirect_uri=${DEMO_BACK}&state=s1`],
    ['demo admin consent', `${DEMO_ORIGIN}/demo/login/${TID}/v2.0/adminconsent?client_id=demo-client&redirect_uri=${DEMO_BACK}`],
  ])('%s (loopback http, path prefix)', (_, url) => {
    expect(demo(url)).toBe(true);
  });
});

describe('isConsentRequest refuses', () => {
  const ok = `/${TID}/oauth2/v2.0/authorize`;
  it.each([
    ['another site', `https://evil.example${ok}?client_id=cid-1&redirect_uri=${BACK}`],
    ['a lookalike host', `https://login.microsoftonline.com.evil.example${ok}?client_id=cid-1&redirect_uri=${BACK}`],
    ['plain http to a non-loopback authority', `http://login.microsoftonline.com${ok}?client_id=cid-1&redirect_uri=${BACK}`],
    ['credentials in the URL', `https://u:p@login.microsoftonline.com${ok}?client_id=cid-1&redirect_uri=${BACK}`],
    ['another port', `https://login.microsoftonline.com:8443${ok}?client_id=cid-1&redirect_uri=${BACK}`],
    ["another app's authorize", `https://login.microsoftonline.com${ok}?client_id=other-app&redirect_uri=${BACK}`],
    ["another app's authorize sending the code elsewhere", `https://login.microsoftonline.com${ok}?client_id=other-app&redirect_uri=https%3A%2F%2Fevil.example%2Fcb`],
    ['our client id with a redirect elsewhere', `https://login.microsoftonline.com${ok}?client_id=cid-1&redirect_uri=https%3A%2F%2Fevil.example%2Fauth-end.html`],
    ['a redirect to another page of ours', `https://login.microsoftonline.com${ok}?client_id=cid-1&redirect_uri=${encodeURIComponent(`${ORIGIN}/taskpane.html`)}`],
    ['a redirect with extra query', `https://login.microsoftonline.com${ok}?client_id=cid-1&redirect_uri=${encodeURIComponent(`${ORIGIN}/auth-end.html?x=1`)}`],
    ['no redirect_uri', `https://login.microsoftonline.com${ok}?client_id=cid-1`],
    ['no client_id', `https://login.microsoftonline.com${ok}?redirect_uri=${BACK}`],
    ['a repeated client_id', `https://login.microsoftonline.com${ok}?client_id=cid-1&client_id=other-app&redirect_uri=${BACK}`],
    ['a repeated redirect_uri', `https://login.microsoftonline.com${ok}?client_id=cid-1&redirect_uri=${BACK}&redirect_uri=https%3A%2F%2Fevil.example%2F`],
    ['logout with a post-logout redirect', `https://login.microsoftonline.com/${TID}/oauth2/v2.0/logout?post_logout_redirect_uri=https%3A%2F%2Fevil.example&client_id=cid-1&redirect_uri=${BACK}`],
    ['the v1 authorize endpoint', `https://login.microsoftonline.com/${TID}/oauth2/authorize?client_id=cid-1&redirect_uri=${BACK}`],
    ['the v1 admin consent endpoint', `https://login.microsoftonline.com/${TID}/adminconsent?client_id=cid-1&redirect_uri=${BACK}`],
    ['the device-code page', `https://login.microsoftonline.com/common/oauth2/deviceauth?client_id=cid-1&redirect_uri=${BACK}`],
    ['authorize without a tenant', `https://login.microsoftonline.com/oauth2/v2.0/authorize?client_id=cid-1&redirect_uri=${BACK}`],
    ['a nested path before the tenant', `https://login.microsoftonline.com/x/${TID}/oauth2/v2.0/authorize?client_id=cid-1&redirect_uri=${BACK}`],
    ['an encoded slash in the tenant', `https://login.microsoftonline.com/a%2F..%2Fb/oauth2/v2.0/authorize?client_id=cid-1&redirect_uri=${BACK}`],
    ['a trailing segment', `https://login.microsoftonline.com${ok}/x?client_id=cid-1&redirect_uri=${BACK}`],
    ['the authority root', `https://login.microsoftonline.com/?client_id=cid-1&redirect_uri=${BACK}`],
    ['javascript:', 'javascript:alert(1)//login.microsoftonline.com'],
  ])('%s', (_, url) => {
    expect(entra(url)).toBe(false);
  });

  it.each([
    ['the demo path without its prefix', `${DEMO_ORIGIN}/${TID}/oauth2/v2.0/authorize?client_id=demo-client&redirect_uri=${DEMO_BACK}`],
    ['another prefix on the demo origin', `${DEMO_ORIGIN}/demo/other/${TID}/oauth2/v2.0/authorize?client_id=demo-client&redirect_uri=${DEMO_BACK}`],
    ['a prefix lookalike', `${DEMO_ORIGIN}/demo/login-evil/${TID}/oauth2/v2.0/authorize?client_id=demo-client&redirect_uri=${DEMO_BACK}`],
    ['an Entra-style request sent to the demo', `https://login.microsoftonline.com/${TID}/oauth2/v2.0/authorize?client_id=demo-client&redirect_uri=${DEMO_BACK}`],
    ['the demo logout', `${DEMO_ORIGIN}/demo/login/${TID}/oauth2/v2.0/logout?post_logout_redirect_uri=https%3A%2F%2Fevil.example`],
  ])('%s', (_, url) => {
    expect(demo(url)).toBe(false);
  });

  it('anything when the configured client id is empty', () => {
    const url = new URL(`https://login.microsoftonline.com${ok}?client_id=&redirect_uri=${BACK}`);
    expect(isConsentRequest(url, { ...ENTRA, clientId: '' }, ORIGIN)).toBe(false);
  });
});

describe('isConsentRequest for a provider with a fixed consent URL (Google)', () => {
  const GOOGLE: ClientConfig = {
    ...ENTRA,
    providers: [{ id: 'google-calendar', name: 'Google Calendar', consentText: '', icon: '', consentWindow: { url: 'https://accounts.google.com/o/oauth2/v2/auth', clientId: 'g1.apps.googleusercontent.com' } }],
  };
  const own = 'https://upnext.contoso.com';
  const url = (over: Record<string, string> = {}, base = 'https://accounts.google.com/o/oauth2/v2/auth') =>
    new URL(`${base}?${new URLSearchParams({ client_id: 'g1.apps.googleusercontent.com', redirect_uri: `${own}/auth-end.html`, response_type: 'code', ...over })}`);

  it('accepts our Google authorize request', () => {
    expect(isConsentRequest(url(), GOOGLE, own)).toBe(true);
  });
  it('refuses another client, another redirect, another path or host', () => {
    expect(isConsentRequest(url({ client_id: 'other.apps.googleusercontent.com' }), GOOGLE, own)).toBe(false);
    expect(isConsentRequest(url({ redirect_uri: 'https://evil.example/auth-end.html' }), GOOGLE, own)).toBe(false);
    expect(isConsentRequest(url({}, 'https://accounts.google.com/logout'), GOOGLE, own)).toBe(false);
    expect(isConsentRequest(url({}, 'https://accounts.google.com.evil.example/o/oauth2/v2/auth'), GOOGLE, own)).toBe(false);
    expect(isConsentRequest(url(), { ...GOOGLE, providers: [] }, own)).toBe(false);
  });
});
