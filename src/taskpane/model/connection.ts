/**
 * One provider's connection as the pane sees it: one state machine, pure, so every state of
 * the Connect card (brief §1) is reachable in a unit test. The hook (useConnection) runs the calls.
 */
import type { IntegrationState } from '../../shared/api';
import type { ApiError } from '../api/errors';

/** Why a connection needs to be made again (GET /api/me `reason`). */
export type ReconnectReason = 'device_key_changed' | 'grant_revoked' | 'entry_unreadable' | 'unknown';

/** Why a consent window did not end in a connection. */
export type UnfinishedReason = 'closed' | 'blocked' | 'denied' | 'failed';

/** A consent URL carries a single-use state the server honours for ten minutes; use it for less. */
export const CONSENT_URL_FRESH_MS = 8 * 60_000;

export type ConnectionView =
  | { kind: 'checking' }
  | { kind: 'connected' }
  /** A silent connect or a complete call is on its way. */
  | { kind: 'connecting' }
  /** `disconnected`: the person chose Disconnect; nothing connects silently until they press Connect. */
  | { kind: 'not_connected'; disconnected?: true }
  /** Only the user can give consent, in the window the URL opens; `issuedAt` says whether it is still good. */
  | { kind: 'consent_required'; url: string; issuedAt: number; adminConsentUrl?: string }
  | { kind: 'consent_pending' }
  | { kind: 'consent_unfinished'; reason: UnfinishedReason; detail?: string; url?: string; issuedAt?: number; adminConsentUrl?: string }
  | { kind: 'reconnect_required'; reason: ReconnectReason }
  | { kind: 'admin_consent_required'; url?: string }
  | { kind: 'not_enabled' }
  /** GET /api/me itself failed: nothing is known about the connection. */
  | { kind: 'failed'; error: ApiError };

export type ConnectionEvent =
  | { type: 'check_started' }
  | { type: 'status'; state: IntegrationState; reason?: string }
  | { type: 'check_failed'; error: ApiError }
  | { type: 'connect_started' }
  | { type: 'connected' }
  /** POST connect / complete, or GET meetings, answered with an error. */
  | { type: 'refused'; error: ApiError; at: number }
  | { type: 'consent_opened' }
  /** `url`: the consent URL, still unused, that a retry may open again. */
  | { type: 'consent_ended'; reason: UnfinishedReason; detail?: string; url?: string; issuedAt?: number; adminConsentUrl?: string }
  /** The consent window said only an administrator can approve (AADSTS90094 and friends). */
  | { type: 'admin_consent_needed'; url?: string }
  | { type: 'disconnected' };

/** AADSTS numbers with which a consent window says only an administrator can approve Upnext. */
export const ADMIN_ONLY_AADSTS: ReadonlySet<number> = new Set([90094, 90095, 90099]);

const REASONS: readonly ReconnectReason[] = ['device_key_changed', 'grant_revoked', 'entry_unreadable'];

export function reconnectReason(reason: string | undefined): ReconnectReason {
  return REASONS.find((r) => r === reason) ?? 'unknown';
}

/** The view for GET /api/me's state of the integration. */
export function viewFromStatus(state: IntegrationState, reason?: string): ConnectionView {
  switch (state) {
    case 'connected':
      return { kind: 'connected' };
    case 'not_connected':
      // No key was sent: the same as a lost key, for the user.
      if (reason === 'user_key_missing') return { kind: 'reconnect_required', reason: 'device_key_changed' };
      return reason === 'disconnected' ? { kind: 'not_connected', disconnected: true } : { kind: 'not_connected' };
    case 'reconnect_required':
      return { kind: 'reconnect_required', reason: reconnectReason(reason) };
    case 'admin_consent_required':
      return { kind: 'admin_consent_required' };
    case 'not_enabled':
      return { kind: 'not_enabled' };
  }
}

/** The view for an API error, or undefined when the error says nothing about the connection. */
export function viewFromError(error: ApiError, at: number): ConnectionView | undefined {
  switch (error.code) {
    case 'consent_required':
      return error.details.url
        ? { kind: 'consent_required', url: error.details.url, issuedAt: at, ...(error.details.adminConsentUrl !== undefined && { adminConsentUrl: error.details.adminConsentUrl }) }
        : { kind: 'not_connected' };
    case 'admin_consent_required':
      return { kind: 'admin_consent_required', ...(error.details.url !== undefined && { url: error.details.url }) };
    case 'not_connected':
      return { kind: 'not_connected' };
    case 'reconnect_required':
      return { kind: 'reconnect_required', reason: 'unknown' };
    case 'user_key_missing':
      return { kind: 'reconnect_required', reason: 'device_key_changed' };
    case 'not_enabled':
      return { kind: 'not_enabled' };
    default:
      return undefined;
  }
}

export function connectionReducer(view: ConnectionView, event: ConnectionEvent): ConnectionView {
  switch (event.type) {
    case 'check_started':
      return { kind: 'checking' };
    case 'status':
      return viewFromStatus(event.state, event.reason);
    case 'check_failed':
      return { kind: 'failed', error: event.error };
    case 'connect_started':
      return { kind: 'connecting' };
    case 'connected':
      return { kind: 'connected' };
    case 'refused': {
      const next = viewFromError(event.error, event.at);
      if (next) return next;
      // Anything else (network, bad_request from complete, the calendar down) ends this attempt.
      return view.kind === 'connected' ? view : { kind: 'consent_unfinished', reason: 'failed', detail: event.error.message };
    }
    case 'consent_opened':
      return { kind: 'consent_pending' };
    case 'consent_ended':
      return {
        kind: 'consent_unfinished',
        reason: event.reason,
        ...(event.detail !== undefined && { detail: event.detail }),
        ...(event.url !== undefined && event.issuedAt !== undefined && { url: event.url, issuedAt: event.issuedAt }),
        ...(event.adminConsentUrl !== undefined && { adminConsentUrl: event.adminConsentUrl }),
      };
    case 'admin_consent_needed':
      return { kind: 'admin_consent_required', ...(event.url !== undefined && { url: event.url }) };
    case 'disconnected':
      return { kind: 'not_connected', disconnected: true };
  }
}

/** The consent URL a click can open right away, if the view holds one that is still good. */
export function freshConsentUrl(view: ConnectionView, now: number): string | undefined {
  if (view.kind !== 'consent_required' && view.kind !== 'consent_unfinished') return undefined;
  if (view.url === undefined || view.issuedAt === undefined) return undefined;
  return now - view.issuedAt < CONSENT_URL_FRESH_MS ? view.url : undefined;
}

/**
 * Whether to try a silent connect on our own at start: the organisation may have consented (and a
 * new device of a connected person can be connected without asking), but never after the person
 * chose Disconnect.
 */
export function shouldTrySilently(state: IntegrationState, reason: string | undefined): boolean {
  if (state === 'not_connected') return reason !== 'disconnected';
  if (state === 'reconnect_required') return reason === 'device_key_changed';
  return state === 'admin_consent_required';
}

/** Views the Connect card shows (everything but connected). */
export function needsCard(view: ConnectionView): boolean {
  return view.kind !== 'connected';
}
