/** The in-pane reminder: prominent, with Join, Snooze and "Remind me at start". Its own chunk. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Meeting } from '../../shared/api';
import { askToNotify, notifyPermission } from '../host/notify';
import type { HostKind } from '../host/types';
import { useI18n } from '../i18n';
import { SNOOZE_MS } from '../model/reminders';
import { reminderWhen } from './reminderWhen';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorBrandBackground2,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    boxShadow: tokens.shadow8,
    '@media (forced-colors: active)': { border: `${tokens.strokeWidthThick} solid Highlight` },
  },
  top: { display: 'flex', alignItems: 'start', gap: tokens.spacingHorizontalS },
  text: { flexGrow: 1, minWidth: 0 },
  when: { margin: 0, color: tokens.colorBrandForeground2, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const closeIcon = (
  <svg width="16" height="16" viewBox="0 0 16 16" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" aria-hidden="true">
    <path d="M4 4l8 8M12 4l-8 8" />
  </svg>
);

export interface ReminderCardProps {
  meeting: Meeting;
  now: Date;
  host: HostKind;
  onJoin(meeting: Meeting): void;
  onSnooze(meeting: Meeting): void;
  onRemindAtStart(meeting: Meeting): void;
  onDismiss(meeting: Meeting): void;
}

export default function ReminderCard({ meeting, now, host, onJoin, onSnooze, onRemindAtStart, onDismiss }: ReminderCardProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const [permission, setPermission] = useState(() => notifyPermission(host));
  const started = Date.parse(meeting.start) <= now.getTime();
  const id = `reminder-${meeting.id}`;
  return (
    <section className={styles.card} aria-labelledby={id} data-testid="reminder" data-meeting-id={meeting.id}>
      <div className={styles.top}>
        <div className={styles.text}>
          <p className={styles.when}>{reminderWhen(t, meeting, now)}</p>
          <h2 id={id} className={styles.title}>{meeting.title}</h2>
        </div>
        <Button appearance="subtle" size="small" icon={closeIcon} aria-label={t('reminders.dismiss', { title: meeting.title })} onClick={() => onDismiss(meeting)} />
      </div>
      <div className={styles.actions}>
        {meeting.join && (
          <Button appearance="primary" onClick={() => onJoin(meeting)} aria-label={t('reminders.joinNamed', { title: meeting.title })} data-testid="reminder-join">
            {t('reminders.join')}
          </Button>
        )}
        <Button onClick={() => onSnooze(meeting)} data-testid="reminder-snooze">{t('reminders.snooze', { count: SNOOZE_MS / 60_000 })}</Button>
        {!started && <Button onClick={() => onRemindAtStart(meeting)} data-testid="reminder-at-start">{t('reminders.atStart')}</Button>}
        {permission === 'default' && (
          <Button appearance="subtle" onClick={() => void askToNotify().then(setPermission)}>{t('reminders.allowNotifications')}</Button>
        )}
      </div>
    </section>
  );
}
