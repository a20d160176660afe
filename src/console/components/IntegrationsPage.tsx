import { Badge, Button, Card, CardHeader, MessageBar, MessageBarBody, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CalendarLtr24Regular, PeopleRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useDialog } from '../hooks/useDialog';
import type { Audience, Integration } from '../../shared/api';
import type { AdminClient } from '../api/adminClient';
import { accessSummary, plural } from '../model/access';
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
  const manager = useDialog<Integration>();
  const purger = useDialog<Integration>();
  const managing = manager.subject;
  const purging = purger.subject;
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ intent: 'success' | 'error'; text: string }>();

  const fail = (e: unknown) => setMessage({ intent: 'error', text: e instanceof Error ? e.message : 'The change could not be saved.' });

  const setEnabled = (integration: Integration, enabled: boolean) => {
    api.updateIntegration(integration.provider, { enabled }).then((saved) => {
      onChanged(saved);
      setMessage({ intent: 'success', text: `${saved.name} is ${saved.enabled ? 'enabled' : 'disabled'} for your organization.` });
    }, fail);
  };

  const purge = (integration: Integration) => {
    setBusy(true);
    api.purgeConnections(integration.provider).then(
      (result) => {
        setBusy(false);
        purger.close();
        setMessage({ intent: 'success', text: `Removed ${plural(result.entries, 'stored connection')} of ${plural(result.users, 'person', 'people')} for ${integration.name}.` });
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
        Integrations
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
                  {integration.enabled ? 'On' : 'Off'}
                </Badge>
              }
            />
            <div className={styles.body}>
              <Switch
                checked={integration.enabled}
                label={`Enabled for the organization`}
                aria-label={`Enable ${integration.name}`}
                onChange={(_e, data) => setEnabled(integration, data.checked)}
              />
              <Text className={styles.subtle}>{accessSummary(integration)}</Text>
              <div className={styles.row}>
                <PeopleRegular aria-hidden="true" />
                <Text>{plural(integration.connectedUsers, 'person', 'people')} connected</Text>
              </div>
              {!integration.enabled && integration.connectedUsers > 0 && (
                <Text className={styles.subtle}>Stored connections are kept while it is off and work again when you turn it back on.</Text>
              )}
              <div className={styles.row}>
                <Button onClick={() => manager.show(integration)}>Manage access</Button>
                <Button appearance="subtle" disabled={integration.connectedUsers === 0} onClick={() => purger.show(integration)}>
                  Remove stored connections
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
            setMessage({ intent: 'success', text: `Access to ${saved.name} is saved: ${accessSummary(saved)}.` });
          }}
        />
      )}
      {purging && (
        <ConfirmDialog
          key={purger.key}
          open={purger.open}
          title={`Remove every stored ${purging.name} connection?`}
          confirm="Remove connections"
          busy={busy}
          onConfirm={() => purge(purging)}
          onCancel={purger.close}
        >
          The stored access of {plural(purging.connectedUsers, 'person', 'people')} is deleted for good. They will need to connect {purging.name} again.
        </ConfirmDialog>
      )}
    </section>
  );
}
