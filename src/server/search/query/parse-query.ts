import { chronoFor, parseDates, rangeOf, type DateClues } from './date-range';
import { fold, words } from './fold';
import { findHourRange } from './hour-range';
import { LEXICONS, languageOf, type Lexicon } from './lexicon';
import { findPeople } from './people';
import { SERVICE_NAMES } from './service-names';
import type { ParsedQuery, QueryContext } from './types';

/**
 * Understands a search box query: dates (chrono-node in the caller's zone, plus our own weeks,
 * parts of the day and hour ranges), people, meeting services, and the rest as text. Pure: the
 * same query, instant, zone, locale and known names always give the same answer.
 */
export function parseQuery(q: string, ctx: QueryContext): ParsedQuery {
  const language = languageOf(ctx.locale);
  // The caller's language first, English always as well (people mix "zoom" into any language).
  const lexicons = language === 'en' ? [LEXICONS.en] : [LEXICONS[language], LEXICONS.en];
  let rest = ` ${q.normalize('NFKC').replace(/\s+/gu, ' ').trim()} `;
  const clues: DateClues = {};
  const cut = (index: number, length: number) => {
    rest = `${rest.slice(0, index)} ${rest.slice(index + length)}`;
  };

  for (const lex of lexicons) {
    const found = findHourRange(rest, lex, language === 'en');
    if (found) {
      clues.hours = found.range;
      cut(found.index, found.length);
      break;
    }
  }
  for (const lex of lexicons) {
    for (const { pattern, span, offset } of lex.spans) {
      const m = wordPattern(pattern, lex).exec(rest);
      if (m && !clues.span) {
        clues.span = { span, offset };
        cut(m.index, m[0].length);
      }
    }
    for (const { pattern, part, today } of lex.dayParts) {
      const m = wordPattern(pattern, lex).exec(rest);
      if (m && !clues.part) {
        clues.part = part;
        if (today) clues.today = true;
        cut(m.index, m[0].length);
      }
    }
  }
  // "1:1" is a kind of meeting, not 00:01: hidden from chrono (same length, so indices hold), which
  // otherwise joins it to a neighbouring day ("1:1 gestern" read as yesterday at 00:01).
  const forChrono = rest.replace(/(?<![\d:])\d{1,2}:\d(?![\d:])/gu, (m) => '#'.repeat(m.length));
  for (const parser of new Set(lexicons.map((_, i) => chronoFor(i === 0 ? language : 'en', i === 0 ? ctx.locale : 'en')))) {
    const result = parseDates(parser, forChrono, ctx.now, ctx.timeZone).find(isDateLike);
    if (result) {
      clues.chrono = result;
      cut(result.index, result.text.length);
      break;
    }
  }

  const range = rangeOf(clues, ctx.now, ctx.timeZone);
  const tokens = language === 'ja' ? segmentJapanese(rest) : words(rest);
  const services = takeServices(tokens);
  const people = findPeople(tokens, lexicons, ctx.knownPeople ?? []);
  const filler = new Set(lexicons.flatMap((l) => l.filler.map(fold)));
  const text = tokens
    .filter((t): t is string => t !== null)
    .map((t) => (language === 'ja' ? trimParticles(t) : t.replace(/^[-–,.:;]+|[-–,.;]+$/g, '')))
    .filter((t) => t.length > 0 && !filler.has(fold(t)))
    .join(' ');

  const parsed: ParsedQuery = { text, people, services };
  if (range) {
    parsed.from = new Date(range.from).toISOString();
    parsed.to = new Date(range.to).toISOString();
  }
  return parsed;
}

const patternCache = new Map<string, RegExp>();

/** A lexicon pattern as a whole-word, case-insensitive regex (inside runs of letters for Japanese). */
function wordPattern(pattern: string, lex: Lexicon): RegExp {
  const key = `${lex.unspaced ? 'u' : 's'}${pattern}`;
  let re = patternCache.get(key);
  if (!re) {
    re = lex.unspaced ? new RegExp(pattern, 'iu') : new RegExp(`(?<![\\p{L}\\p{N}'])(?:${pattern})(?![\\p{L}\\p{N}])`, 'iu');
    patternCache.set(key, re);
  }
  return re;
}

/** chrono also reads bare numbers and "1:1"; only results that name a day or a clock time count. */
function isDateLike(r: { text: string; start: { isCertain(c: 'day' | 'weekday' | 'hour' | 'month'): boolean } }): boolean {
  if (/^\d{1,2}:\d{1,2}$/.test(r.text.trim()) && !/^\d{1,2}:\d{2}$/.test(r.text.trim())) return false;
  if (/^\d+$/.test(r.text.trim())) return false;
  return r.start.isCertain('day') || r.start.isCertain('weekday') || r.start.isCertain('hour') || r.start.isCertain('month') || /\D/.test(r.text);
}

/** Marks the tokens that name a meeting service (longest name first) as used; returns their ids. */
function takeServices(tokens: Array<string | null>): string[] {
  const found: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const name of SERVICE_NAMES) {
      const parts = name.folded.split(' ');
      const slice = tokens.slice(i, i + parts.length);
      if (slice.length === parts.length && slice.every((t, k) => t !== null && fold(t) === parts[k])) {
        if (!found.includes(name.id)) found.push(name.id);
        for (let k = 0; k < parts.length; k++) tokens[i + k] = null;
        break;
      }
    }
  }
  return found;
}

const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });

/** Japanese words by Intl.Segmenter; "1:1" (and the like) kept whole, which it would split in two. */
function segmentJapanese(text: string): Array<string | null> {
  return text.split(/(\d{1,2}:\d{1,2})/u).flatMap((part, i) => (i % 2 === 1 ? [part] : [...segmenter.segment(part)].filter((s) => s.isWordLike).map((s) => s.segment)));
}

function trimParticles(token: string): string {
  return token.replace(/^(?:の|と|で|に|を|は|が)+|(?:の|と|で|に|を|は|が)+$/gu, '');
}
