import type { AreaOf } from '../en';
import type { reminders as en } from '../en/reminders';

export const reminders: AreaOf<typeof en> = {
  'reminders.region': 'التذكيرات',
  'reminders.startsIn': '{count, plural, zero {يبدأ الآن} one {يبدأ خلال دقيقة واحدة} two {يبدأ خلال دقيقتين} few {يبدأ خلال # دقائق} many {يبدأ خلال # دقيقة} other {يبدأ خلال # دقيقة}}',
  'reminders.startsNow': 'يبدأ الآن',
  'reminders.started': '{count, plural, zero {بدأ الآن} one {بدأ قبل دقيقة واحدة} two {بدأ قبل دقيقتين} few {بدأ قبل # دقائق} many {بدأ قبل # دقيقة} other {بدأ قبل # دقيقة}}',
  'reminders.join': 'انضمام',
  'reminders.joinNamed': 'الانضمام إلى {title}',
  'reminders.snooze': '{count, plural, zero {تأجيل} one {تأجيل دقيقة واحدة} two {تأجيل دقيقتين} few {تأجيل # دقائق} many {تأجيل # دقيقة} other {تأجيل # دقيقة}}',
  'reminders.atStart': 'ذكّرني عند البدء',
  'reminders.dismiss': 'تجاهل التذكير بـ {title}',
  'reminders.allowNotifications': 'أعلمني أيضًا على هذا الجهاز',
  'reminders.announce': 'تذكير: {title}، {when}',
};
