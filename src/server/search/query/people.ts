import { fold } from './fold';
import type { Lexicon } from './lexicon';

/**
 * People in a query, marking their tokens used: "with Dana" (de "mit", fr "avec", ja "…さん"), or a
 * bare word that is the first name, last name or full name of someone in `known` (the organizers
 * and attendees of the window searched). Never a general name recogniser: an unknown bare word
 * stays text.
 */
export function findPeople(tokens: Array<string | null>, lexicons: readonly Lexicon[], known: readonly string[]): string[] {
  const names = known.map((n) => n.split(/\s+/u).map(fold).filter(Boolean)).filter((n) => n.length > 0);
  const withWords = new Set(lexicons.filter((l) => !l.unspaced).map((l) => fold(l.withPerson)));
  const honorifics = new Set(lexicons.filter((l) => l.unspaced).flatMap((l) => l.withPerson.split('|')));
  const filler = new Set(lexicons.flatMap((l) => l.filler.map(fold)));
  const people: string[] = [];
  const add = (from: number, count: number) => {
    const words = tokens.slice(from, from + count) as string[];
    const name = words.join(' ');
    if (!people.some((p) => fold(p) === fold(name))) people.push(name);
    for (let k = 0; k < count; k++) tokens[from + k] = null;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === null || t === undefined) continue;
    if (withWords.has(fold(t))) {
      const len = knownAt(tokens, i + 1, names);
      const next = tokens[i + 1];
      if (len > 0) {
        tokens[i] = null;
        add(i + 1, len);
      } else if (next && /^\p{L}[\p{L}'’.-]*$/u.test(next) && !filler.has(fold(next))) {
        tokens[i] = null;
        add(i + 1, 1);
      }
    } else if (honorifics.has(tokens[i + 1] ?? '')) {
      add(i, 1);
      tokens[i + 1] = null;
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === null) continue;
    const len = knownAt(tokens, i, names);
    if (len > 0) add(i, len);
  }
  return people;
}

/** How many tokens from `at` spell a known name: the full name, else one of its words (≥ 2 letters). */
function knownAt(tokens: Array<string | null>, at: number, names: string[][]): number {
  let best = 0;
  for (const name of names) {
    if (name.length > 1 && name.every((w, k) => tokens[at + k] !== null && tokens[at + k] !== undefined && fold(tokens[at + k]!) === w)) best = Math.max(best, name.length);
  }
  if (best) return best;
  const t = tokens[at];
  if (t === null || t === undefined) return 0;
  const w = fold(t);
  return w.length >= 2 && names.some((name) => name.includes(w)) ? 1 : 0;
}
