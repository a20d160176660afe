import type { AreaOf } from '../en';
import type { skip as en } from '../en/skip';

export const skip: AreaOf<typeof en> = {
  'skip.more': 'Plus pour {title}, {when}',
  'skip.hideOnce': 'Masquer cet événement',
  'skip.hideSeries': 'Masquer tous les événements de cette série',
  'skip.confirmTitle': 'Masquer une réunion avec lien ?',
  'skip.confirmOnce': '« {title} » a un lien pour rejoindre. Il disparaîtra de votre liste, de vos rappels et de J sur cet appareil.',
  'skip.confirmSeries': 'Chaque « {title} » de cette série a un lien pour rejoindre. Ils disparaîtront de votre liste, de vos rappels et de J sur cet appareil.',
  'skip.confirm': 'Masquer',
  'skip.cancel': 'Le garder',
  'skip.heading': 'Événements masqués',
  'skip.none': 'Rien n’est masqué.',
  'skip.once': '{title} (cet événement)',
  'skip.series': '{title} (toute la série)',
  'skip.undo': 'Annuler',
  'skip.undoNamed': 'Annuler le masquage de {title}',
  'skip.unknown': 'Un événement qui n’est plus dans votre liste',
};
