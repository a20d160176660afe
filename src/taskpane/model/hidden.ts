/**
 * Skip rules: meetings the person chose not to see, once (by the meeting's opaque id) or for the
 * series (by its opaque `seriesKey`). Kept per user on the device with the settings; bounded, the
 * oldest dropped first. Each rule keeps the title the meeting had when it was hidden, so the
 * settings panel can still name it once it has left the list (it has, by being hidden, and a
 * hidden-once meeting soon ends): the person's own calendar data on their own device, as the
 * list itself shows it. A private meeting's title is not kept. What first paint needs is here;
 * hiding and undoing (`hiding.ts`) only the lazy menus, confirm and settings do.
 */
import type { Meeting } from '../../shared/api';

export interface HiddenEntry {
  /** The meeting's opaque id (`ids`) or its opaque `seriesKey` (`series`). */
  key: string;
  /** Its title when hidden; absent for a private meeting (and for rules kept before titles were). */
  title?: string;
  /** When it was hidden, ms since the epoch. */
  at: number;
}

export interface HiddenRules {
  ids: HiddenEntry[];
  series: HiddenEntry[];
}

export type HiddenKind = keyof HiddenRules;

/** Entries kept per kind; hiding one more drops the oldest. */
export const HIDDEN_LIMIT = 500;
/** A kept title's most characters. */
export const HIDDEN_TITLE_MAX = 200;

const OPAQUE = /^[A-Za-z0-9_-]{1,128}$/;

/** The meetings the rules leave on screen (the same array when none is hidden). */
export function visibleMeetings<M extends Pick<Meeting, 'id' | 'seriesKey'>>(meetings: M[], rules: HiddenRules | undefined): M[] {
  if (!rules) return meetings;
  const ids = new Set(rules.ids.map((e) => e.key));
  const series = new Set(rules.series.map((e) => e.key));
  const kept = meetings.filter((m) => !ids.has(m.id) && !(m.seriesKey !== undefined && series.has(m.seriesKey)));
  return kept.length === meetings.length ? meetings : kept;
}

/**
 * What storage held, made safe: opaque keys only, a title only as a bounded string, no repeats
 * (the newest kept), at most the limit. A bare key (rules kept before titles were) is read as an
 * entry without one.
 */
export function sanitizeHidden(raw: unknown): HiddenRules | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const value = raw as Record<string, unknown>;
  const list = (v: unknown): HiddenEntry[] => {
    const byKey = new Map<string, HiddenEntry>();
    for (const item of Array.isArray(v) ? v : []) {
      const e = (typeof item === 'string' ? { key: item } : item) as Partial<Record<keyof HiddenEntry, unknown>> | null;
      if (typeof e?.key !== 'string' || !OPAQUE.test(e.key)) continue;
      byKey.delete(e.key);
      byKey.set(e.key, {
        key: e.key,
        ...(typeof e.title === 'string' && e.title !== '' && { title: e.title.slice(0, HIDDEN_TITLE_MAX) }),
        at: typeof e.at === 'number' && Number.isFinite(e.at) ? e.at : 0,
      });
    }
    return [...byKey.values()].slice(-HIDDEN_LIMIT);
  };
  const rules = { ids: list(value.ids), series: list(value.series) };
  return rules.ids.length + rules.series.length === 0 ? undefined : rules;
}
