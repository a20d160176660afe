import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { ProviderId } from '../../shared/api';
import type { ApiClient, DisconnectScope } from '../api/client';
import { ApiError } from '../api/errors';
import type { ConsentAttempt, Host } from '../host/types';
import { ADMIN_ONLY_AADSTS, connectionReducer, freshConsentUrl, shouldTrySilently, viewFromError, type ConnectionView } from '../model/connection';

export interface ConnectionState {
  data: ConnectionView;
  /** The provider account, when connected and the server knows it ("connected as …"). */
  account?: string;
  /** The calendar's own time zone (IANA), when connected and the server knows it. */
  timeZone?: string;
  /** Connected on the person's other devices, not on this one (a new browser): the card says "on this device". */
  onOtherDevices: boolean;
  /** Checking the state or connecting. */
  loading: boolean;
  /** GET /api/me failed. */
  error: ApiError | undefined;
  /** GET /api/me says the user is an Upnext admin (the menu then offers the admin console). */
  isAdmin: boolean;
  /** Asks the server for the state again. */
  reload(): void;
  /** The card's Connect / Reconnect / Try again. Call it straight from the click (it may open a window). */
  connect(): void;
  cancelConsent(): void;
  /** `device`: this device's connection only; `all`: every device's (brief §1; docs/SECURITY.md). */
  disconnect(scope: DisconnectScope): Promise<void>;
  /** An API call elsewhere (meetings) said the connection is gone; the card takes over when so. */
  reportError(error: ApiError): void;
}

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError('bad_response', 'Something went wrong.', { cause: error });
}

/**
 * One provider's connection: GET /api/me, one silent connect when not connected (the server answers
 * with a consent URL where the provider has no silent way), and the consent window.
 */
