/** Skip rules: hiding an event once or for its series (issue 13). */
export const skip = {
  'skip.more': 'More for {title}, {when}',
  'skip.hideOnce': 'Hide this event',
  'skip.hideSeries': 'Hide every event in this series',
  'skip.confirmTitle': 'Hide a meeting you can join?',
  'skip.confirmOnce': '“{title}” has a Join link. It will leave your list, your reminders and J on this device.',
  'skip.confirmSeries': 'Every “{title}” in this series has a Join link. They will leave your list, your reminders and J on this device.',
  'skip.confirm': 'Hide',
  'skip.cancel': 'Keep it',
  'skip.heading': 'Hidden events',
  'skip.none': 'Nothing is hidden.',
  'skip.once': '{title} (this event)',
  'skip.series': '{title} (every event in the series)',
  'skip.undo': 'Undo',
  'skip.undoNamed': 'Undo hiding {title}',
  'skip.unknown': 'An event no longer in your list',
} as const;
