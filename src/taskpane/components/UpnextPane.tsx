import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { ProviderInfo } from '../../shared/api';
import type { ApiClient } from '../api/client';
import { ApiError } from '../api/errors';
import type { Host } from '../host/types';
import { useConnection, type ConnectionState } from '../hooks/useConnection';
import type { DisplayOptions } from '../model/display';
import { DeferredPaneMenu } from './DeferredPaneMenu';
import { MeetingsPane } from './MeetingsPane';
import { PaneLayout } from './PaneLayout';
import { ErrorState, LoadingState } from './StatusViews';

// Not needed to show a connected user's meetings: its own chunk.
const ConnectCard = lazy(() => import('./ConnectCard'));

export interface UpnextPaneProps {
  host: Host;
  api: ApiClient;
  display: DisplayOptions;
}

/** The whole pane: first the providers the server offers, then one connection each. */
export function UpnextPane({ host, api, display }: UpnextPaneProps) {
  const [providers, setProviders] = useState<ProviderInfo[] | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const fetchProviders = useCallback(() => {
    api.getProviders().then(setProviders, (e: unknown) => setError(e instanceof ApiError ? e : new ApiError('bad_response', 'Something went wrong.', { cause: e })));
  }, [api]);
  const load = useCallback(() => {
    setError(undefined);
    fetchProviders();
  }, [fetchProviders]);
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

  const disconnect = (provider: ProviderInfo, connection: ConnectionState) => () => {
    connection.disconnect().then(
      () => setStatus(`${provider.name} is disconnected`),
      (e: unknown) => setStatus(`Could not disconnect: ${e instanceof ApiError ? e.message : 'something went wrong'}`),
    );
  };
  const connected = providers.flatMap((p, i) => (connections[i]!.data.kind === 'connected' ? [{ provider: p, connection: connections[i]! }] : []));
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
        notices={<Suspense fallback={null}>{cards}</Suspense>}
        providerNames={names}
        onConnectionError={reportError}
      />
    );
  }
  const checking = connections.some((c) => c.data.kind === 'checking');
  return (
    <PaneLayout busy={connections.some((c) => c.loading)} actions={menu} status={status}>
      {checking ? <LoadingState /> : <Suspense fallback={<LoadingState label="Loading…" />}>{cards}</Suspense>}
    </PaneLayout>
  );
}
