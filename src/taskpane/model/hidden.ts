/**
 * Skip rules: meetings the person chose not to see, once (by the meeting's opaque id) or for the
 * series (by its opaque `seriesKey`). Kept per user on the device with the settings; bounded, the
 * oldest dropped first.
 */
import type { Meeting } from '../../shared/api';

export interface HiddenRules {
  ids: string[];
  series: string[];
}

/** Entries kept per kind; hiding one more drops the oldest. */
export const HIDDEN_LIMIT = 500;

const OPAQUE = /^[A-Za-z0-9_-]{1,128}$/;

export const NO_HIDDEN: HiddenRules = { ids: [], series: [] };

export function isHidden(rules: HiddenRules | undefined, meeting: Pick<Meeting, 'id' | 'seriesKey'>): boolean {
  if (!rules) return false;
  return rules.ids.includes(meeting.id) || (meeting.seriesKey !== undefined && rules.series.includes(meeting.seriesKey));
}

/** The meetings the rules leave on screen (the same array when none is hidden). */
export function visibleMeetings<M extends Pick<Meeting, 'id' | 'seriesKey'>>(meetings: M[], rules: HiddenRules | undefined): M[] {
  if (!rules || (rules.ids.length === 0 && rules.series.length === 0)) return meetings;
  const ids = new Set(rules.ids);
  const series = new Set(rules.series);
  const kept = meetings.filter((m) => !ids.has(m.id) && !(m.seriesKey !== undefined && series.has(m.seriesKey)));
  return kept.length === meetings.length ? meetings : kept;
}

/** Hides one more (last in, newest); past the limit the oldest goes. */
export function hide(rules: HiddenRules | undefined, kind: keyof HiddenRules, key: string): HiddenRules {
  const base = rules ?? NO_HIDDEN;
  const list = [...base[kind].filter((k) => k !== key), key].slice(-HIDDEN_LIMIT);
  return { ...base, [kind]: list };
}

export function unhide(rules: HiddenRules | undefined, kind: keyof HiddenRules, key: string): HiddenRules {
  const base = rules ?? NO_HIDDEN;
  return { ...base, [kind]: base[kind].filter((k) => k !== key) };
}

/** What storage held, made safe: only opaque strings, no repeats, at most the limit (the newest). */
export function sanitizeHidden(raw: unknown): HiddenRules | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const value = raw as Record<string, unknown>;
  const list = (v: unknown): string[] =>
    Array.isArray(v) ? [...new Set(v.filter((k): k is string => typeof k === 'string' && OPAQUE.test(k)))].slice(-HIDDEN_LIMIT) : [];
  const rules = { ids: list(value.ids), series: list(value.series) };
  return rules.ids.length === 0 && rules.series.length === 0 ? undefined : rules;
}
