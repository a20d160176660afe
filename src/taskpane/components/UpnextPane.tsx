import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { ProviderId, ProviderInfo } from '../../shared/api';
import type { ApiClient, DisconnectScope } from '../api/client';
import { ApiError } from '../api/errors';
import type { Host } from '../host/types';
import { useConnection, type ConnectionState } from '../hooks/useConnection';
import type { DisplayOptions } from '../model/display';
import { useI18n } from '../i18n';
import { DeferredPaneMenu } from './DeferredPaneMenu';
import { MeetingsPane } from './MeetingsPane';
import { PaneLayout } from './PaneLayout';
import { ErrorState, LoadingState } from './StatusViews';

// Not needed to show a connected user's meetings: its own chunk.
const ConnectCard = lazy(() => import('./ConnectCard'));
const DisconnectDialog = lazy(() => import(/* webpackChunkName: "disconnect-dialog" */ './DisconnectDialog'));

export interface UpnextPaneProps {
  host: Host;
  api: ApiClient;
  display: DisplayOptions;
}

/** The whole pane: first the providers the server offers, then one connection each. */
export function UpnextPane({ host, api, display }: UpnextPaneProps) {
  const [providers, setProviders] = useState<ProviderInfo[] | undefined>(undefined);
  const [failure, setFailure] = useState<{ cause: unknown } | undefined>(undefined);
  const { t } = useI18n();
  const fetchProviders = useCallback(() => {
    api.getProviders().then(setProviders, (cause: unknown) => setFailure({ cause }));
  }, [api]);
  const load = useCallback(() => {
    setFailure(undefined);
    fetchProviders();
  }, [fetchProviders]);
  // Worded at render, so a change of language rewords it without asking again.
  const error = useMemo(
    () => failure && (failure.cause instanceof ApiError ? failure.cause : new ApiError('bad_response', t('app.somethingWentWrong'), { cause: failure.cause })),
    [failure, t],
  );
  // Only the answer sets state (in its callback), never the effect itself.
  useEffect(fetchProviders, [fetchProviders]);
  if (error) return <PaneLayout busy={false}><ErrorState error={error} onRetry={load} /></PaneLayout>;
  if (!providers) return <PaneLayout busy><LoadingState /></PaneLayout>;
  // Keyed by the ids: the connections below are one hook per provider, a fixed list for that component's life.
  return <ConnectionsPane key={providers.map((p) => p.id).join(',')} providers={providers} host={host} api={api} display={display} />;
}

function ConnectionsPane({ providers, host, api, display }: UpnextPaneProps & { providers: ProviderInfo[] }) {
  // eslint-disable-next-line react-hooks/rules-of-hooks -- `providers` never changes for this component (keyed by it above).
  const connections: ConnectionState[] = providers.map((p) => useConnection(api, host, p.id));
  const [status, setStatus] = useState('');
  const { t } = useI18n();
  // Disconnect asks first (this device or all); afterwards focus goes to that provider's Connect card.
  const [confirming, setConfirming] = useState<{ provider: ProviderInfo; connection: ConnectionState; busy: boolean } | undefined>(undefined);
  const [focusCard, setFocusCard] = useState<ProviderId | undefined>(undefined);

  const disconnect = (provider: ProviderInfo, connection: ConnectionState) => () => setConfirming({ provider, connection, busy: false });
  const confirmDisconnect = (scope: DisconnectScope) => {
    if (!confirming) return;
    const { provider, connection } = confirming;
    setConfirming({ ...confirming, busy: true });
    connection.disconnect(scope).then(
      () => {
        setConfirming(undefined);
        setFocusCard(provider.id);
        setStatus(t('pane.disconnected', { name: provider.name }));
      },
      (e: unknown) => {
        setConfirming(undefined);
        setStatus(e instanceof ApiError ? t('pane.disconnectFailed', { reason: e.message }) : t('pane.disconnectFailedUnknown'));
      },
    );
  };
  const dialog = confirming && (
    <Suspense fallback={null}>
      <DisconnectDialog
        name={confirming.provider.name}
        {...(confirming.connection.account !== undefined && { account: confirming.connection.account })}
        busy={confirming.busy}
        onConfirm={confirmDisconnect}
        onCancel={() => setConfirming(undefined)}
      />
    </Suspense>
  );
  const connected = providers.flatMap((p, i) => (connections[i]!.data.kind === 'connected' ? [{ provider: p, connection: connections[i]! }] : []));
  const calendars = connected.map(({ provider, connection }) => ({ name: provider.name, timeZone: connection.timeZone }));
  const signOut = host.signOut ? () => void host.signOut?.() : undefined;
  const openConsole = connections.some((c) => c.isAdmin) ? () => host.openUrl(new URL('/console.html', window.location.href).href) : undefined;
  const menuProps = {
    disconnects: connected.map(({ provider, connection }) => ({ name: provider.name, ...(connection.account && { account: connection.account }), onDisconnect: disconnect(provider, connection) })),
    onOpenConsole: openConsole,
    onSignOut: signOut,
  };
  const menu = connected.length > 0 || signOut || openConsole ? <DeferredPaneMenu {...menuProps} /> : undefined;

  const cards = providers.map((p, i) => {
    const view = connections[i]!.data;
    if (view.kind === 'connected' || view.kind === 'checking') return null;
    const c = connections[i]!;
    if (view.kind === 'failed') return <ErrorState key={p.id} error={view.error} onRetry={c.reload} />;
    return (
      <ConnectCard
        key={p.id}
        provider={p}
        view={view}
        onOtherDevices={c.onOtherDevices}
        takeFocus={focusCard === p.id}
        onConnect={c.connect}
        onCancel={c.cancelConsent}
        onCheckAgain={c.reload}
        onOpenUrl={(url) => host.openUrl(url)}
        onCopy={(text) => host.copyText(text)}
      />
    );
  });
  // The list failed for a connection reason only when no calendar answered: each connected card takes it.
  const reportError = (e: ApiError) => connected.forEach(({ connection }) => connection.reportError(e));

  if (connected.length > 0) {
    const names = Object.fromEntries(providers.map((p) => [p.id, p.name]));
    return (
      <MeetingsPane
        // A new set of connected calendars is a new list.
        key={connected.map((c) => c.provider.id).join(',')}
        host={host}
        api={api}
        display={display}
        menu={menuProps}
        notices={<Suspense fallback={null}>{cards}{dialog}</Suspense>}
        providerNames={names}
        calendars={calendars}
        onConnectionError={reportError}
      />
    );
  }
  const checking = connections.some((c) => c.data.kind === 'checking');
  return (
    <PaneLayout busy={connections.some((c) => c.loading)} actions={menu} status={status}>
      {checking ? <LoadingState /> : <Suspense fallback={<LoadingState label={t('app.loading')} />}>{cards}</Suspense>}
      {dialog}
    </PaneLayout>
  );
}
