import type { AreaOf } from '../en';
import type { settings as en } from '../en/settings';

export const settings: AreaOf<typeof en> = {
  'settings.menu': 'Paramètres',
  'settings.title': 'Paramètres',
  'settings.reminder': 'Me rappeler',
  'settings.minutesBefore': '{count, plural, one {# minute avant} other {# minutes avant}}',
  'settings.theme': 'Thème',
  'settings.asHost': 'Comme dans l’application',
  'settings.themeLight': 'Clair',
  'settings.themeDark': 'Sombre',
  'settings.themeHighContrast': 'Contraste élevé',
  'settings.language': 'Langue',
  'settings.secondZone': 'Deuxième fuseau horaire',
  'settings.noZone': 'Aucun',
  'settings.notifications': 'Notifications système',
  'settings.notifyOn': 'Activées dans ce navigateur',
  'settings.notifyBlocked': 'Bloquées dans les paramètres du site de ce navigateur',
  'settings.kept': 'Enregistré sur cet appareil, pour vous seul.',
  'settings.close': 'Fermer',
  'settings.inZone': '{time} {city}',
  'settings.timesIn': 'Heures de {city} ({zone})',
  'settings.timesInPlain': 'Heures de {city}',
};
