import { Button } from '@fluentui/react-components';
import { MoreHorizontalRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useCallback, useState } from 'react';
import type { ApiClient } from '../api/client';
import { ApiError } from '../api/errors';
import type { Host } from '../host/types';
import { useConnection } from '../hooks/useConnection';
import type { DisplayOptions } from '../model/display';
import { MeetingsPane } from './MeetingsPane';
import { PaneLayout } from './PaneLayout';
import { ErrorState, LoadingState } from './StatusViews';

// Neither is needed to show a connected user's meetings: each is its own chunk.
const ConnectCard = lazy(() => import('./ConnectCard'));
const PaneMenu = lazy(() => import('./PaneMenu'));

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
      <Suspense fallback={<Button appearance="subtle" icon={<MoreHorizontalRegular />} aria-label="More options" disabled />}>
        <PaneMenu onDisconnect={connected ? disconnect : undefined} onOpenConsole={openConsole} onSignOut={signOut} />
      </Suspense>
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
