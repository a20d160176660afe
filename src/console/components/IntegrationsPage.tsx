import { Badge, Button, Card, CardHeader, MessageBar, MessageBarBody, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CalendarLtr24Regular, PeopleRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useDialog } from '../hooks/useDialog';
import type { Audience, Integration } from '../../shared/api';
import type { AdminClient } from '../api/adminClient';
import { useConsoleI18n } from '../i18n/catalogue';
import { errorText } from '../i18n/errorText';
import { accessSummary } from '../model/access';
import { ConfirmDialog } from './ConfirmDialog';
import { ManageAccessDialog } from './ManageAccessDialog';

const useStyles = makeStyles({
  list: { display: 'grid', gap: tokens.spacingVerticalL, gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  subtle: { color: tokens.colorNeutralForeground2 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

export interface IntegrationsPageProps {
  api: AdminClient;
  integrations: Integration[];
  audiences: Audience[];
  onChanged(integration: Integration): void;
  onReload(): void;
}

/** One card per integration: the enabled switch, who may use it, how many are connected. */
export function IntegrationsPage({ api, integrations, audiences, onChanged, onReload }: IntegrationsPageProps) {
  const styles = useStyles();
  const i18n = useConsoleI18n();
  const { t } = i18n;
  const manager = useDialog<Integration>();
  const purger = useDialog<Integration>();
  const managing = manager.subject;
  const purging = purger.subject;
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ intent: 'success' | 'error'; text: string }>();

  const fail = (e: unknown) => setMessage({ intent: 'error', text: errorText(i18n, e, 'integrations.saveFailed') });

  const setEnabled = (integration: Integration, enabled: boolean) => {
    api.updateIntegration(integration.provider, { enabled }).then((saved) => {
      onChanged(saved);
      setMessage({ intent: 'success', text: t(saved.enabled ? 'integrations.enabledNote' : 'integrations.disabledNote', { name: saved.name }) });
    }, fail);
  };

  const purge = (integration: Integration) => {
    setBusy(true);
    api.purgeConnections(integration.provider).then(
      (result) => {
        setBusy(false);
        purger.close();
        setMessage({ intent: 'success', text: t('integrations.purged', { entries: result.entries, users: result.users, name: integration.name }) });
        onReload();
      },
      (e: unknown) => {
        setBusy(false);
        purger.close();
        fail(e);
      },
    );
  };

  return (
    <section aria-labelledby="integrations-title" className={styles.body}>
      <h2 id="integrations-title" className={styles.title}>
        {t('integrations.title')}
      </h2>
      {message && (
        <MessageBar intent={message.intent} role={message.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.list}>
        {integrations.map((integration) => (
          <Card key={integration.provider} data-testid={`integration-${integration.provider}`}>
            <CardHeader
              image={<CalendarLtr24Regular aria-hidden="true" />}
              header={<Text weight="semibold" as="h3">{integration.name}</Text>}
              action={
                <Badge appearance="tint" color={integration.enabled ? 'success' : 'subtle'}>
                  {t(integration.enabled ? 'integrations.on' : 'integrations.off')}
                </Badge>
              }
            />
            <div className={styles.body}>
              <Switch
                checked={integration.enabled}
                label={t('integrations.enabledLabel')}
                aria-label={t('integrations.enable', { name: integration.name })}
                onChange={(_e, data) => setEnabled(integration, data.checked)}
              />
              <Text className={styles.subtle}>{accessSummary(i18n, integration)}</Text>
              <div className={styles.row}>
                <PeopleRegular aria-hidden="true" />
                <Text>{t('integrations.connected', { count: integration.connectedUsers })}</Text>
              </div>
              {!integration.enabled && integration.connectedUsers > 0 && (
                <Text className={styles.subtle}>{t('integrations.keptWhileOff')}</Text>
              )}
              <div className={styles.row}>
                <Button onClick={() => manager.show(integration)}>{t('integrations.manageAccess')}</Button>
                <Button appearance="subtle" disabled={integration.connectedUsers === 0} onClick={() => purger.show(integration)}>
                  {t('integrations.removeConnections')}
                </Button>
              </div>
            </div>
          </Card>
        ))}
      </div>
      {managing && (
        <ManageAccessDialog
          key={manager.key}
          open={manager.open}
          api={api}
          integration={managing}
          audiences={audiences}
          onClose={manager.close}
          onSaved={(saved) => {
            manager.close();
            onChanged(saved);
            setMessage({ intent: 'success', text: t('integrations.accessSaved', { name: saved.name, summary: accessSummary(i18n, saved) }) });
          }}
        />
      )}
      {purging && (
        <ConfirmDialog
          key={purger.key}
          open={purger.open}
          title={t('integrations.purge.title', { name: purging.name })}
          confirm={t('integrations.purge.confirm')}
          busy={busy}
          onConfirm={() => purge(purging)}
          onCancel={purger.close}
        >
          {t('integrations.purge.body', { count: purging.connectedUsers, name: purging.name })}
        </ConfirmDialog>
      )}
    </section>
  );
}
