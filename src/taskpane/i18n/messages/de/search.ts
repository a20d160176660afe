import type { AreaOf } from '../en';
import type { search as en } from '../en/search';

export const search: AreaOf<typeof en> = {
  'search.box.label': 'Besprechungen suchen (Strg+Umschalt+E)',
  'search.box.placeholder': 'Suchen: Standup morgen, mit Dana nächste Woche, Zoom Freitag',
  'search.searching': 'Suche läuft …',
  'search.results.label': 'Suchergebnisse',
  'search.understood': 'Verstanden:',
  'search.chip.person': 'mit {name}',
  'search.chip.remove': '{label} entfernen',
  'search.provider.outlook-calendar': 'Outlook-Kalender',
  'search.provider.google-calendar': 'Google Kalender',
  'search.partial': '{names} konnte nicht durchsucht werden. Angezeigt werden die Ergebnisse Ihrer anderen Kalender.',
  'search.failed': '{names} konnte nicht durchsucht werden.',
  'search.retry': 'Erneut versuchen',
  'search.empty': 'Keine Besprechungen passen zu „{words}“.',
  'search.empty.hint': 'Die Suche reicht einen Monat zurück und zwei Monate voraus. Versuchen Sie weniger Wörter oder fragen Sie so:',
  'search.example.day': 'Standup morgen',
  'search.example.person': 'mit Dana nächste Woche',
  'search.example.service': 'Zoom Freitag',
  'search.example.past': '1:1 gestern',
};
