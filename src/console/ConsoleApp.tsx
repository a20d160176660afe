import { FluentProvider, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import { useHostTheme } from '../taskpane/hooks/useHostTheme';
import type { Host } from '../taskpane/host/types';
import { useFluentTheme } from '../taskpane/theme/fluentTheme';
import type { AdminClient } from './api/adminClient';
import { Console } from './components/Console';
import { NotAdminPage } from './components/NotAdminPage';
import { useResource } from './hooks/useResource';
import { errorText } from './i18n/errorText';
import { ConsoleI18nProvider, englishConsoleI18n, useConsoleI18n, type ConsoleI18n } from './i18n/catalogue';

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1 },
  center: { padding: tokens.spacingVerticalXXL },
});

/** The console's root: the host's theme and the browser's language around everything it shows. */
export function ConsoleApp({ host, api, i18n = englishConsoleI18n }: { host: Host; api: AdminClient; i18n?: ConsoleI18n }) {
  const theme = useHostTheme(host);
  const fluentTheme = useFluentTheme(host.kind, theme);
  return (
    <ConsoleI18nProvider value={i18n}>
      <FluentProvider theme={fluentTheme} data-theme={theme} dir={i18n.dir}>
        <ConsoleRoot host={host} api={api} />
      </FluentProvider>
    </ConsoleI18nProvider>
  );
}

/**
 * Who is signed in decides what they see. Inside the providers, so its styles are made for the
 * language's direction (Griffel refuses to merge classes of two directions).
 */
function ConsoleRoot({ host, api }: { host: Host; api: AdminClient }) {
  const styles = useStyles();
  const i18n = useConsoleI18n();
  const me = useResource(useCallback(() => api.me(), [api]));
  let body;
  if (me.data) body = me.data.user.isAdmin ? <Console api={api} host={host} admin={me.data.user} /> : <NotAdminPage name={me.data.user.name} />;
  else if (me.error)
    body = (
      <main className={styles.center}>
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{errorText(i18n, me.error, 'shell.loadFailed')}</MessageBarBody>
        </MessageBar>
      </main>
    );
  else body = <Spinner className={styles.center} label={i18n.t('shell.signingIn')} />;
  return <div className={styles.root}>{body}</div>;
}
