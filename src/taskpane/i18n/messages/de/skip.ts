import type { AreaOf } from '../en';
import type { skip as en } from '../en/skip';

export const skip: AreaOf<typeof en> = {
  'skip.more': 'Mehr zu {title}, {when}',
  'skip.hideOnce': 'Diesen Termin ausblenden',
  'skip.hideSeries': 'Alle Termine dieser Serie ausblenden',
  'skip.confirmTitle': 'Besprechung mit Teilnahmelink ausblenden?',
  'skip.confirmOnce': '„{title}“ hat einen Teilnahmelink. Der Termin verschwindet auf diesem Gerät aus Ihrer Liste, den Erinnerungen und J.',
  'skip.confirmSeries': 'Jeder Termin „{title}“ dieser Serie hat einen Teilnahmelink. Sie verschwinden auf diesem Gerät aus Ihrer Liste, den Erinnerungen und J.',
  'skip.confirm': 'Ausblenden',
  'skip.cancel': 'Behalten',
  'skip.heading': 'Ausgeblendete Termine',
  'skip.none': 'Nichts ist ausgeblendet.',
  'skip.once': '{title} (dieser Termin)',
  'skip.series': '{title} (alle Termine der Serie)',
  'skip.undo': 'Rückgängig',
  'skip.undoNamed': 'Rückgängig: {title} wieder anzeigen',
  'skip.unknown': 'Ein Termin, der nicht mehr in Ihrer Liste ist',
};
