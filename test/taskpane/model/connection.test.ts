import { authResultFromQuery, readAuthResultMessage } from '../../../src/taskpane/auth-end/message';
import { ApiError } from '../../../src/taskpane/api/errors';
import {
  ADMIN_ONLY_AADSTS,
  CONSENT_URL_FRESH_MS,
  connectionReducer,
  freshConsentUrl,
  shouldTrySilently,
  viewFromError,
  viewFromStatus,
  type ConnectionEvent,
  type ConnectionView,
} from '../../../src/taskpane/model/connection';

const URL = 'https://login.example/t/oauth2/v2.0/authorize?state=s';
const run = (events: ConnectionEvent[], from: ConnectionView = { kind: 'checking' }) => events.reduce(connectionReducer, from);
const refused = (code: ConstructorParameters<typeof ApiError>[0], url?: string, at = 1000): ConnectionEvent => ({
  type: 'refused',
  error: new ApiError(code, `because ${code}`, { status: 409, ...(url !== undefined && { url }) }),
  at,
});

describe('connection state', () => {
  it('maps each /api/me state and reason to a view', () => {
    expect(viewFromStatus('connected')).toEqual({ kind: 'connected' });
    expect(viewFromStatus('not_connected')).toEqual({ kind: 'not_connected' });
    expect(viewFromStatus('not_connected', 'user_key_missing')).toEqual({ kind: 'reconnect_required', reason: 'device_key_changed' });
    expect(viewFromStatus('reconnect_required', 'device_key_changed')).toEqual({ kind: 'reconnect_required', reason: 'device_key_changed' });
    expect(viewFromStatus('reconnect_required', 'grant_revoked')).toEqual({ kind: 'reconnect_required', reason: 'grant_revoked' });
    expect(viewFromStatus('reconnect_required', 'entry_unreadable')).toEqual({ kind: 'reconnect_required', reason: 'entry_unreadable' });
    expect(viewFromStatus('reconnect_required', 'something new')).toEqual({ kind: 'reconnect_required', reason: 'unknown' });
    expect(viewFromStatus('admin_consent_required')).toEqual({ kind: 'admin_consent_required' });
    expect(viewFromStatus('not_enabled')).toEqual({ kind: 'not_enabled' });
  });

  it('maps connection error codes, and leaves other errors alone', () => {
    expect(viewFromError(new ApiError('consent_required', 'x', { url: URL }), 5)).toEqual({ kind: 'consent_required', url: URL, issuedAt: 5 });
    expect(viewFromError(new ApiError('consent_required', 'x'), 5)).toEqual({ kind: 'not_connected' });
    expect(viewFromError(new ApiError('admin_consent_required', 'x', { url: URL }), 5)).toEqual({ kind: 'admin_consent_required', url: URL });
    expect(viewFromError(new ApiError('reconnect_required', 'x'), 5)).toEqual({ kind: 'reconnect_required', reason: 'unknown' });
    expect(viewFromError(new ApiError('user_key_missing', 'x'), 5)).toEqual({ kind: 'reconnect_required', reason: 'device_key_changed' });
    expect(viewFromError(new ApiError('not_enabled', 'x'), 5)).toEqual({ kind: 'not_enabled' });
    expect(viewFromError(new ApiError('not_connected', 'x'), 5)).toEqual({ kind: 'not_connected' });
    expect(viewFromError(new ApiError('provider_unavailable', 'x'), 5)).toBeUndefined();
  });

  it('silent connect that works', () => {
    expect(run([{ type: 'status', state: 'not_connected' }, { type: 'connect_started' }, { type: 'connected' }])).toEqual({ kind: 'connected' });
  });

  it('consent: popup, code, complete', () => {
    const states = [
      { type: 'status', state: 'not_connected' },
      { type: 'connect_started' },
      refused('consent_required', URL),
      { type: 'consent_opened' },
      { type: 'connect_started' },
      { type: 'connected' },
    ] as ConnectionEvent[];
    const seen = states.map((_, i) => run(states.slice(0, i + 1)).kind);
    expect(seen).toEqual(['not_connected', 'connecting', 'consent_required', 'consent_pending', 'connecting', 'connected']);
  });

  it('a closed or blocked window keeps the unused URL for the retry', () => {
    const closed = run([refused('consent_required', URL, 10), { type: 'consent_opened' }, { type: 'consent_ended', reason: 'closed', url: URL, issuedAt: 10 }]);
    expect(closed).toEqual({ kind: 'consent_unfinished', reason: 'closed', url: URL, issuedAt: 10 });
    expect(freshConsentUrl(closed, 10 + CONSENT_URL_FRESH_MS - 1)).toBe(URL);
    expect(freshConsentUrl(closed, 10 + CONSENT_URL_FRESH_MS)).toBeUndefined();
    expect(freshConsentUrl({ kind: 'not_connected' }, 0)).toBeUndefined();
  });

  it('a refused complete (state reused, network) ends the attempt with its message', () => {
    const view = run([{ type: 'consent_opened' }, { type: 'connect_started' }, refused('bad_request')]);
    expect(view).toEqual({ kind: 'consent_unfinished', reason: 'failed', detail: 'because bad_request' });
  });

  it('meetings saying reconnect take a connected pane to the card; other errors do not', () => {
    expect(run([refused('reconnect_required')], { kind: 'connected' })).toEqual({ kind: 'reconnect_required', reason: 'unknown' });
    expect(run([refused('provider_unavailable')], { kind: 'connected' })).toEqual({ kind: 'connected' });
  });

  it('disconnect shows not connected; a failed check says so', () => {
    expect(run([{ type: 'disconnected' }], { kind: 'connected' })).toEqual({ kind: 'not_connected', disconnected: true });
    expect(viewFromStatus('not_connected', 'disconnected')).toEqual({ kind: 'not_connected', disconnected: true });
    const error = new ApiError('network_error', 'offline');
    expect(run([{ type: 'check_failed', error }])).toEqual({ kind: 'failed', error });
    expect(run([{ type: 'check_started' }], { kind: 'not_enabled' })).toEqual({ kind: 'checking' });
  });
});

