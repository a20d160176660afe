import type { Meeting } from '../../shared/api';
import type { I18n } from '../i18n';

/** "Starts in 2 minutes", "Starting now", "Started 3 minutes ago": for the card and the notification. */
export function reminderWhen(t: I18n['t'], meeting: Meeting, now: Date): string {
  const minutes = Math.round((Date.parse(meeting.start) - now.getTime()) / 60_000);
  if (minutes > 0) return t('reminders.startsIn', { count: minutes });
  if (minutes === 0) return t('reminders.startsNow');
  return t('reminders.started', { count: -minutes });
}
