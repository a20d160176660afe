import { Badge, Button, Card, CardHeader, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ShieldCheckmarkRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { AdminConsentStatus } from '../../shared/admin-api';
import type { Host } from '../../taskpane/host/types';
import { expectedStateOf } from '../../taskpane/host/consentResult';
import type { AdminClient } from '../api/adminClient';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  steps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXXL },
  subtle: { color: tokens.colorNeutralForeground2 },
});

const BADGE: Record<AdminConsentStatus['status'], { text: string; color: 'success' | 'warning' | 'informative' }> = {
  granted: { text: 'Granted', color: 'success' },
  not_granted: { text: 'Not granted', color: 'warning' },
  unknown: { text: 'Unknown', color: 'informative' },
};

export interface ConsentCardProps {
  api: AdminClient;
  host: Host;
  consent: AdminConsentStatus;
  onChanged(): void;
}

/** Admin consent for one provider: status, the one-click grant, and the portal steps. */
export function ConsentCard({ api, host, consent, onChanged }: ConsentCardProps) {
  const styles = useStyles();
  const [message, setMessage] = useState<{ intent: 'success' | 'error' | 'info'; text: string }>();
  const badge = BADGE[consent.status];

  const grant = () => {
    if (!consent.recordable) {
      host.openUrl(consent.url);
      return;
    }
    const state = expectedStateOf(consent.url);
    const attempt = host.startConsent(consent.url);
    setMessage({ intent: 'info', text: 'Finish in the window that opened.' });
    void attempt.result.then(async (result) => {
      try {
        if (result.kind === 'admin_consent') {
          await api.completeConsent(consent.provider, { state: result.state, admin_consent: 'True' });
          setMessage({ intent: 'success', text: `Admin consent for ${consent.name} is granted and recorded.` });
        } else if (result.kind === 'error' && state) {
          await api.completeConsent(consent.provider, { state, error: result.error === 'access_denied' ? 'access_denied' : 'consent_failed' });
          setMessage({ intent: 'error', text: `Consent was not granted (${result.error}).` });
        } else {
          setMessage({ intent: 'info', text: result.kind === 'blocked' ? 'The window was blocked: allow pop-ups and try again.' : 'The window was closed before consent was granted.' });
        }
      } catch (e) {
        setMessage({ intent: 'error', text: e instanceof Error ? e.message : 'The answer could not be recorded.' });
      }
      onChanged();
    });
  };

  return (
    <Card data-testid={`consent-${consent.provider}`}>
      <CardHeader
        image={<ShieldCheckmarkRegular aria-hidden="true" />}
        header={<Text weight="semibold" as="h3">Admin consent: {consent.name}</Text>}
        action={<Badge appearance="tint" color={badge.color}>{badge.text}</Badge>}
      />
      <div className={styles.body}>
        {consent.grantedAt && (
          <Text className={styles.subtle}>
            {consent.status === 'granted' ? 'Granted' : 'Recorded'} {new Date(consent.grantedAt).toLocaleString()}
            {consent.grantedBy ? ` by ${consent.grantedBy.name}` : ''}
          </Text>
        )}
        {consent.status === 'unknown' && <Text className={styles.subtle}>Upnext has no record of a grant. If consent was granted in the portal, people connect silently anyway.</Text>}
        <div>
          <Button appearance="primary" onClick={grant}>
            {consent.recordable ? 'Grant admin consent' : 'Open the Google Admin console'}
          </Button>
        </div>
        {message && (
          <MessageBar intent={message.intent} role={message.intent === 'error' ? 'alert' : 'status'}>
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
        <Text weight="semibold">Or in the portal:</Text>
        <ol className={styles.steps}>
          {consent.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </div>
    </Card>
  );
}
