import type { AreaOf } from '../en';
import type { reminders as en } from '../en/reminders';

export const reminders: AreaOf<typeof en> = {
  'reminders.region': 'Erinnerungen',
  'reminders.startsIn': '{count, plural, one {Beginnt in # Minute} other {Beginnt in # Minuten}}',
  'reminders.startsNow': 'Beginnt jetzt',
  'reminders.started': '{count, plural, one {Vor # Minute begonnen} other {Vor # Minuten begonnen}}',
  'reminders.join': 'Teilnehmen',
  'reminders.joinNamed': 'An {title} teilnehmen',
  'reminders.snooze': '{count, plural, one {# Minute später} other {# Minuten später}}',
  'reminders.atStart': 'Zum Beginn erinnern',
  'reminders.dismiss': 'Erinnerung an {title} schließen',
  'reminders.allowNotifications': 'Auch auf diesem Gerät benachrichtigen',
  'reminders.announce': 'Erinnerung: {title}, {when}',
};
