import type { QueryLanguage } from './types';

/** Parts of the day as hour ranges [from, to) in the caller's zone. */
export const DAY_PARTS = {
  morning: [6, 12],
  afternoon: [12, 17],
  evening: [17, 21],
} as const;
export type DayPart = keyof typeof DAY_PARTS;

/** Calendar spans chrono gives as a single date: we make them ranges (offset 0 = the current one). */
export type Span = 'week' | 'weekend' | 'month';

export interface Lexicon {
  /** Written forms (regex sources, matched case-insensitively) of a span and its offset. */
  spans: ReadonlyArray<{ pattern: string; span: Span; offset: number }>;
  /** Day parts; `today` when the word also names the day ("tonight"). */
  dayParts: ReadonlyArray<{ pattern: string; part: DayPart; today?: boolean }>;
  /** Opens an hour range ("between"), and joins its two ends ("and"). */
  rangeOpen: string;
  rangeJoin: string;
  /** Introduces a person ("with Dana"); the name follows, or precedes for `nameFirst`. */
  withPerson: string;
  /** Words that carry no meaning for matching ("meetings", "the", "with"). */
  filler: readonly string[];
  /** Languages written without spaces: patterns match inside runs of letters. */
  unspaced?: boolean;
}

export const LEXICONS: Record<QueryLanguage, Lexicon> = {
  en: {
    spans: [
      { pattern: 'this\\s+week', span: 'week', offset: 0 },
      { pattern: '(?:next|the\\s+coming|coming)\\s+week', span: 'week', offset: 1 },
      { pattern: '(?:last|previous|past)\\s+week', span: 'week', offset: -1 },
      { pattern: '(?:the\\s+)?week\\s+after\\s+next', span: 'week', offset: 2 },
      { pattern: '(?:this\\s+)?weekend', span: 'weekend', offset: 0 },
      { pattern: 'next\\s+weekend', span: 'weekend', offset: 1 },
      { pattern: 'last\\s+weekend', span: 'weekend', offset: -1 },
      { pattern: 'this\\s+month', span: 'month', offset: 0 },
      { pattern: 'next\\s+month', span: 'month', offset: 1 },
      { pattern: '(?:last|previous|past)\\s+month', span: 'month', offset: -1 },
    ],
    dayParts: [
      { pattern: 'tonight', part: 'evening', today: true },
      { pattern: '(?:in\\s+the\\s+)?mornings?', part: 'morning' },
      { pattern: '(?:in\\s+the\\s+)?afternoons?', part: 'afternoon' },
      { pattern: '(?:in\\s+the\\s+)?evenings?', part: 'evening' },
    ],
    rangeOpen: 'between|from',
    rangeJoin: 'and|to|until|till|-|–',
    withPerson: 'with',
    filler: ['with', 'on', 'at', 'in', 'the', 'a', 'an', 'my', 'for', 'from', 'of', 'meeting', 'meetings', 'call', 'calls', 'event', 'events', 'during', 'about', 'show', 'find'],
  },
  de: {
    spans: [
      { pattern: '(?:diese[rn]?|die(?:se)?)\\s+woche', span: 'week', offset: 0 },
      { pattern: '(?:in\\s+der\\s+)?(?:nächste[rn]?|kommende[rn]?)\\s+woche', span: 'week', offset: 1 },
      { pattern: '(?:in\\s+der\\s+)?(?:letzte[rn]?|vorige[rn]?|vergangene[rn]?)\\s+woche', span: 'week', offset: -1 },
      { pattern: 'übernächste[rn]?\\s+woche', span: 'week', offset: 2 },
      { pattern: '(?:(?:an\\s+)?diese[mn]\\s+|am\\s+)?wochenende', span: 'weekend', offset: 0 },
      { pattern: '(?:am\\s+)?nächste[nm]\\s+wochenende', span: 'weekend', offset: 1 },
      { pattern: '(?:diese[nm]?|im\\s+diese[nm])\\s+monat', span: 'month', offset: 0 },
      { pattern: '(?:im\\s+)?(?:nächste[nm]|kommende[nm])\\s+monat', span: 'month', offset: 1 },
      { pattern: '(?:im\\s+)?(?:letzte[nm]|vorige[nm]|vergangene[nm])\\s+monat', span: 'month', offset: -1 },
    ],
    dayParts: [
      { pattern: 'heute\\s+abend', part: 'evening', today: true },
      { pattern: 'heute\\s+(?:früh|morgen)', part: 'morning', today: true },
      { pattern: 'heute\\s+nachmittag', part: 'afternoon', today: true },
      { pattern: '(?:am\\s+)?(?:früh|morgens|vormittags?|am\\s+morgen)', part: 'morning' },
      { pattern: '(?:am\\s+)?nachmittags?', part: 'afternoon' },
      { pattern: '(?:am\\s+)?abends?', part: 'evening' },
    ],
    rangeOpen: 'zwischen|von',
    rangeJoin: 'und|bis|-|–',
    withPerson: 'mit',
    filler: ['mit', 'am', 'um', 'im', 'in', 'an', 'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'meine', 'meinen', 'für', 'von', 'vom', 'zum', 'zur', 'termin', 'termine', 'besprechung', 'besprechungen', 'meeting', 'meetings', 'anruf', 'anrufe', 'call', 'calls', 'uhr'],
  },
  fr: {
    spans: [
      { pattern: 'cette\\s+semaine', span: 'week', offset: 0 },
      { pattern: '(?:la\\s+)?semaine\\s+(?:prochaine|suivante)', span: 'week', offset: 1 },
      { pattern: '(?:la\\s+)?semaine\\s+(?:dernière|derniere|passée|passee|précédente|precedente)', span: 'week', offset: -1 },
      { pattern: '(?:ce\\s+)?(?:week-end|weekend|week\\s+end)', span: 'weekend', offset: 0 },
      { pattern: '(?:le\\s+)?(?:week-end|weekend)\\s+prochain', span: 'weekend', offset: 1 },
      { pattern: 'ce\\s+mois(?:-ci)?', span: 'month', offset: 0 },
      { pattern: '(?:le\\s+)?mois\\s+prochain', span: 'month', offset: 1 },
      { pattern: '(?:le\\s+)?mois\\s+(?:dernier|passé|passe)', span: 'month', offset: -1 },
    ],
    dayParts: [
      { pattern: 'ce\\s+soir', part: 'evening', today: true },
      { pattern: 'ce\\s+matin', part: 'morning', today: true },
      { pattern: 'cet\\s+après-midi|cet\\s+apres-midi', part: 'afternoon', today: true },
      { pattern: '(?:le\\s+|dans\\s+la\\s+)?mat(?:in|inée|inee)', part: 'morning' },
      { pattern: '(?:l\'|dans\\s+l\')?(?:après-midi|apres-midi|aprèm|aprem)', part: 'afternoon' },
      { pattern: '(?:le\\s+|en\\s+)?(?:soir|soirée|soiree)', part: 'evening' },
    ],
    rangeOpen: 'entre|de',
    rangeJoin: 'et|à|a|jusqu\'à|-|–',
    withPerson: 'avec',
    filler: ['avec', 'le', 'la', 'les', 'l\'', 'de', 'du', 'des', 'un', 'une', 'mes', 'mon', 'ma', 'pour', 'à', 'au', 'aux', 'en', 'réunion', 'réunions', 'appel', 'appels', 'rendez-vous', 'rdv', 'meeting', 'meetings'],
  },
  ja: {
    spans: [
      { pattern: '今週', span: 'week', offset: 0 },
      { pattern: '来週', span: 'week', offset: 1 },
      { pattern: '先週', span: 'week', offset: -1 },
      { pattern: '再来週', span: 'week', offset: 2 },
      { pattern: '(?:今週末|週末)', span: 'weekend', offset: 0 },
      { pattern: '来週末', span: 'weekend', offset: 1 },
      { pattern: '今月', span: 'month', offset: 0 },
      { pattern: '来月', span: 'month', offset: 1 },
      { pattern: '先月', span: 'month', offset: -1 },
    ],
    dayParts: [
      { pattern: '今夜|今晩', part: 'evening', today: true },
      { pattern: '今朝', part: 'morning', today: true },
      { pattern: '午前中|午前(?!\\d)|朝', part: 'morning' },
      { pattern: '午後(?!\\d)', part: 'afternoon' },
      { pattern: '夕方|夜', part: 'evening' },
    ],
    rangeOpen: '',
    rangeJoin: 'から|〜|~|～|-|－',
    withPerson: 'さん|様|さま|氏',
    filler: ['会議', 'ミーティング', '打ち合わせ', '打合せ', '予定', '通話', 'の', 'と', 'で', 'に', 'を', 'は', 'が', 'まで', 'の間'],
    unspaced: true,
  },
};

export function languageOf(locale: string): QueryLanguage {
  const lang = locale.toLowerCase().split(/[-_]/)[0];
  return lang === 'de' || lang === 'fr' || lang === 'ja' ? lang : 'en';
}
