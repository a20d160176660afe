/**
 * Making and undoing skip rules: only the lazy menus, the confirm and the settings panel do, so
 * this stays out of first paint (the list needs only `visibleMeetings`, in `hidden.ts`).
 */
import type { Meeting } from '../../shared/api';
import { HIDDEN_LIMIT, HIDDEN_TITLE_MAX, type HiddenEntry, type HiddenKind, type HiddenRules } from './hidden';

/** The rule that hides `meeting` (its id, or with a series key its series), with the title to keep. */
export function ruleFor(meeting: Pick<Meeting, 'id' | 'seriesKey' | 'title' | 'isPrivate'>, kind: HiddenKind, at: number): HiddenEntry | undefined {
  const key = kind === 'series' ? meeting.seriesKey : meeting.id;
  if (key === undefined) return undefined;
  return meeting.isPrivate ? { key, at } : { key, title: meeting.title.slice(0, HIDDEN_TITLE_MAX), at };
}

/** Hides one more (last in, newest); past the limit the oldest goes. */
export function hide(rules: HiddenRules | undefined, kind: HiddenKind, entry: HiddenEntry): HiddenRules {
  const base = rules ?? { ids: [], series: [] };
  return { ...base, [kind]: [...base[kind].filter((e) => e.key !== entry.key), entry].slice(-HIDDEN_LIMIT) };
}

/** Undoes one hide; undefined once nothing is hidden. */
export function unhide(rules: HiddenRules | undefined, kind: HiddenKind, key: string): HiddenRules | undefined {
  if (!rules) return undefined;
  const next = { ...rules, [kind]: rules[kind].filter((e) => e.key !== key) };
  return next.ids.length + next.series.length === 0 ? undefined : next;
}

/** The rules with `meeting` hidden once or for its series (unchanged without a series key). */
export function hideMeeting(rules: HiddenRules | undefined, kind: HiddenKind, meeting: Pick<Meeting, 'id' | 'seriesKey' | 'title' | 'isPrivate'>, at = Date.now()): HiddenRules | undefined {
  const entry = ruleFor(meeting, kind, at);
  return entry ? hide(rules, kind, entry) : rules;
}
