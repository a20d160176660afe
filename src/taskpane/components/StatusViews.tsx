import { Button, Link, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import { CONNECT_CODES, type ApiError } from '../api/errors';

// Rarely needed, so it is its own chunk.
const ErrorDetails = lazy(() => import('./ErrorDetails'));

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
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

export function LoadingState({ label = 'Loading meetings…' }: { label?: string }) {
  const styles = useStyles();
  return (
    <div className={styles.centered}>
      <Spinner size="small" label={label} />
    </div>
  );
}

export function EmptyState({ days }: { days: number }) {
  const styles = useStyles();
  return (
    <div className={styles.centered}>
      <p className={styles.message}>No meetings in the next {days} days</p>
    </div>
  );
}

/** What to tell the user; the server's message where it is the best we have. */
export function errorMessage(error: ApiError): string {
  if (CONNECT_CODES.includes(error.code)) return error.message;
  switch (error.code) {
    case 'provider_unavailable':
      return 'Your calendar is not answering right now.';
    case 'rate_limited':
      return 'Too many requests for now. Try again in a minute.';
    case 'unauthenticated':
    case 'invalid_token':
      return `You are not signed in. ${error.message}`;
    default:
      return error.message;
  }
}

export function ErrorState({ error, onRetry }: { error: ApiError; onRetry(): void }) {
  const styles = useStyles();
  const [showDetails, setShowDetails] = useState(false);
  const signIn = error.code === 'unauthenticated' || error.code === 'invalid_token';
  return (
    <div className={styles.error} role="alert" data-testid="error" data-error-code={error.code}>
      <p className={styles.message}>{errorMessage(error)}</p>
      <div className={styles.actions}>
        <Button size="small" onClick={onRetry}>
          {signIn ? 'Sign in again' : 'Retry'}
        </Button>
        {!showDetails && (
          <Link as="button" onClick={() => setShowDetails(true)}>
            Details
          </Link>
        )}
      </div>
      {showDetails && (
        <Suspense fallback={<Spinner size="tiny" />}>
          <ErrorDetails error={error} />
        </Suspense>
      )}
    </div>
  );
}
