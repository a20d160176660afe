import type { Lexicon } from './lexicon';

/** An hour range of the day, in minutes after midnight: [from, to). */
export interface HourRange {
  from: number;
  to: number;
}

function time(i: number): string {
  return (
    `(?<pre${i}>午前|午後)?(?<h${i}>\\d{1,2})` +
    `(?:(?:[:.]|h)(?<m${i}>\\d{2})|時(?:(?<jm${i}>\\d{1,2})分|(?<half${i}>半))?)?` +
    `(?:\\s*(?<ap${i}>a\\.?m\\.?|p\\.?m\\.?))?(?<unit${i}>\\s*(?:uhr|heures?|h)(?![\\p{L}]))?`
  );
}

const cache = new WeakMap<Lexicon, RegExp[]>();

function patterns(lex: Lexicon): RegExp[] {
  let found = cache.get(lex);
  if (!found) {
    const edge = lex.unspaced ? '' : '(?<![\\p{L}\\p{N}])';
    const end = lex.unspaced ? '(?:まで|の間)?' : '(?![\\p{L}\\p{N}])';
    const join = `\\s*(?:${lex.rangeJoin})\\s*`;
    found = [
      ...(lex.rangeOpen ? [new RegExp(`${edge}(?:${lex.rangeOpen})\\s+${time(1)}${join}${time(2)}${end}`, 'iu')] : []),
      // "2-4pm", "14–16 Uhr", "14時から16時": no opening word, so the end must say it is a time.
      new RegExp(`${edge}(?<bare>)${time(1)}${join}${time(2)}${end}`, 'iu'),
    ];
    cache.set(lex, found);
  }
  return found;
}

interface End {
  hour: number;
  minute: number;
  meridiem?: 'am' | 'pm';
  marked: boolean;
}

function readEnd(g: Record<string, string | undefined>, i: number): End | undefined {
  const hour = Number(g[`h${i}`]);
  const minute = g[`m${i}`] ? Number(g[`m${i}`]) : g[`jm${i}`] ? Number(g[`jm${i}`]) : g[`half${i}`] ? 30 : 0;
  const ap = g[`ap${i}`]?.toLowerCase().replace(/\./g, '');
  const pre = g[`pre${i}`];
  const meridiem = ap === 'pm' || pre === '午後' ? 'pm' : ap === 'am' || pre === '午前' ? 'am' : undefined;
  if (minute > 59 || hour > 24 || (meridiem && (hour < 1 || hour > 12))) return undefined;
  const marked = Boolean(meridiem || g[`unit${i}`] || g[`m${i}`] || g[`jm${i}`] !== undefined);
  return { hour, minute, meridiem, marked };
}

function to24(end: End): number {
  if (end.meridiem === 'pm' && end.hour < 12) return end.hour + 12;
  if (end.meridiem === 'am' && end.hour === 12) return 0;
  return end.hour;
}

/**
 * Finds "between 2 and 4pm" (and its de/fr/ja forms) in `text`. An end without am/pm takes the
 * other end's when that keeps the range forward ("2 and 4pm" is 14–16, "11 and 1pm" is 11–13,
 * 午後2時から4時 is 14–16);
 * in English, bare hours 1–7 on both ends mean the afternoon (nobody looks for meetings at 3 am).
 */
export function findHourRange(text: string, lex: Lexicon, twelveHour: boolean): { range: HourRange; index: number; length: number } | undefined {
  for (const re of patterns(lex)) {
    const m = re.exec(text);
    if (!m?.groups) continue;
    const g = m.groups;
    const a = readEnd(g, 1);
    const b = readEnd(g, 2);
    if (!a || !b) continue;
    const hasJa = /時/.test(m[0]);
    if (g.bare !== undefined && !(b.marked || hasJa)) continue;
    let start = to24(a);
    let stop = to24(b);
    if (!a.meridiem && b.meridiem === 'pm' && start < 12 && start + 12 <= stop) start += 12;
    if (!b.meridiem && a.meridiem === 'pm' && stop < 12 && stop + 12 > start) stop += 12;
    if (!a.meridiem && !b.meridiem && twelveHour && !a.marked && !b.marked && start >= 1 && stop <= 7 && start < stop) {
      start += 12;
      stop += 12;
    }
    const from = start * 60 + a.minute;
    const to = stop * 60 + b.minute;
    if (to <= from || to > 24 * 60) continue;
    return { range: { from, to }, index: m.index, length: m[0].length };
  }
  return undefined;
}
