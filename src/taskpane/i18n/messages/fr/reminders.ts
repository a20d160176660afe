import type { AreaOf } from '../en';
import type { reminders as en } from '../en/reminders';

export const reminders: AreaOf<typeof en> = {
  'reminders.region': 'Rappels',
  'reminders.startsIn': '{count, plural, one {Commence dans # minute} other {Commence dans # minutes}}',
  'reminders.startsNow': 'Commence maintenant',
  'reminders.started': '{count, plural, one {Commencée il y a # minute} other {Commencée il y a # minutes}}',
  'reminders.join': 'Rejoindre',
  'reminders.joinNamed': 'Rejoindre {title}',
  'reminders.snooze': '{count, plural, one {Répéter dans # minute} other {Répéter dans # minutes}}',
  'reminders.atStart': 'Me le rappeler au début',
  'reminders.dismiss': 'Ignorer le rappel de {title}',
  'reminders.allowNotifications': 'M’avertir aussi sur cet appareil',
  'reminders.announce': 'Rappel : {title}, {when}',
};
