/** Entra's error answers: the token endpoint's JSON body and the authorize endpoint's redirect parameters. */
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';

export interface EntraErrorSpec {
  status: number;
  error: string;
  /** The AADSTS number, e.g. 70008. */
  code: number;
  message: string;
  suberror?: string;
}

export interface EntraErrorBody {
  error: string;
  error_description: string;
  error_codes: number[];
  timestamp: string;
  trace_id: string;
  correlation_id: string;
  error_uri: string;
  suberror?: string;
}

/** Entra writes `2026-01-31 12:34:56Z` (space, no fraction) in timestamps. */
export function entraTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, 'Z');
}

/** Entra echoes the caller's `client-request-id` as the correlation id. */
export function correlationId(req: Request): string {
  const given = req.get('client-request-id');
  return given && /^[0-9a-f-]{36}$/i.test(given) ? given : randomUUID();
}

export function entraErrorBody(spec: EntraErrorSpec, ctx: { now: number; correlationId: string; authorityHost: string }): EntraErrorBody {
  const traceId = randomUUID();
  const timestamp = entraTimestamp(ctx.now);
  const body: EntraErrorBody = {
    error: spec.error,
    error_description:
      `AADSTS${spec.code}: ${spec.message} Trace ID: ${traceId} Correlation ID: ${ctx.correlationId} Timestamp: ${timestamp}`,
    error_codes: [spec.code],
    timestamp,
    trace_id: traceId,
    correlation_id: ctx.correlationId,
    error_uri: `${ctx.authorityHost}/error?code=${spec.code}`,
  };
  if (spec.suberror) body.suberror = spec.suberror;
  return body;
}

export function sendEntraError(req: Request, res: Response, spec: EntraErrorSpec, now: number, authorityHost: string): void {
  const cid = correlationId(req);
  res.status(spec.status).set('client-request-id', cid).set('Cache-Control', 'no-store').json(
    entraErrorBody(spec, { now, correlationId: cid, authorityHost }),
  );
}

/** Errors the token endpoint answers. One place, so codes and wording stay consistent. */
export const E = {
  missingParam: (name: string): EntraErrorSpec => ({
    status: 400, error: 'invalid_request', code: 900144,
    message: `The request body must contain the following parameter: '${name}'.`,
  }),
  unsupportedGrant: (grant: string): EntraErrorSpec => ({
    status: 400, error: 'unsupported_grant_type', code: 70003,
    message: `The app requested an unsupported grant type '${grant}'.`,
  }),
  unknownClient: (clientId: string, tenant: string): EntraErrorSpec => ({
    status: 400, error: 'unauthorized_client', code: 700016,
    message: `Application with identifier '${clientId}' was not found in the directory '${tenant}'.`,
  }),
  unknownTenant: (tenant: string): EntraErrorSpec => ({
    status: 400, error: 'invalid_tenant', code: 90002,
    message: `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
  }),
  badSecret: (clientId: string): EntraErrorSpec => ({
    status: 401, error: 'invalid_client', code: 7000215,
    message: `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'.`,
  }),
  secretRequired: (): EntraErrorSpec => ({
    status: 401, error: 'invalid_client', code: 7000218,
    message: "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
  }),
  spaNeedsOrigin: (): EntraErrorSpec => ({
    status: 400, error: 'invalid_request', code: 9002327,
    message: "Tokens issued for the 'Single-Page Application' client-type may only be redeemed via cross-origin requests.",
  }),
  pkceRequired: (): EntraErrorSpec => ({
    status: 400, error: 'invalid_request', code: 9002325,
    message: 'Proof Key for Code Exchange is required for cross-origin authorization code redemption.',
  }),
  badGrant: (): EntraErrorSpec => ({
    status: 400, error: 'invalid_grant', code: 70000,
    message: 'Provided grant is invalid or malformed.',
  }),
  codeRedeemed: (): EntraErrorSpec => ({
    status: 400, error: 'invalid_grant', code: 54005,
    message: 'OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.',
  }),
  expiredGrant: (): EntraErrorSpec => ({
    status: 400, error: 'invalid_grant', code: 70008,
    message: 'The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.',
  }),
  refreshExpired: (): EntraErrorSpec => ({
    status: 400, error: 'invalid_grant', code: 700082,
    message: 'The refresh token has expired due to inactivity. The token was issued on a date and was inactive for the maximum allowed time.',
  }),
  revokedGrant: (): EntraErrorSpec => ({
    status: 400, error: 'invalid_grant', code: 50173,
    message: 'The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.',
  }),
  redirectMismatch: (given: string): EntraErrorSpec => ({
    status: 400, error: 'invalid_grant', code: 500112,
    message: `The reply address '${given}' does not match the reply address provided when requesting Authorization code.`,
  }),
  verifierMismatch: (): EntraErrorSpec => ({
    status: 400, error: 'invalid_grant', code: 501481,
    message: 'The Code_Verifier does not match the code_challenge supplied in the authorization request.',
  }),
  assertionSignature: (reason: string): EntraErrorSpec => ({
    status: 400, error: 'invalid_grant', code: 50013,
    message: `Assertion failed signature validation. [Reason - ${reason}]`,
  }),
  assertionAudience: (aud: string, clientId: string): EntraErrorSpec => ({
    status: 400, error: 'invalid_grant', code: 50013,
    message: `Assertion audience does not match the Client app presenting the assertion. The audience in the assertion was '${aud}' and the expected audience is '${clientId}' or one of the Application Uris of this application.`,
  }),
  assertionLifetime: (): EntraErrorSpec => ({
    status: 400, error: 'invalid_grant', code: 500133,
    message: 'Assertion is not within its valid time range. Ensure that the access token is not expired before using it for user assertion, or request a new token.',
  }),
  consentRequired: (clientId: string, clientName: string): EntraErrorSpec => ({
    status: 400, error: 'invalid_grant', code: 65001, suberror: 'consent_required',
    message: `The user or administrator has not consented to use the application with ID '${clientId}' named '${clientName}'. Send an interactive authorization request for this user and resource.`,
  }),
  adminConsentRequired: (): EntraErrorSpec => ({
    status: 400, error: 'invalid_grant', code: 90094, suberror: 'consent_required',
    message: 'The grant requires admin permission.',
  }),
  multipleResources: (scope: string): EntraErrorSpec => ({
    status: 400, error: 'invalid_scope', code: 28000,
    message: `Provided value for the input parameter scope is not valid because it contains more than one resource. Scope ${scope} is not valid.`,
  }),
  unknownResource: (resource: string): EntraErrorSpec => ({
    status: 400, error: 'invalid_resource', code: 500011,
    message: `The resource principal named ${resource} was not found in the tenant named Upnext Demo.`,
  }),
  unknownPermission: (scope: string): EntraErrorSpec => ({
    status: 400, error: 'invalid_scope', code: 70011,
    message: `The provided request must include a 'scope' input parameter. The provided value for the input parameter 'scope' is not valid. The scope ${scope} is not valid.`,
  }),
  serverError: (): EntraErrorSpec => ({
    status: 500, error: 'server_error', code: 90033,
    message: 'A transient error has occurred. Please try again.',
  }),
} as const;
