/**
 * "<Provider> — Connect": every state of one provider's connection but "connected" (brief §1), with
 * the provider's name, icon and wording from the server's registry.
 * Presentational: the view comes in, clicks go out. Its own chunk, since a connected user never
 * sees it.
 */
import { Badge, Button, Link, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import type { ProviderInfo } from '../../shared/api';
import type { ConnectionView, ReconnectReason, UnfinishedReason } from '../model/connection';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow2,
    '@media (forced-colors: active)': { border: `${tokens.strokeWidthThin} solid CanvasText` },
  },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  icon: { color: tokens.colorBrandForeground1, flexShrink: 0 },
  title: { margin: 0, flexGrow: 1, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  subtle: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  steps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, fontSize: tokens.fontSizeBase300 },
  url: {
    display: 'block',
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

export interface ConnectCardProps {
  provider: ProviderInfo;
  view: Exclude<ConnectionView, { kind: 'connected' }>;
  onConnect(): void;
  onCancel(): void;
  /** Check the state again (after an admin acted). */
  onCheckAgain(): void;
  onOpenUrl(url: string): void;
  onCopy(text: string): Promise<void>;
}

const RECONNECT_TEXT: Record<ReconnectReason, string> = {
  device_key_changed:
    "This device's key is not the one your calendar was connected with, so Upnext cannot use that connection here. Reconnect to make a new one for this device.",
  grant_revoked: 'Your permission for Upnext to read your calendar was revoked or has expired. Reconnect to continue.',
  entry_unreadable: 'Your saved calendar connection could not be opened. Reconnect to continue.',
  unknown: 'Your calendar connection has to be renewed. Reconnect to continue.',
};

const UNFINISHED_TEXT: Record<UnfinishedReason, string> = {
  closed: 'The sign-in window was closed before it finished.',
  blocked: 'Your browser blocked the sign-in window. Allow pop-ups for this site, then try again.',
  denied: 'Permission to read your calendar was not given.',
  failed: 'Connecting did not finish.',
};

/** What an admin needs, as plain text for the clipboard (mail, chat, a ticket). */
export function adminStepsText(url: string | undefined): string {
  return [
    'Upnext needs admin consent to read calendars in our organization (Microsoft Entra ID).',
    '1. Sign in as a Global Administrator, Privileged Role Administrator or Cloud Application Administrator.',
    `2. Open the admin consent link${url ? ` below` : ' from the Upnext admin console'} and review the permissions: sign in, read calendars, keep access.`,
    '3. Choose Accept to grant consent for the whole organization.',
    '4. Tell people to open Upnext and choose Check again.',
    ...(url ? ['', url] : []),
  ].join('\n');
}

function Status({ view }: { view: ConnectCardProps['view'] }) {
  switch (view.kind) {
    case 'reconnect_required':
      return <Badge appearance="tint" color="warning">Reconnect needed</Badge>;
    case 'admin_consent_required':
      return <Badge appearance="tint" color="warning">Admin consent needed</Badge>;
    case 'not_enabled':
      return <Badge appearance="tint" color="subtle">Not enabled</Badge>;
    case 'failed':
    case 'consent_unfinished':
      return <Badge appearance="tint" color="danger">Not connected</Badge>;
    default:
      return <Badge appearance="outline" color="informative">Not connected</Badge>;
  }
}

export default function ConnectCard({ provider, view, onConnect, onCancel, onCheckAgain, onOpenUrl, onCopy }: ConnectCardProps) {
  const styles = useStyles();
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');

  let body: ReactNode;
  let actions: ReactNode;
  switch (view.kind) {
    case 'checking':
    case 'connecting':
      body = <Spinner size="small" labelPosition="after" label={`Connecting to ${provider.name}…`} />;
      break;
    case 'failed':
      body = <p className={styles.text}>{view.error.message}</p>;
      actions = <Button appearance="primary" onClick={onCheckAgain}>Try again</Button>;
      break;
    case 'not_connected':
    case 'consent_required':
      body = (
        <>
          <p className={styles.text}>Connect {provider.name} to see your next meetings and join them in one click.</p>
          <p className={styles.subtle}>{provider.consentText}</p>
          {view.kind === 'consent_required' && (
            <p className={styles.subtle}>A sign-in window opens to ask for your permission to read your calendar.</p>
          )}
        </>
      );
      actions = <Button appearance="primary" onClick={onConnect}>Connect</Button>;
      break;
    case 'consent_pending':
      body = <Spinner size="small" labelPosition="after" label="Waiting for the sign-in window. Finish there to continue." />;
      actions = <Button onClick={onCancel}>Cancel</Button>;
      break;
    case 'consent_unfinished':
      body = (
        <>
          <p className={styles.text}>{UNFINISHED_TEXT[view.reason]}</p>
          {view.reason === 'failed' && view.detail && <p className={styles.subtle}>{view.detail}</p>}
        </>
      );
      actions = <Button appearance="primary" onClick={onConnect}>Try again</Button>;
      break;
    case 'reconnect_required':
      body = <p className={styles.text}>{RECONNECT_TEXT[view.reason]}</p>;
      actions = <Button appearance="primary" onClick={onConnect}>Reconnect</Button>;
      break;
    case 'admin_consent_required':
      body = (
        <>
          <p className={styles.text}>Your organization lets only an administrator approve Upnext. Send these steps to your admin:</p>
          <ol className={styles.steps}>
            <li>Sign in as a Global Administrator, Privileged Role Administrator or Cloud Application Administrator.</li>
            <li>Open the admin consent link and review the permissions: sign in, read calendars, keep access.</li>
            <li>Choose Accept to grant consent for the whole organization.</li>
            <li>Come back here and choose Check again.</li>
          </ol>
          {view.url ? (
            <Link
              className={styles.url}
              href={view.url}
              target="_blank"
              rel="noopener noreferrer"
              onClick={(event) => {
                event.preventDefault();
                onOpenUrl(view.url!);
              }}
            >
              {view.url}
            </Link>
          ) : (
            <p className={styles.subtle}>The admin consent link is in the Upnext admin console.</p>
          )}
        </>
      );
      actions = (
        <>
          <Button
            onClick={() => {
              onCopy(adminStepsText(view.url)).then(
                () => setCopied('copied'),
                () => setCopied('failed'),
              );
            }}
          >
            {copied === 'copied' ? 'Copied' : 'Copy steps and link'}
          </Button>
          <Button appearance="primary" onClick={onConnect}>Check again</Button>
          {copied === 'failed' && <span className={styles.subtle} role="status">Copying is not allowed here; select the text instead.</span>}
        </>
      );
      break;
    case 'not_enabled':
      body = (
        <p className={styles.text}>
          {provider.name} is not enabled for you — ask your admin. They can turn it on for you in the Upnext admin console.
        </p>
      );
      actions = <Button onClick={onCheckAgain}>Check again</Button>;
      break;
  }

  return (
    <section
      className={styles.card}
      aria-labelledby={`connect-title-${provider.id}`}
      data-testid="connect-card"
      data-provider={provider.id}
      data-state={view.kind}
      data-reason={'reason' in view ? view.reason : undefined}
    >
      <div className={styles.head}>
        <img className={styles.icon} src={provider.icon} alt="" width={24} height={24} />
        <h2 id={`connect-title-${provider.id}`} className={styles.title}>
          {provider.name}
        </h2>
        <Status view={view} />
      </div>
      {body}
      {actions && <div className={styles.actions}>{actions}</div>}
    </section>
  );
}
