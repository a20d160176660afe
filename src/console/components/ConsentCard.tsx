import { Badge, Button, Card, CardHeader, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ShieldCheckmarkRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { AdminConsentStatus } from '../../shared/admin-api';
import type { Host } from '../../taskpane/host/types';
import { expectedStateOf } from '../../taskpane/host/consentResult';
import type { AdminClient } from '../api/adminClient';
import { dateTimeOf, useConsoleI18n, type ConsoleKey } from '../i18n/catalogue';
import { errorText } from '../i18n/errorText';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  steps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXXL },
  subtle: { color: tokens.colorNeutralForeground2 },
});

const BADGE: Record<AdminConsentStatus['status'], { text: ConsoleKey; color: 'success' | 'warning' | 'informative' }> = {
  granted: { text: 'consent.status.granted', color: 'success' },
  not_granted: { text: 'consent.status.not_granted', color: 'warning' },
  unknown: { text: 'consent.status.unknown', color: 'informative' },
};

/** The portal steps in the console's language, for the providers it knows; the server's (English) otherwise. */
const STEPS: Partial<Record<string, readonly ConsoleKey[]>> = {
  'outlook-calendar': ['consent.entra.1', 'consent.entra.2', 'consent.entra.3', 'consent.entra.4'],
  'google-calendar': ['consent.google.1', 'consent.google.2', 'consent.google.3', 'consent.google.4'],
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
  const i18n = useConsoleI18n();
  const { t } = i18n;
  const [message, setMessage] = useState<{ intent: 'success' | 'error' | 'info'; text: string }>();
  const badge = BADGE[consent.status];
  const steps = STEPS[consent.provider]?.map((key) => t(key)) ?? consent.steps;
  const grantedText = (granted: boolean, when: string, by: string | undefined) =>
    by ? t(granted ? 'consent.grantedAtBy' : 'consent.recordedAtBy', { when, name: by }) : t(granted ? 'consent.grantedAt' : 'consent.recordedAt', { when });

  const grant = () => {
    if (!consent.recordable) {
      host.openUrl(consent.url);
      return;
    }
    const state = expectedStateOf(consent.url);
    const attempt = host.startConsent(consent.url);
    setMessage({ intent: 'info', text: t('consent.finishInWindow') });
    void attempt.result.then(async (result) => {
      try {
        if (result.kind === 'admin_consent') {
          await api.completeConsent(consent.provider, { state: result.state, admin_consent: 'True' });
          setMessage({ intent: 'success', text: t('consent.recorded', { name: consent.name }) });
        } else if (result.kind === 'error' && state) {
          await api.completeConsent(consent.provider, { state, error: result.error === 'access_denied' ? 'access_denied' : 'consent_failed' });
          setMessage({ intent: 'error', text: t('consent.notGranted', { error: result.error }) });
        } else {
          setMessage({ intent: 'info', text: t(result.kind === 'blocked' ? 'consent.blocked' : 'consent.closed') });
        }
      } catch (e) {
        setMessage({ intent: 'error', text: errorText(i18n, e, 'consent.recordFailed') });
      }
      onChanged();
    });
  };

  return (
    <Card data-testid={`consent-${consent.provider}`}>
      <CardHeader
        image={<ShieldCheckmarkRegular aria-hidden="true" />}
        header={<Text weight="semibold" as="h3">{t('consent.cardTitle', { name: consent.name })}</Text>}
        action={<Badge appearance="tint" color={badge.color}>{t(badge.text)}</Badge>}
      />
      <div className={styles.body}>
        {consent.grantedAt && (
          <Text className={styles.subtle}>{grantedText(consent.status === 'granted', dateTimeOf(i18n, consent.grantedAt), consent.grantedBy?.name)}</Text>
        )}
        {/* Entra's tenant-wide grant makes sign-in silent; Google has none: people always pick an account, and see consent unless the app is Trusted. */}
        {consent.status === 'unknown' && <Text className={styles.subtle}>{t(consent.provider === 'google-calendar' ? 'consent.noRecord.google' : 'consent.noRecord.entra')}</Text>}
        <div>
          <Button appearance="primary" onClick={grant}>
            {t(consent.recordable ? 'consent.grant' : 'consent.openGoogle')}
          </Button>
        </div>
        {message && (
          <MessageBar intent={message.intent} role={message.intent === 'error' ? 'alert' : 'status'}>
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
        <Text weight="semibold">{t('consent.inPortal')}</Text>
        <ol className={styles.steps}>
          {steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </div>
    </Card>
  );
}
