import { fold, words } from './query/fold';
import type { ParsedQuery } from './query/types';
import type { SearchCandidate } from './candidate';

/** Field weights of a text match: the title says most, attendees less, the location least. */
export const FIELD_WEIGHT = { title: 3, people: 2, location: 1 } as const;

export interface CandidateMatch {
  matches: boolean;
  /** Mean over the query's words of the best field each was found in (0 without text). */
  textScore: number;
}

/**
 * Whether a meeting answers the query: overlaps its range, runs on one of its services, has each
 * person named as organizer or attendee, and has each word of its text somewhere in the title,
 * location, organizer or attendee names. All comparisons accent- and case-insensitive.
 */
export function matchCandidate(c: SearchCandidate, q: ParsedQuery): CandidateMatch {
  const m = c.meeting;
  if (q.from && Date.parse(m.end) <= Date.parse(q.from)) return miss;
  if (q.to && Date.parse(m.start) >= Date.parse(q.to)) return miss;
  if (q.services.length > 0 && !(m.join && q.services.includes(m.join.service.id))) return miss;
  const names = [m.organizer?.name, ...c.attendees.map((a) => a.name)].filter((n): n is string => Boolean(n)).map(fold);
  const locals = [c.organizerEmail, ...c.attendees.map((a) => a.email)].filter((e): e is string => Boolean(e)).map((e) => fold(e.split('@')[0]!));
  for (const person of q.people) if (!namesPerson(fold(person), names, locals)) return miss;

  const terms = words(fold(q.text));
  if (terms.length === 0) return { matches: true, textScore: 0 };
  const title = fold(m.title);
  const location = fold(m.location ?? '');
  const people = names.join('\n');
  let total = 0;
  for (const term of terms) {
    const weight = title.includes(term) ? FIELD_WEIGHT.title : people.includes(term) ? FIELD_WEIGHT.people : location.includes(term) ? FIELD_WEIGHT.location : 0;
    if (weight === 0) return miss;
    total += weight;
  }
  return { matches: true, textScore: total / terms.length };
}

const miss: CandidateMatch = { matches: false, textScore: 0 };

/** "dana" names "Dana Rivera" (a word of the name starts with it); "dana r" too; or an address's local part. */
function namesPerson(person: string, names: readonly string[], locals: readonly string[]): boolean {
  const parts = words(person);
  if (parts.length === 0) return true;
  const byName = names.some((name) => {
    const nameWords = words(name);
    return parts.every((p) => nameWords.some((w) => w.startsWith(p)));
  });
  return byName || locals.some((local) => parts.every((p) => local.includes(p)));
}
