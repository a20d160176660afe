/**
 * Google-shaped OAuth endpoints: `/o/oauth2/v2/auth` (account chooser, consent with granular
 * scopes, code + PKCE), `/token` (authorization_code, refresh_token; client secret required) and
 * `/revoke`. Errors as Google answers them: on the redirect for consent outcomes, a page for a bad
 * client or redirect URI, `{error, error_description}` from the token endpoint.
 */
import express, { type Request, type Response, type Router } from 'express';
import { DEMO_GOOGLE_ACCOUNTS, findGoogleAccount } from './accounts';
import { oauthError } from './errors';
import { GOOGLE_CALENDAR_EVENTS_READONLY, GOOGLE_CALENDAR_READONLY, type DemoGoogleOAuth } from './oauth';
import { chooserPage, consentPage, errorPage } from './pages';

const KNOWN_SCOPES = new Set(['openid', 'email', 'profile', GOOGLE_CALENDAR_EVENTS_READONLY, GOOGLE_CALENDAR_READONLY]);
const DESCRIBED: Record<string, string> = {
  [GOOGLE_CALENDAR_EVENTS_READONLY]: 'View events on all your calendars',
  [GOOGLE_CALENDAR_READONLY]: 'See and download any calendar you can access using your Google Calendar',
};
const APP_NAME = 'Upnext';

export function createGoogleOAuthRouter(oauth: DemoGoogleOAuth): Router {
  const router = express.Router();
  const form = express.urlencoded({ extended: false, limit: '16kb' });

  /** Checks what Google checks before showing anything: the client and its registered redirect. */
  function validate(params: URLSearchParams, res: Response): { scopes: string[] } | undefined {
    const single = (name: string) => (params.getAll(name).length === 1 ? params.get(name)! : undefined);
    if (single('client_id') !== oauth.options.clientId) {
      res.status(401).type('html').send(errorPage('Error 401: invalid_client. The OAuth client was not found.'));
      return undefined;
    }
    const redirect = single('redirect_uri');
    if (!redirect || !oauth.isRegisteredRedirect(redirect)) {
      res.status(400).type('html').send(errorPage('Error 400: redirect_uri_mismatch.'));
      return undefined;
    }
    const back = (error: string) => redirectBack(res, redirect, { error, ...(params.get('state') !== null && { state: params.get('state')! }) });
    if (single('response_type') !== 'code') return void back('unsupported_response_type');
    const scopes = (single('scope') ?? '').split(' ').filter(Boolean);
    if (scopes.length === 0 || scopes.some((s) => !KNOWN_SCOPES.has(s))) return void back('invalid_scope');
    const method = params.get('code_challenge_method');
    if (params.get('code_challenge') !== null && method !== 'S256' && method !== 'plain' && method !== null) return void back('invalid_request');
    return { scopes };
  }

  router.get('/o/oauth2/v2/auth', (req: Request, res: Response) => {
    const params = new URLSearchParams(req.originalUrl.slice(req.originalUrl.indexOf('?') + 1));
    const ok = validate(params, res);
    if (!ok) return;
    const account = findGoogleAccount(params.get('authuser') ?? '');
    const action = `${req.baseUrl}/o/oauth2/v2/auth`;
    if (!account) {
      res.type('html').send(chooserPage(action, params, DEMO_GOOGLE_ACCOUNTS, APP_NAME));
      return;
    }
    res.type('html').send(consentPage(`${action}/approve`, params, account, ok.scopes, APP_NAME, (s) => DESCRIBED[s]));
  });

  router.post('/o/oauth2/v2/auth/approve', form, (req: Request, res: Response) => {
    const body = req.body as Record<string, string | string[]>;
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(body)) if (k !== 'decision' && k !== 'granted') params.set(k, String(v));
    const ok = validate(params, res);
    if (!ok) return;
    const redirect = params.get('redirect_uri')!;
    const state = params.get('state');
    const account = findGoogleAccount(params.get('authuser') ?? '');
    if (!account || body.decision !== 'allow') {
      redirectBack(res, redirect, { error: 'access_denied', ...(state !== null && { state }) });
      return;
    }
    // Granular consent: the optional scopes the person left ticked, plus the sign-in ones.
    const ticked = new Set([body.granted ?? []].flat().map(String));
    const scopes = ok.scopes.filter((s) => DESCRIBED[s] === undefined || ticked.has(s));
    const code = oauth.issueCode({
      account,
      clientId: params.get('client_id')!,
      redirectUri: redirect,
      scopes,
      ...(params.get('code_challenge') && { challenge: params.get('code_challenge')! }),
      offline: params.get('access_type') === 'offline',
      forceConsent: (params.get('prompt') ?? '').split(' ').includes('consent'),
    });
    redirectBack(res, redirect, { code, scope: scopes.join(' '), authuser: '0', prompt: 'consent', ...(state !== null && { state }) });
  });

  router.post('/token', form, async (req: Request, res: Response) => {
    const answer = await oauth.token(flat(req.body), basicAuth(req));
    if (!answer.ok) return oauthError(res, answer.status, answer.error, answer.description);
    res.set('Cache-Control', 'no-store').json(answer.body);
  });

  router.post('/revoke', form, (req: Request, res: Response) => {
    const token = flat(req.body).token ?? String(req.query.token ?? '');
    if (!token || !oauth.revoke(token)) return oauthError(res, 400, 'invalid_token', 'Token expired or revoked');
    res.json({});
  });

  return router;
}

function redirectBack(res: Response, redirectUri: string, params: Record<string, string>): void {
  const url = new URL(redirectUri);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  res.redirect(302, url.toString());
}

function flat(body: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries((body ?? {}) as Record<string, unknown>)) if (typeof v === 'string') out[k] = v;
  return out;
}

function basicAuth(req: Request): { id: string; secret: string } | undefined {
  const header = req.get('authorization');
  if (!header?.toLowerCase().startsWith('basic ')) return undefined;
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon > 0 ? { id: decodeURIComponent(decoded.slice(0, colon)), secret: decodeURIComponent(decoded.slice(colon + 1)) } : undefined;
}
