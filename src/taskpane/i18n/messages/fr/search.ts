import type { AreaOf } from '../en';
import type { search as en } from '../en/search';

export const search: AreaOf<typeof en> = {
  'search.box.label': 'Rechercher des réunions (Ctrl+Maj+E)',
  'search.box.placeholder': 'Rechercher : standup demain, avec Dana la semaine prochaine, zoom vendredi',
  'search.searching': 'Recherche…',
  'search.results.label': 'Résultats de la recherche',
  'search.understood': 'Compris :',
  'search.chip.person': 'avec {name}',
  'search.chip.remove': 'Retirer {label}',
  'search.provider.outlook-calendar': 'Calendrier Outlook',
  'search.provider.google-calendar': 'Google Agenda',
  'search.partial': 'Impossible de rechercher dans {names}. Les résultats de vos autres calendriers sont affichés.',
  'search.failed': 'Impossible de rechercher dans {names}.',
  'search.retry': 'Réessayer',
  'search.empty': 'Aucune réunion ne correspond à « {words} ».',
  'search.empty.hint': 'La recherche couvre le mois passé et les deux mois à venir. Essayez avec moins de mots, ou demandez ainsi :',
  'search.example.day': 'standup demain',
  'search.example.person': 'avec Dana la semaine prochaine',
  'search.example.service': 'zoom vendredi',
  'search.example.past': '1:1 hier',
};
