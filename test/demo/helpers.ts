/** Builds an app that mounts the demo routers exactly as the server does, plus flow helpers for tests. */
import { createHash, randomBytes } from 'node:crypto';
import express, { type Express } from 'express';
import request from 'supertest';
import { createDemo, DEMO_TENANT_ID, DEMO_USERS, type Demo, type DemoOptions } from '../../src/demo';
import { testClock as suiteClock } from '../helpers/test-clock';

export const CLIENT_ID = '5e0c9a1b-2d3f-4a5b-8c6d-7e8f9a0b1c2d';
export const CLIENT_SECRET = 'demo-secret-for-tests';
export const ORIGIN = 'http://localhost:3000';
export const AUTHORITY = 'http://localhost:3000/demo/login';
export const GRAPH = 'http://localhost:3000/demo/graph/v1.0';
export const API_SCOPE = `api://localhost:3000/${CLIENT_ID}/access_as_user`;
export const REDIRECT = `${ORIGIN}/auth/callback`;
export const TOKEN_PATH = `/demo/login/${DEMO_TENANT_ID}/oauth2/v2.0/token`;
export const AUTHORIZE_PATH = `/demo/login/${DEMO_TENANT_ID}/oauth2/v2.0/authorize`;
export const OBO_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

export const dana = DEMO_USERS[0]!;
export const jonas = DEMO_USERS[1]!;
export const priya = DEMO_USERS[2]!;

export interface TestClock {
  now: () => number;
  set(ms: number): void;
  advance(ms: number): void;
}

/** A clock the test moves by hand, starting at the run's chosen instant (UPNEXT_TEST_NOW). */
export function testClock(start = suiteClock.start): TestClock {
  let t = start;
  return { now: () => t, set: (ms) => void (t = ms), advance: (ms) => void (t += ms) };
}

export function makeDemo(over: Partial<DemoOptions> = {}): { app: Express; demo: Demo } {
  const demo = createDemo({
    authorityHost: AUTHORITY,
    graphBaseUrl: GRAPH,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    allowedRedirectOrigins: [ORIGIN],
    ...over,
  });
  const app = express();
  app.use('/demo/login', demo.idp);
  app.use('/demo/graph/v1.0', demo.graph);
  return { app, demo };
}

export function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export function authorizeQuery(extra: Record<string, string> = {}): Record<string, string> {
  return {
    client_id: CLIENT_ID,
    response_type: 'code',
    redirect_uri: REDIRECT,
    scope: `${API_SCOPE} openid profile offline_access`,
    state: 'st-123',
    nonce: 'n-456',
    ...extra,
  };
}

/** Runs the sign-in page as a browser would: GET the page, POST the chosen user; returns the redirect URL. */
export async function signIn(app: Express, oid: string, query: Record<string, string>, extraForm: Record<string, string> = {}): Promise<URL> {
  const url = `${AUTHORIZE_PATH}?${new URLSearchParams(query).toString()}`;
  const res = await request(app).post(url).type('form').send({ step: 'signin', oid, ...extraForm });
  if (res.status !== 302) throw new Error(`expected a redirect, got ${res.status}: ${res.text.slice(0, 300)}`);
  return new URL(res.headers.location as string);
}

/** The SPA's authorization-code + PKCE flow; returns the token response body. */
export async function spaTokens(app: Express, oid: string, scope = `${API_SCOPE} openid profile offline_access`): Promise<Record<string, string | number>> {
  const { verifier, challenge } = pkce();
  const back = await signIn(app, oid, authorizeQuery({ scope, code_challenge: challenge, code_challenge_method: 'S256' }));
  const code = back.searchParams.get('code') ?? '';
  const res = await request(app).post(TOKEN_PATH).set('Origin', ORIGIN).type('form').send({
    client_id: CLIENT_ID, grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: verifier, scope,
  });
  if (res.status !== 200) throw new Error(`token request failed: ${JSON.stringify(res.body)}`);
  return res.body as Record<string, string | number>;
}

export function obo(app: Express, assertion: string, scope = 'https://graph.microsoft.com/Calendars.Read offline_access', secret: string | null = CLIENT_SECRET) {
  return request(app).post(TOKEN_PATH).type('form').send({
    client_id: CLIENT_ID, grant_type: OBO_GRANT, requested_token_use: 'on_behalf_of', assertion, scope,
    ...(secret !== null ? { client_secret: secret } : {}),
  });
}

/** Every Entra error body has these fields, the description led by its AADSTS code. */
export function expectEntraError(body: Record<string, unknown>, error: string, code: number): void {
  expect(body).toEqual(expect.objectContaining({ error, error_codes: [code] }));
  expect(String(body.error_description)).toMatch(new RegExp(`^AADSTS${code}: `));
  expect(String(body.timestamp)).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}Z$/);
  expect(String(body.trace_id)).toMatch(/^[0-9a-f-]{36}$/);
  expect(String(body.correlation_id)).toMatch(/^[0-9a-f-]{36}$/);
}

export function decodeJwt(token: string): { header: Record<string, unknown>; payload: Record<string, unknown> } {
  const [h, p] = token.split('.');
  return { header: JSON.parse(Buffer.from(h ?? '', 'base64url').toString()), payload: JSON.parse(Buffer.from(p ?? '', 'base64url').toString()) };
}
