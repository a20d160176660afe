import type { AreaOf } from '../en';
import type { settings as en } from '../en/settings';

export const settings: AreaOf<typeof en> = {
  'settings.menu': 'Einstellungen',
  'settings.title': 'Einstellungen',
  'settings.reminder': 'Erinnern',
  'settings.minutesBefore': '{count, plural, one {# Minute vorher} other {# Minuten vorher}}',
  'settings.theme': 'Design',
  'settings.asHost': 'Wie in der App',
  'settings.themeLight': 'Hell',
  'settings.themeDark': 'Dunkel',
  'settings.themeHighContrast': 'Hoher Kontrast',
  'settings.language': 'Sprache',
  'settings.secondZone': 'Zweite Zeitzone',
  'settings.noZone': 'Keine',
  'settings.notifications': 'Systembenachrichtigungen',
  'settings.notifyOn': 'In diesem Browser aktiviert',
  'settings.notifyBlocked': 'In den Website-Einstellungen dieses Browsers blockiert',
  'settings.kept': 'Nur für Sie auf diesem Gerät gespeichert.',
  'settings.close': 'Schließen',
  'settings.inZone': '{time} {city}',
  'settings.timesIn': 'Zeiten in {city} ({zone})',
  'settings.timesInPlain': 'Zeiten in {city}',
};
