import type { AreaOf } from '../en';
import type { reminders as en } from '../en/reminders';

export const reminders: AreaOf<typeof en> = {
  'reminders.region': 'リマインダー',
  'reminders.startsIn': '{count, plural, other {あと # 分で開始}}',
  'reminders.startsNow': 'まもなく開始',
  'reminders.started': '{count, plural, other {# 分前に開始}}',
  'reminders.join': '参加',
  'reminders.joinNamed': '{title} に参加',
  'reminders.snooze': '{count, plural, other {# 分後に再通知}}',
  'reminders.atStart': '開始時に通知',
  'reminders.dismiss': '{title} のリマインダーを閉じる',
  'reminders.allowNotifications': 'このデバイスにも通知する',
  'reminders.announce': 'リマインダー: {title}、{when}',
};
