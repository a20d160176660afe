/** Never miss a meeting: the reminder card, its actions, the notification. */
export const reminders = {
  'reminders.region': 'Reminders',
  'reminders.startsIn': '{count, plural, one {Starts in # minute} other {Starts in # minutes}}',
  'reminders.startsNow': 'Starting now',
  'reminders.started': '{count, plural, one {Started # minute ago} other {Started # minutes ago}}',
  'reminders.join': 'Join',
  'reminders.joinNamed': 'Join {title}',
  'reminders.snooze': '{count, plural, one {Snooze # minute} other {Snooze # minutes}}',
  'reminders.atStart': 'Remind me at start',
  'reminders.dismiss': 'Dismiss the reminder for {title}',
  'reminders.allowNotifications': 'Also notify me on this device',
  'reminders.announce': 'Reminder: {title}, {when}',
} as const;
