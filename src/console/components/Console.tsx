import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { Integration } from '../../shared/api';
import type { Host } from '../../taskpane/host/types';
import type { AdminClient } from '../api/adminClient';
import { useResource } from '../hooks/useResource';
import { useConsoleI18n, type ConsoleKey } from '../i18n/catalogue';
import { errorText } from '../i18n/errorText';

import { AudiencesPage } from './AudiencesPage';
import { AuditPage } from './AuditPage';
import { ConsentCard } from './ConsentCard';
import { IntegrationsPage } from './IntegrationsPage';

const useStyles = makeStyles({
  shell: { maxWidth: '1100px', margin: '0 auto', padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  header: { display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  title: { margin: 0, fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold },
  subtle: { color: tokens.colorNeutralForeground2 },
  consent: { display: 'grid', gap: tokens.spacingVerticalL, gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))' },
  nav: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  sectionTitle: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

type Page = 'integrations' | 'audiences' | 'audit';
const PAGES: ReadonlyArray<[Page, ConsoleKey]> = [
  ['integrations', 'shell.page.integrations'],
  ['audiences', 'shell.page.audiences'],
  ['audit', 'shell.page.audit'],
];

/** The console for an admin: integrations and consent, audiences, the audit log. */
export function Console({ api, host, admin }: { api: AdminClient; host: Host; admin: { name: string } }) {
  const styles = useStyles();
  const i18n = useConsoleI18n();
  const { t } = i18n;
  const [page, setPage] = useState<Page>('integrations');
  const integrations = useResource(useCallback(() => api.integrations(), [api]));
  const audiences = useResource(useCallback(() => api.audiences(), [api]));
  const consent = useResource(useCallback(() => api.consent(), [api]));

  const replace = (saved: Integration) => integrations.set((integrations.data ?? []).map((i) => (i.provider === saved.provider ? saved : i)));
  const error = integrations.error ?? audiences.error;

  return (
    <main className={styles.shell}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t('shell.title')}</h1>
        <Text className={styles.subtle}>{t('shell.signedInAs', { name: admin.name })}</Text>
      </header>
      {/* Plain buttons, not Fluent's TabList: its focus-trap sentinels are focusable aria-hidden elements axe rejects. */}
      <nav aria-label={t('shell.pages')} className={styles.nav}>
        {PAGES.map(([value, label]) => (
          <Button key={value} appearance={page === value ? 'primary' : 'subtle'} aria-current={page === value ? 'page' : undefined} onClick={() => setPage(value)}>
            {t(label)}
          </Button>
        ))}
      </nav>
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{errorText(i18n, error, 'shell.loadFailed')}</MessageBarBody>
        </MessageBar>
      )}
      {!integrations.data || !audiences.data ? (
        !error && <Spinner label={t('shell.loading')} />
      ) : page === 'integrations' ? (
        <>
          <IntegrationsPage api={api} integrations={integrations.data} audiences={audiences.data.audiences} onChanged={replace} onReload={integrations.reload} />
          <section aria-labelledby="consent-title" className={styles.section}>
            <h2 id="consent-title" className={styles.sectionTitle}>
              {t('consent.title')}
            </h2>
            <div className={styles.consent}>
              {consent.data?.map((c) => <ConsentCard key={c.provider} api={api} host={host} consent={c} onChanged={consent.reload} />)}
            </div>
          </section>
        </>
      ) : page === 'audiences' ? (
        <AudiencesPage
          api={api}
          audiences={audiences.data.audiences}
          integrations={integrations.data}
          groupsOverageUsers={audiences.data.groupsOverageUsers}
          onChanged={() => {
            audiences.reload();
            integrations.reload();
          }}
        />
      ) : (
        <AuditPage api={api} audiences={audiences.data.audiences} />
      )}
    </main>
  );
}
