/**
 * "<Provider> — Connect": every state of one provider's connection but "connected" (brief §1), with
 * the provider's name, icon and wording from the server's registry.
 * Presentational: the view comes in, clicks go out. Its own chunk, since a connected user never
 * sees it.
 */
import { Badge, Button, Link, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ProviderInfo } from '../../shared/api';
import { useI18n, type I18n, type MessageKey } from '../i18n';
import { en } from '../i18n/messages/en';
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
  title: { margin: 0, flexGrow: 1, outlineOffset: tokens.strokeWidthThick, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
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
  /** Connected on the person's other devices but not this one: "Connect … on this device" and why. */
  onOtherDevices?: boolean;
  /** Take focus when shown (after Disconnect, so focus never falls to the page body). */
  takeFocus?: boolean;
  onConnect(): void;
  onCancel(): void;
  /** Check the state again (after an admin acted). */
  onCheckAgain(): void;
  onOpenUrl(url: string): void;
  onCopy(text: string): Promise<void>;
}

const RECONNECT_TEXT: Record<Exclude<ReconnectReason, 'device_key_changed'>, MessageKey> = {
  grant_revoked: 'connection.reconnect.grant_revoked',
  entry_unreadable: 'connection.reconnect.entry_unreadable',
  unknown: 'connection.reconnect.unknown',
};

const UNFINISHED_TEXT: Record<UnfinishedReason, MessageKey> = {
  closed: 'connection.unfinished.closed',
  blocked: 'connection.unfinished.blocked',
  denied: 'connection.unfinished.denied',
  failed: 'connection.unfinished.failed',
};

/** What an admin needs, as plain text for the clipboard (mail, chat, a ticket). */
export function adminStepsText(url: string | undefined, t: I18n['t']): string {
  return [
    t('connection.admin.clipIntro'),
    `1. ${t('connection.admin.step1')}`,
    `2. ${t('connection.admin.step2')}`,
    `3. ${t('connection.admin.step3')}`,
    `4. ${t('connection.admin.clipStep4')}`,
    ...(url ? ['', url] : [t('connection.admin.noLink')]),
  ].join('\n');
}

/** A connection to make on this device, while the person's other devices have theirs. */
function isThisDevice(view: ConnectCardProps['view'], onOtherDevices: boolean): boolean {
  if (view.kind === 'reconnect_required') return view.reason === 'device_key_changed';
  return onOtherDevices && (view.kind === 'not_connected' || view.kind === 'consent_required' || view.kind === 'consent_unfinished');
}

function Status({ view, thisDevice }: { view: ConnectCardProps['view']; thisDevice: boolean }) {
  const { t } = useI18n();
  if (thisDevice) return <Badge appearance="outline" color="informative">{t('connection.badge.thisDevice')}</Badge>;
  switch (view.kind) {
    case 'reconnect_required':
      return <Badge appearance="tint" color="warning">{t('connection.badge.reconnect')}</Badge>;
    case 'admin_consent_required':
      return <Badge appearance="tint" color="warning">{t('connection.badge.admin')}</Badge>;
    case 'not_enabled':
      return <Badge appearance="tint" color="subtle">{t('connection.badge.notEnabled')}</Badge>;
    case 'failed':
    case 'consent_unfinished':
      return <Badge appearance="tint" color="danger">{t('connection.badge.notConnected')}</Badge>;
    default:
      return <Badge appearance="outline" color="informative">{t('connection.badge.notConnected')}</Badge>;
  }
}

/** The provider's consent text in the pane's language; a provider the catalogue does not know keeps the server's words. */
export function consentTextOf(provider: ProviderInfo, t: I18n['t']): string {
  const key = `connection.consentText.${provider.id}`;
  return key in en ? t(key as MessageKey) : provider.consentText;
}