describe('only an administrator can approve', () => {
  const adminConsentUrl = 'https://login.example/t/v2.0/adminconsent?client_id=c';

  it('keeps the admin-consent URL that came with consent_required', () => {
    const error = new ApiError('consent_required', 'consent', { url: 'https://login.example/authorize', adminConsentUrl });
    expect(viewFromError(error, 5)).toEqual({ kind: 'consent_required', url: 'https://login.example/authorize', issuedAt: 5, adminConsentUrl });
  });

  it('turns the consent window’s admin-only answer into the admin consent view with that URL', () => {
    expect(connectionReducer({ kind: 'consent_pending' }, { type: 'admin_consent_needed', url: adminConsentUrl })).toEqual({ kind: 'admin_consent_required', url: adminConsentUrl });
    expect([...ADMIN_ONLY_AADSTS].sort()).toEqual([90094, 90095, 90099]);
  });
});

describe('auth-end reads the AADSTS number, never the description', () => {
  it('takes the number from error_description and drops the text', () => {
    const message = authResultFromQuery('?error=access_denied&error_description=AADSTS90094%3A+Admin+consent+is+required.&state=s');
    expect(message).toEqual({ type: 'upnext-auth-result', error: 'access_denied', state: 's', aadsts: 90094 });
    expect(readAuthResultMessage({ ...message })).toEqual(message);
    expect(readAuthResultMessage({ ...message, aadsts: '90094' })).toBeUndefined();
  });

  it('has no number when there is no error', () => {
    expect(authResultFromQuery('?code=c&state=s&error_description=AADSTS1')).toEqual({ type: 'upnext-auth-result', code: 'c', state: 's' });
  });
});

describe('trying silently on our own', () => {
  it('for a new device or an organisation that consented, never after the person chose Disconnect', () => {
    expect(shouldTrySilently('not_connected', undefined)).toBe(true);
    expect(shouldTrySilently('reconnect_required', 'device_key_changed')).toBe(true);
    expect(shouldTrySilently('admin_consent_required', undefined)).toBe(true);
    expect(shouldTrySilently('not_connected', 'disconnected')).toBe(false);
    expect(shouldTrySilently('reconnect_required', 'grant_revoked')).toBe(false);
    expect(shouldTrySilently('not_enabled', undefined)).toBe(false);
    expect(shouldTrySilently('connected', undefined)).toBe(false);
  });
});
