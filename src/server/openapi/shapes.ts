import { ERROR_CODES } from '../../shared/errors';
import { PROVIDER_IDS } from '../../shared/api';
import { z } from './zod';

/** The answer shapes of the HTTP contract (brief §3), as zod schemas the OpenAPI document is generated from. */

const isoInstant = z.string().datetime({ offset: true }).openapi({ description: 'ISO 8601 instant, UTC', example: '2026-12-01T09:30:00.000Z' });

export const providerId = z.enum(PROVIDER_IDS).openapi('ProviderId');

export const providerOutcome = z
  .object({ id: providerId, status: z.enum(['ok', 'error', 'not_connected', 'not_enabled', 'reconnect_required']) })
  .openapi('ProviderOutcome');

export const joinLink = z
  .object({
    service: z.object({ id: z.string(), name: z.string() }).strict(),
    url: z.string().url().openapi({ description: 'Always https: the link Join opens.' }),
    appUrl: z.string().optional().openapi({ description: "The service's own app scheme (msteams:, zoommtg:, webex:)." }),
    meetingId: z.string().optional(),
    passcode: z.string().optional(),
    dialIn: z.array(z.object({ number: z.string(), label: z.string().optional(), pin: z.string().optional() }).strict()).optional(),
  })
  .strict()
  .openapi('JoinLink');

// Strict: a field the contract does not name (meeting text, addresses) must not slip into answers.
export const meeting = z
  .object({
    id: z.string().openapi({ description: 'Opaque: means nothing without access to the provider.' }),
    title: z.string(),
    start: isoInstant,
    end: isoInstant,
    isAllDay: z.boolean(),
    status: z.enum(['none', 'organizer', 'tentativelyAccepted', 'accepted', 'declined', 'notResponded', 'cancelled']),
    showAs: z.enum(['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown']),
    location: z.string().optional(),
    organizer: z.object({ name: z.string() }).strict().optional(),
    join: joinLink.optional(),
    webLink: z.string().url().optional(),
    isPrivate: z.boolean().optional(),
    provider: providerId,
    seriesKey: z.string().optional().describe("Opaque; the same for every occurrence of a recurring meeting. Never the provider's id."),
  })
  .strict()
  .openapi('Meeting');

export const integrationState = z
  .enum(['connected', 'not_connected', 'reconnect_required', 'admin_consent_required', 'not_enabled'])
  .openapi('IntegrationState');

export const meResponse = z
  .object({
    user: z.object({ tid: z.string().uuid(), oid: z.string().uuid(), name: z.string(), username: z.string().optional(), isAdmin: z.boolean() }),
    integrations: z.array(
      z.object({
        provider: providerId,
        state: integrationState,
        reason: z.string().optional(),
        account: z.string().optional().openapi({ description: 'The provider account ("connected as …").' }),
        timeZone: z
          .string()
          .regex(/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/)
          .optional()
          .openapi({ description: "The calendar's own time zone (IANA), when connected and the provider said.", example: 'America/Los_Angeles' }),
      }),
    ),
  })
  .openapi('MeResponse');

export const connectionResponse = z.object({ provider: providerId, state: z.literal('connected') }).openapi('ConnectionResponse');

export const meetingsResponse = z
  .object({ meetings: z.array(meeting), stale: z.boolean(), generatedAt: isoInstant, providers: z.array(providerOutcome) })
  .openapi('MeetingsResponse');

export const searchResponse = z
  .object({
    query: z.object({
      text: z.string(),
      from: isoInstant.optional(),
      to: isoInstant.optional(),
      people: z.array(z.string()),
      services: z.array(z.string()),
    }),
    results: z.array(meeting),
    providers: z.array(providerOutcome),
  })
  .openapi('SearchResponse');

export const integrationAccess = z
  .object({ mode: z.enum(['all', 'specific']), audiences: z.array(z.string()), users: z.array(z.string()) })
  .openapi('IntegrationAccess');

export const integration = z
  .object({ provider: providerId, name: z.string(), enabled: z.boolean(), access: integrationAccess, connectedUsers: z.number().int().min(0) })
  .openapi('Integration');

export const audience = z
  .object({ id: z.string(), name: z.string(), users: z.array(z.string()), groups: z.array(z.string()), roles: z.array(z.string()) })
  .openapi('Audience');

export const auditEntry = z
  .object({
    id: z.string(),
    at: isoInstant,
    actor: z.object({ oid: z.string(), name: z.string() }),
    action: z.string().openapi({ example: 'integration.enabled' }),
    target: z.object({ type: z.string(), id: z.string() }),
    before: z.unknown().optional(),
    after: z.unknown().optional(),
    requestId: z.string(),
  })
  .openapi('AuditEntry');

export const signedInUser = z
  .object({ oid: z.string(), name: z.string(), username: z.string().optional(), lastSeenAt: isoInstant })
  .openapi('SignedInUser');

export const consentStatus = z
  .object({
    provider: providerId,
    name: z.string(),
    status: z.enum(['granted', 'not_granted', 'unknown']),
    grantedAt: isoInstant.optional(),
    grantedBy: z.object({ oid: z.string(), name: z.string() }).optional(),
    url: z.string().url().openapi({ description: "The one-click grant link, or the provider's admin page" }),
    recordable: z.boolean().openapi({ description: 'Whether `url` comes back to Upnext with a state to record' }),
    steps: z.array(z.string()).openapi({ description: 'The portal steps' }),
  })
  .openapi('ConsentStatus');

export const purgeResponse = z.object({ provider: providerId, users: z.number().int().min(0), entries: z.number().int().min(0) }).openapi('PurgeResponse');
export const auditVerify = z.object({ ok: z.boolean(), entries: z.number().int().min(0), brokenAt: z.number().int().optional() }).openapi('AuditVerify');

export const errorEnvelope = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.string(),
      requestId: z.string(),
      url: z.string().url().optional().openapi({ description: 'consent_required / admin_consent_required: the window to open.' }),
      adminConsentUrl: z.string().url().optional(),
    }),
  })
  .openapi('Error');

export const health = z.object({ status: z.literal('ok') }).openapi('Health');
export const readiness = z
  .object({
    status: z.enum(['ready', 'not_ready', 'draining']),
    checks: z.record(z.enum(['ok', 'failing'])).optional(),
  })
  .openapi('Readiness');

export const clientConfig = z
  .object({ authMode: z.enum(['demo', 'entra']), clientId: z.string(), authority: z.string().url(), apiScope: z.string() })
  .openapi('ClientConfig');