export default function ConnectCard({ provider, view, onOtherDevices = false, takeFocus = false, onConnect, onCancel, onCheckAgain, onOpenUrl, onCopy }: ConnectCardProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) title.current?.focus();
  }, [takeFocus]);
  const name = provider.name;
  const thisDevice = isThisDevice(view, onOtherDevices);
  const consentText = consentTextOf(provider, t);

  let body: ReactNode;
  let actions: ReactNode;
  switch (view.kind) {
    case 'checking':
    case 'connecting':
      body = <Spinner size="small" labelPosition="after" label={t('connection.connecting', { name })} />;
      break;
    case 'failed':
      body = <p className={styles.text}>{view.error.message}</p>;
      actions = <Button appearance="primary" onClick={onCheckAgain}>{t('connection.tryAgain')}</Button>;
      break;
    case 'not_connected':
    case 'consent_required':
      body = (
        <>
          <p className={styles.text}>{thisDevice ? t('connection.thisDevice.why') : t('connection.intro', { name })}</p>
          {view.kind === 'not_connected' && view.disconnected && <p className={styles.subtle}>{t('connection.disconnectedNote', { name })}</p>}
          <p className={styles.subtle}>{consentText}</p>
          {view.kind === 'consent_required' && <p className={styles.subtle}>{t('connection.consentWindow')}</p>}
        </>
      );
      actions = <Button appearance="primary" onClick={onConnect}>{t('connection.connect')}</Button>;
      break;
    case 'consent_pending':
      body = <Spinner size="small" labelPosition="after" label={t('connection.waiting')} />;
      actions = <Button onClick={onCancel}>{t('connection.cancel')}</Button>;
      break;
    case 'consent_unfinished':
      body = (
        <>
          <p className={styles.text}>{t(UNFINISHED_TEXT[view.reason])}</p>
          {view.reason === 'failed' && view.detail && <p className={styles.subtle}>{view.detail}</p>}
        </>
      );
      actions = <Button appearance="primary" onClick={onConnect}>{t('connection.tryAgain')}</Button>;
      break;
    case 'reconnect_required':
      if (view.reason === 'device_key_changed') {
        body = (
          <>
            <p className={styles.text}>{t('connection.thisDevice.why')}</p>
            <p className={styles.subtle}>{consentText}</p>
          </>
        );
        actions = <Button appearance="primary" onClick={onConnect}>{t('connection.connect')}</Button>;
      } else {
        body = <p className={styles.text}>{t(RECONNECT_TEXT[view.reason])}</p>;
        actions = <Button appearance="primary" onClick={onConnect}>{t('connection.reconnect')}</Button>;
      }
      break;
    case 'admin_consent_required':
      body = (
        <>
          <p className={styles.text}>{t('connection.admin.intro')}</p>
          <ol className={styles.steps}>
            <li>{t('connection.admin.step1')}</li>
            <li>{t('connection.admin.step2')}</li>
            <li>{t('connection.admin.step3')}</li>
            <li>{t('connection.admin.step4')}</li>
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
            <p className={styles.subtle}>{t('connection.admin.noLink')}</p>
          )}
        </>
      );
      actions = (
        <>
          <Button
            onClick={() => {
              onCopy(adminStepsText(view.url, t)).then(
                () => setCopied('copied'),
                () => setCopied('failed'),
              );
            }}
          >
            {copied === 'copied' ? t('connection.admin.copied') : t('connection.admin.copy')}
          </Button>
          <Button appearance="primary" onClick={onConnect}>{t('connection.checkAgain')}</Button>
          {copied === 'failed' && <span className={styles.subtle} role="status">{t('connection.admin.copyFailed')}</span>}
        </>
      );
      break;
    case 'not_enabled':
      body = <p className={styles.text}>{t('connection.notEnabled', { name })}</p>;
      actions = <Button onClick={onCheckAgain}>{t('connection.checkAgain')}</Button>;
      break;
  }

  return (
    <section
      className={styles.card}
      aria-labelledby={`connect-title-${provider.id}`}
      data-testid="connect-card"
      data-provider={provider.id}
      data-state={view.kind}
      data-reason={'reason' in view ? view.reason : view.kind === 'not_connected' && view.disconnected ? 'disconnected' : undefined}
      data-this-device={thisDevice || undefined}
    >
      <div className={styles.head}>
        <img className={styles.icon} src={provider.icon} alt="" width={24} height={24} />
        <h2 id={`connect-title-${provider.id}`} className={styles.title} ref={title} tabIndex={-1}>
          {thisDevice ? t('connection.thisDevice.title', { name }) : name}
        </h2>
        <Status view={view} thisDevice={thisDevice} />
      </div>
      {body}
      {actions && <div className={styles.actions}>{actions}</div>}
    </section>
  );
}