export function useConnection(api: ApiClient, host: Host, provider: ProviderId = 'outlook-calendar', now: () => number = Date.now): ConnectionState {
  const PROVIDER = provider;
  const [view, dispatch] = useReducer(connectionReducer, { kind: 'checking' });
  const [isAdmin, setIsAdmin] = useState(false);
  // Read through refs so the callbacks (and the effect that starts the check) stay stable.
  const clock = useRef(now);
  clock.current = now;
  const viewRef = useRef(view);
  viewRef.current = view;
  const autoTried = useRef(false);
  const accountRef = useRef<string | undefined>(undefined);
  const [onOtherDevices, setOnOtherDevices] = useState(false);
  const [timeZone, setTimeZone] = useState<string | undefined>(undefined);
  const attempt = useRef<ConsentAttempt | undefined>(undefined);

  const openConsent = useCallback(
    (url: string, issuedAt: number, adminConsentUrl?: string) => {
      attempt.current?.cancel();
      const current = host.startConsent(url);
      attempt.current = current;
      dispatch({ type: 'consent_opened' });
      void current.result.then(async (result) => {
        if (attempt.current !== current) return;
        attempt.current = undefined;
        if (result.kind === 'code') {
          dispatch({ type: 'connect_started' });
          try {
            await api.completeConnect(PROVIDER, { code: result.code, state: result.state });
            dispatch({ type: 'connected' });
          } catch (error) {
            dispatch({ type: 'refused', error: asApiError(error), at: clock.current() });
          }
          return;
        }
        const keep = { url, issuedAt, ...(adminConsentUrl !== undefined && { adminConsentUrl }) };
        if (result.kind === 'error' && result.aadsts !== undefined && ADMIN_ONLY_AADSTS.has(result.aadsts)) {
          dispatch({ type: 'admin_consent_needed', ...(adminConsentUrl !== undefined && { url: adminConsentUrl }) });
        } else if (result.kind === 'error') {
          dispatch({ type: 'consent_ended', reason: result.error === 'access_denied' ? 'denied' : 'failed', detail: result.error, ...keep });
        } else {
          // An admin-consent answer belongs to the console; here it only ends the attempt.
          dispatch({ type: 'consent_ended', reason: result.kind === 'admin_consent' ? 'closed' : result.kind, ...keep });
        }
      });
    },
    [api, host, PROVIDER],
  );

  /** `interactive`: a click, so a consent window may open at once. */
  const connectSilently = useCallback(
    async (interactive: boolean) => {
      dispatch({ type: 'connect_started' });
      try {
        // `auto` lets the server refuse when the person chose Disconnect; a click is the person's choice.
        await api.connect(PROVIDER, { auto: !interactive });
        dispatch({ type: 'connected' });
        // The calendar's zone is learned with the state: ask once more now it is connected (a nicety: failures say nothing).
        api.getMe().then(
          (me) => setTimeZone(me.integrations.find((i) => i.provider === PROVIDER)?.timeZone),
          () => undefined,
        );
      } catch (error) {
        const apiError = asApiError(error);
        const at = clock.current();
        dispatch({ type: 'refused', error: apiError, at });
        // Browsers keep a click's permission to open a window for a few seconds, long enough for this call.
        if (interactive && apiError.code === 'consent_required' && apiError.details.url) openConsent(apiError.details.url, at, apiError.details.adminConsentUrl);
      }
    },
    [api, openConsent, PROVIDER],
  );

  const reload = useCallback(() => {
    dispatch({ type: 'check_started' });
    api.getMe().then(
      (me) => {
        setIsAdmin(me.user.isAdmin === true);
        const integration = me.integrations.find((i) => i.provider === PROVIDER);
        if (!integration) {
          dispatch({ type: 'status', state: 'not_enabled' });
          return;
        }
        accountRef.current = integration.account;
        setTimeZone(integration.timeZone);
        setOnOtherDevices(integration.state === 'reconnect_required' && integration.reason === 'device_key_changed');
        dispatch({ type: 'status', state: integration.state, reason: integration.reason });
        // Silent first, once per start: the organisation may have consented already (a new device
        // of a connected person then connects without a word). For admin consent the silent
        // attempt also brings the admin-consent link to show.
        if (shouldTrySilently(integration.state, integration.reason) && !autoTried.current) {
          autoTried.current = true;
          void connectSilently(false);
        }
      },
      (error: unknown) => dispatch({ type: 'check_failed', error: asApiError(error) }),
    );
  }, [api, connectSilently, PROVIDER]);

  useEffect(() => {
    reload();
    return () => attempt.current?.cancel();
  }, [reload]);

  const connect = useCallback(() => {
    const url = freshConsentUrl(viewRef.current, clock.current());
    const issuedAt = viewRef.current.kind === 'consent_required' || viewRef.current.kind === 'consent_unfinished' ? viewRef.current.issuedAt : undefined;
    const current = viewRef.current;
    const adminUrl = current.kind === 'consent_required' || current.kind === 'consent_unfinished' ? current.adminConsentUrl : undefined;
    if (url && issuedAt !== undefined) openConsent(url, issuedAt, adminUrl);
    else void connectSilently(true);
  }, [connectSilently, openConsent]);

  const cancelConsent = useCallback(() => attempt.current?.cancel(), []);

  const disconnect = useCallback(async (scope: DisconnectScope) => {
    await api.disconnect(PROVIDER, scope);
    setOnOtherDevices(false);
    autoTried.current = true; // Disconnecting means it: no silent reconnect behind the user's back.
    dispatch({ type: 'disconnected' });
  }, [api, PROVIDER]);

  const reportError = useCallback(
    (error: ApiError) => {
      if (viewFromError(error, clock.current())) dispatch({ type: 'refused', error, at: clock.current() });
    },
    [],
  );

  return {
    data: view,
    account: view.kind === 'connected' ? accountRef.current : undefined,
    timeZone: view.kind === 'connected' ? timeZone : undefined,
    onOtherDevices: onOtherDevices && view.kind !== 'connected',
    loading: view.kind === 'checking' || view.kind === 'connecting',
    error: view.kind === 'failed' ? view.error : undefined,
    isAdmin,
    reload,
    connect,
    cancelConsent,
    disconnect,
    reportError,
  };
}
