import { lazy, Suspense, useCallback, useState } from 'react';
import type { ApiClient } from '../api/client';
import { ApiError } from '../api/errors';
import type { Host } from '../host/types';
import { useConnection } from '../hooks/useConnection';
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

/** The whole pane: the connection decides between the meetings and the Connect card. */
export function UpnextPane({ host, api, display }: UpnextPaneProps) {
  const connection = useConnection(api, host);
  const view = connection.data;
  const [status, setStatus] = useState('');

  const disconnect = useCallback(() => {
    connection.disconnect().then(
      () => setStatus('Outlook Calendar is disconnected'),
      (error: unknown) => setStatus(`Could not disconnect: ${error instanceof ApiError ? error.message : 'something went wrong'}`),
    );
  }, [connection]);
  const signOut = host.signOut ? () => void host.signOut?.() : undefined;
  const connected = view.kind === 'connected';
  const openConsole = connection.isAdmin ? () => host.openUrl(new URL('/console.html', window.location.href).href) : undefined;
  const menu =
    connected || signOut || openConsole ? (
      <DeferredPaneMenu onDisconnect={connected ? disconnect : undefined} onOpenConsole={openConsole} onSignOut={signOut} />
    ) : undefined;

  if (connected) {
    return <MeetingsPane host={host} api={api} display={display} headerActions={menu} onConnectionError={connection.reportError} />;
  }

  let body;
  if (view.kind === 'checking') body = <LoadingState />;
  else if (view.kind === 'failed') body = <ErrorState error={view.error} onRetry={connection.reload} />;
  else {
    body = (
      <Suspense fallback={<LoadingState label="Loading…" />}>
        <ConnectCard
          view={view}
          onConnect={connection.connect}
          onCancel={connection.cancelConsent}
          onCheckAgain={connection.reload}
          onOpenUrl={(url) => host.openUrl(url)}
          onCopy={(text) => host.copyText(text)}
        />
      </Suspense>
    );
  }
  return (
    <PaneLayout busy={connection.loading} actions={menu} status={status}>
      {body}
    </PaneLayout>
  );
}
