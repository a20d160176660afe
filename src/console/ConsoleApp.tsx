import { FluentProvider, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import { useHostTheme } from '../taskpane/hooks/useHostTheme';
import type { Host } from '../taskpane/host/types';
import { useFluentTheme } from '../taskpane/theme/fluentTheme';
import type { AdminClient } from './api/adminClient';
import { Console } from './components/Console';
import { NotAdminPage } from './components/NotAdminPage';
import { useResource } from './hooks/useResource';

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1 },
  center: { padding: tokens.spacingVerticalXXL },
});

/** The console's root: the host's theme, then who is signed in decides what they see. */
export function ConsoleApp({ host, api }: { host: Host; api: AdminClient }) {
  const styles = useStyles();
  const theme = useHostTheme(host);
  const fluentTheme = useFluentTheme(host.kind, theme);
  const me = useResource(useCallback(() => api.me(), [api]));
  let body;
  if (me.data) body = me.data.user.isAdmin ? <Console api={api} host={host} admin={me.data.user} /> : <NotAdminPage name={me.data.user.name} />;
  else if (me.error)
    body = (
      <main className={styles.center}>
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{me.error.message}</MessageBarBody>
        </MessageBar>
      </main>
    );
  else body = <Spinner className={styles.center} label="Signing in…" />;
  return (
    <FluentProvider theme={fluentTheme} data-theme={theme} className={styles.root}>
      {body}
    </FluentProvider>
  );
}
