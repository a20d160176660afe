import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { InlineLinkButton } from './InlineLink';
import { Busy } from './Busy';
import { lazy, Suspense, useState } from 'react';
import { CONNECT_CODES, type ApiError } from '../api/errors';
import { useI18n, type I18n } from '../i18n';

// Rarely needed, so it is its own chunk.
const ErrorDetails = lazy(() => import(/* webpackChunkName: "error-details" */ './ErrorDetails'));

const useStyles = makeStyles({
  centered: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
    textAlign: 'center',
    color: tokens.colorNeutralForeground2,
  },
  error: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder1}`,
  },
  message: { margin: 0 },
  fallback: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  note: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

export function LoadingState({ label }: { label?: string }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <div className={styles.centered}>
      <Busy label={label ?? t('connection.loading')} />
    </div>
  );
}

export function EmptyState({ days }: { days: number }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <div className={styles.centered}>
      <p className={styles.message}>{t('connection.empty', { days })}</p>
    </div>
  );
}

/** What to tell the user; the server's message where it is the best we have. */
export function errorMessage(error: ApiError, t: I18n['t']): string {
  if (CONNECT_CODES.includes(error.code)) return error.message;
  switch (error.code) {
    case 'provider_unavailable':
      return t('connection.error.unavailable');
    case 'rate_limited':
      return t('connection.error.rateLimited');
    case 'unauthenticated':
    case 'invalid_token':
      return t('connection.error.signedOut', { message: error.message });
    default:
      return error.message;
  }
}

/** "09:41" in the person's locale and zone. */
export function shortTime(at: number, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', ...(timeZone !== undefined && { timeZone }) }).format(at);
}

export interface ErrorStateProps {
  error: ApiError;
  onRetry(): void;
  /** An automatic retry is on its way (the banner says so; Retry stays for the impatient). */
  retrying?: boolean;
  /** When the meetings still shown were fetched (epoch ms): "Showing meetings from 9:41". */
  asOf?: number;
  timeZone?: string;
}

export function ErrorState({ error, onRetry, retrying = false, asOf, timeZone }: ErrorStateProps) {
  const styles = useStyles();
  const { t, locale } = useI18n();
  const [showDetails, setShowDetails] = useState(false);
  const signIn = error.code === 'unauthenticated' || error.code === 'invalid_token';
  return (
    <div className={styles.error} role="alert" data-testid="error" data-error-code={error.code}>
      <p className={styles.message}>{errorMessage(error, t)}</p>
      {asOf !== undefined && <p className={styles.message} data-testid="error-as-of">{t('connection.stale.from', { time: shortTime(asOf, locale, timeZone) })}</p>}
      {retrying && <p className={styles.message}>{t('connection.error.retrying')}</p>}
      <div className={styles.actions}>
        <Button size="small" onClick={onRetry}>
          {signIn ? t('connection.error.signIn') : t('connection.error.retry')}
        </Button>
        {!showDetails && (
          <InlineLinkButton onClick={() => setShowDetails(true)}>
            {t('connection.error.details')}
          </InlineLinkButton>
        )}
      </div>
      {showDetails && (
        <Suspense fallback={<Busy />}>
          <ErrorDetails error={error} />
        </Suspense>
      )}
    </div>
  );
}

/** The server answered from its saved copy: say from when, when we know. */
export function StaleNote({ asOf, timeZone }: { asOf: number | undefined; timeZone?: string }) {
  const styles = useStyles();
  const { t, locale } = useI18n();
  return (
    <p className={styles.note} role="status" data-testid="stale-note">
      {asOf === undefined ? t('connection.stale.saved') : t('connection.stale.at', { time: shortTime(asOf, locale, timeZone) })}
    </p>
  );
}

/** "Open in app" did not take over: offer the meeting's web link (useOpenInApp). */
export function AppFallbackNote({ service, onOpenWeb, onDismiss }: { service: string; onOpenWeb(): void; onDismiss(): void }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <div className={styles.fallback} role="status" data-testid="app-fallback">
      <p className={styles.message}>{t('connection.app.notOpened', { service })}</p>
      <div className={styles.actions}>
        <Button size="small" appearance="primary" onClick={onOpenWeb}>
          {t('connection.app.openWeb')}
        </Button>
        <Button size="small" appearance="subtle" onClick={onDismiss}>
          {t('connection.cancel')}
        </Button>
      </div>
    </div>
  );
}
