import { OpenAPIRegistry, type ResponseConfig, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import type { ErrorCode } from '../../shared/errors';
import { audienceBody } from '../routes/admin/audiences';
import { auditQuery } from '../routes/admin/audit';
import { consentAnswer } from '../routes/admin/consent';
import { integrationChange } from '../routes/admin/integrations';
import { usersQuery } from '../routes/admin/users';
import { completeBody, connectBody, disconnectQuery } from '../routes/connections';
import { meetingsQuery } from '../routes/meetings';
import * as shapes from './shapes';
import { z } from './zod';

/**
 * Every route of the HTTP contract (brief §3) and the few public ones besides, registered once.
 * Request schemas are the routes' own where a route file has one; the rest are described here from
 * the brief, and the integration tests hold real answers against this document.
 */

const json = (schema: z.ZodTypeAny, description: string): ResponseConfig => ({ description, content: { 'application/json': { schema } } });
const empty = (description: string): ResponseConfig => ({ description });
const failure = (codes: ErrorCode[]): ResponseConfig => json(shapes.errorEnvelope, `Error: ${codes.join(', ')}`);
/** A 401 names its challenge (RFC 6750 §3); the description is fixed text, never the token's. */
const unauthorized = (codes: ErrorCode[]): ResponseConfig => ({
  ...failure(codes),
  headers: {
    'WWW-Authenticate': {
      description: 'Bearer realm="upnext" without a token; with error="invalid_token" and a fixed error_description when the token was refused',
      schema: { type: 'string', example: 'Bearer realm="upnext", error="invalid_token", error_description="The access token expired"' },
    },
  },
});

/** The error answers every authenticated route can give, by status. */
const AUTHENTICATED_ERRORS: Record<string, ResponseConfig> = {
  '400': failure(['bad_request', 'user_key_missing']),
  '401': unauthorized(['unauthenticated', 'invalid_token']),
  '403': failure(['forbidden', 'not_enabled']),
  '429': failure(['rate_limited']),
};
const PROVIDER_ERRORS: Record<string, ResponseConfig> = {
  '409': failure(['not_connected', 'reconnect_required', 'consent_required', 'admin_consent_required']),
  '502': failure(['provider_unavailable']),
  '503': failure(['provider_unavailable']),
};

const providerParams = z.object({ provider: shapes.providerId });
const idParams = z.object({ id: z.string().min(1).max(200) });

const searchQuery = z.object({
  q: z.string().min(1).max(200).openapi({ example: 'standup tomorrow' }),
  tz: z.string().optional().openapi({ description: 'IANA time zone; default UTC', example: 'Europe/Berlin' }),
  locale: z.string().optional().openapi({ description: 'BCP 47 language tag; default en', example: 'de' }),
});
type Route = Omit<RouteConfig, 'responses'> & { responses: Record<string, ResponseConfig>; public?: boolean };

const ROUTES: Route[] = [
  { method: 'get', path: '/healthz', public: true, summary: 'Liveness', responses: { '200': json(shapes.health, 'The process answers') } },
  {
    method: 'get',
    path: '/readyz',
    public: true,
    summary: 'Readiness: the database and the cache answer, and the server is not draining',
    responses: { '200': json(shapes.readiness, 'Ready'), '503': json(shapes.readiness, 'Not ready, or draining before shutdown') },
  },
  {
    method: 'get',
    path: '/metrics',
    public: true,
    summary: 'Prometheus metrics',
    responses: {
      '200': { description: 'Prometheus text format (loopback callers, or Authorization: Bearer <METRICS_TOKEN>)', content: { 'text/plain': { schema: z.string() } } },
      '401': unauthorized(['unauthenticated']),
    },
  },
  { method: 'get', path: '/api/client-config', public: true, summary: 'Public sign-in settings for the front end', responses: { '200': json(shapes.clientConfig, 'Settings') } },
  { method: 'get', path: '/api/openapi.json', public: true, summary: 'This document', responses: { '200': json(z.object({}).passthrough(), 'OpenAPI 3.1') } },
  { method: 'get', path: '/api/me', summary: 'The caller and the state of each integration, with a connected calendar’s own time zone when the provider says', responses: { '200': json(shapes.meResponse, 'Who you are'), ...AUTHENTICATED_ERRORS } },
  {
    method: 'post',
    path: '/api/connections/{provider}',
    summary: 'Connect silently where the provider allows it, else 409 with the consent window to open; {auto: true} (the pane on its own) honours a remembered Disconnect with 409 not_connected',
    request: { params: providerParams, body: { content: { 'application/json': { schema: connectBody } } } },
    responses: { '200': json(shapes.connectionResponse, 'Connected'), '404': failure(['bad_request']), ...AUTHENTICATED_ERRORS, ...PROVIDER_ERRORS },
  },
  {
    method: 'post',
    path: '/api/connections/{provider}/complete',
    summary: 'Finish a consent: the {code, state} the OAuth popup handed back',
    request: { params: providerParams, body: { content: { 'application/json': { schema: completeBody } } } },
    responses: { '200': json(shapes.connectionResponse, 'Connected'), '404': failure(['bad_request']), ...AUTHENTICATED_ERRORS, ...PROVIDER_ERRORS },
  },
  {
    method: 'delete',
    path: '/api/connections/{provider}',
    summary: 'Disconnect, remembered until the person connects again: scope=device deletes this device’s vault entry; scope=all (default) revokes upstream where possible and deletes every entry',
    request: { params: providerParams, query: disconnectQuery },
    responses: { '204': empty('Disconnected'), '404': failure(['bad_request']), ...AUTHENTICATED_ERRORS },
  },
  {
    method: 'get',
    path: '/api/meetings',
    summary: 'Upcoming meetings of every provider the caller may use and has connected, merged in start order',
    request: { query: meetingsQuery },
    responses: { '200': json(shapes.meetingsResponse, 'Meetings'), ...AUTHENTICATED_ERRORS, ...PROVIDER_ERRORS },
  },
  {
    method: 'get',
    path: '/api/search',
    summary: 'Natural-language search, asked live of each connected provider',
    request: { query: searchQuery },
    responses: { '200': json(shapes.searchResponse, 'Results and each provider’s status'), ...AUTHENTICATED_ERRORS, ...PROVIDER_ERRORS },
  },
  {
    method: 'post',
    path: '/api/meetings/{id}/joined',
    summary: 'Record a join in the graph store',
    request: { params: idParams },
    responses: { '204': empty('Recorded'), '404': failure(['bad_request']), ...AUTHENTICATED_ERRORS },
  },
  { method: 'delete', path: '/api/me/activity', summary: "Erase the caller's graph store data", responses: { '204': empty('Erased'), ...AUTHENTICATED_ERRORS } },
  {
    method: 'get',
    path: '/api/admin/integrations',
    summary: 'Integrations of the admin’s tenant',
    responses: { '200': json(z.object({ integrations: z.array(shapes.integration) }), 'Integrations'), ...AUTHENTICATED_ERRORS },
  },
  {
    method: 'put',
    path: '/api/admin/integrations/{provider}',
    summary: 'Enable, disable or change who may use an integration (audited)',
    request: { params: providerParams, body: { content: { 'application/json': { schema: integrationChange } } } },
    responses: { '200': json(shapes.integration, 'The integration'), '404': failure(['bad_request']), ...AUTHENTICATED_ERRORS },
  },
  {
    method: 'get',
    path: '/api/admin/audiences',
    summary: 'Audiences of the admin’s tenant',
    responses: {
      '200': json(z.object({ audiences: z.array(shapes.audience), groupsOverageUsers: z.number().int().min(0) }), 'Audiences, and how many people group audiences cannot match (groups overage)'),
      ...AUTHENTICATED_ERRORS,
    },
  },
  {
    method: 'post',
    path: '/api/admin/audiences',
    summary: 'Create an audience (audited)',
    request: { body: { content: { 'application/json': { schema: audienceBody } } } },
    responses: { '201': json(shapes.audience, 'Created'), ...AUTHENTICATED_ERRORS },
  },
  {
    method: 'put',
    path: '/api/admin/audiences/{id}',
    summary: 'Change an audience (audited)',
    request: { params: idParams, body: { content: { 'application/json': { schema: audienceBody } } } },
    responses: { '200': json(shapes.audience, 'The audience'), '404': failure(['bad_request']), ...AUTHENTICATED_ERRORS },
  },
  {
    method: 'delete',
    path: '/api/admin/audiences/{id}',
    summary: 'Delete an audience and remove it from every access list (audited)',
    request: { params: idParams },
    responses: { '204': empty('Deleted'), '404': failure(['bad_request']), ...AUTHENTICATED_ERRORS },
  },
  {
    method: 'delete',
    path: '/api/admin/integrations/{provider}/connections',
    summary: "Remove every stored connection of the admin's tenant to this provider (audited)",
    request: { params: providerParams },
    responses: { '200': json(shapes.purgeResponse, 'How many people and entries were removed'), '404': failure(['bad_request']), ...AUTHENTICATED_ERRORS },
  },
  {
    method: 'get',
    path: '/api/admin/users',
    summary: 'People of this tenant who have signed in',
    request: { query: usersQuery },
    responses: { '200': json(z.object({ users: z.array(shapes.signedInUser) }), 'People'), ...AUTHENTICATED_ERRORS },
  },
  {
    method: 'get',
    path: '/api/admin/consent',
    summary: 'Admin consent status per provider, with the one-click consent link',
    responses: { '200': json(z.object({ consent: z.array(shapes.consentStatus) }), 'Consent per provider'), ...AUTHENTICATED_ERRORS },
  },
  {
    method: 'post',
    path: '/api/admin/consent/{provider}/complete',
    summary: 'Record what the admin-consent window came back with (its own signed, single-use state)',
    request: { params: providerParams, body: { content: { 'application/json': { schema: consentAnswer } } } },
    responses: { '200': json(shapes.consentStatus, 'The provider’s consent status'), '404': failure(['bad_request']), ...AUTHENTICATED_ERRORS },
  },
  {
    method: 'get',
    path: '/api/admin/audit/verify',
    summary: "Check the tenant's audit hash chain",
    responses: { '200': json(shapes.auditVerify, 'Whether the chain is intact, and where it breaks'), ...AUTHENTICATED_ERRORS },
  },
  {
    method: 'get',
    path: '/api/admin/audit',
    summary: 'Audit log, newest first (CSV with Accept: text/csv or ?format=csv)',
    request: { query: auditQuery },
    responses: {
      '200': {
        description: 'Audit entries',
        content: { 'application/json': { schema: z.object({ entries: z.array(shapes.auditEntry), next: z.string().optional() }) }, 'text/csv': { schema: z.string() } },
      },
      ...AUTHENTICATED_ERRORS,
    },
  },
];

/** The contract routes as `METHOD /path/{param}`: what the tests check the document against. */
export const DESCRIBED_ROUTES = ROUTES.map((r) => `${r.method.toUpperCase()} ${r.path}`);

export function contractRegistry(): OpenAPIRegistry {
  const registry = new OpenAPIRegistry();
  const bearer = registry.registerComponent('securitySchemes', 'userToken', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'The user’s Entra access token for this API (scope access_as_user)',
  });
  const userKey = registry.registerComponent('securitySchemes', 'userKey', {
    type: 'apiKey',
    in: 'header',
    name: 'X-User-Key',
    description: "This device's user key: base64url of 32 random bytes, kept only on the device",
  });
  for (const { public: isPublic, ...route } of ROUTES) {
    registry.registerPath({ ...route, security: isPublic ? [] : [{ [bearer.name]: [], [userKey.name]: [] }] });
  }
  return registry;
}
