/** The calendarView query: time window, OData options and `Prefer` header, validated the way Graph does. */
import { G, type GraphErrorSpec } from './errors';
import { resolveZone } from './timezones';
import type { GraphEvent } from './types';

export const DEFAULT_TOP = 10;
export const MAX_TOP = 1000;

export type OrderKey = 'start' | 'end' | 'subject';

export interface CalendarViewQuery {
  startMs: number;
  endMs: number;
  /** The raw values, echoed into `@odata.nextLink`. */
  startRaw: string;
  endRaw: string;
  top: number;
  skip: number;
  select?: Array<keyof GraphEvent>;
  orderBy: Array<{ key: OrderKey; desc: boolean }>;
  orderByRaw?: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: GraphErrorSpec };

const EVENT_PROPERTIES: ReadonlyArray<keyof GraphEvent> = [
  'id', 'createdDateTime', 'lastModifiedDateTime', 'changeKey', 'categories', 'originalStartTimeZone', 'originalEndTimeZone',
  'iCalUId', 'reminderMinutesBeforeStart', 'isReminderOn', 'hasAttachments', 'subject', 'bodyPreview', 'importance',
  'sensitivity', 'isAllDay', 'isCancelled', 'isOrganizer', 'responseRequested', 'seriesMasterId', 'showAs', 'type',
  'webLink', 'onlineMeetingUrl', 'isOnlineMeeting', 'onlineMeetingProvider', 'allowNewTimeProposals', 'occurrenceId',
  'isDraft', 'hideAttendees', 'responseStatus', 'body', 'start', 'end', 'location', 'locations', 'recurrence',
  'attendees', 'organizer', 'onlineMeeting',
];
const BY_LOWER = new Map(EVENT_PROPERTIES.map((p) => [p.toLowerCase(), p]));
const ORDER_KEYS: Record<string, OrderKey> = { 'start/datetime': 'start', 'end/datetime': 'end', subject: 'subject' };
const SUPPORTED_OPTIONS = new Set(['$select', '$top', '$skip', '$orderby']);
const ISO = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2})?)(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?$/i;

/** Graph's query parameter names are case-insensitive; a repeated one is refused. */
export function lowerKeys(query: Record<string, unknown>): Parsed<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(query)) {
    if (typeof v !== 'string') return { ok: false, error: G.badRequest(`Query option '${k}' was specified more than once, but it must be specified at most once.`) };
    out.set(k.toLowerCase(), v);
  }
  return { ok: true, value: out };
}

export function parseCalendarView(q: Map<string, string>): Parsed<CalendarViewQuery> {
  for (const k of q.keys()) {
    if (k.startsWith('$') && !SUPPORTED_OPTIONS.has(k)) return { ok: false, error: G.badRequest(`Query option '${k}' is not supported by this demo service.`) };
  }
  const startRaw = q.get('startdatetime');
  const endRaw = q.get('enddatetime');
  if (!startRaw || !endRaw) {
    return { ok: false, error: G.invalidParameter('This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.') };
  }
  const startMs = parseInstant(startRaw);
  if (startMs === undefined) return { ok: false, error: G.invalidParameter(`The value '${startRaw}' of parameter 'StartDateTime' is invalid.`) };
  const endMs = parseInstant(endRaw);
  if (endMs === undefined) return { ok: false, error: G.invalidParameter(`The value '${endRaw}' of parameter 'EndDateTime' is invalid.`) };

  const top = parseCount(q.get('$top'), '$top', DEFAULT_TOP);
  if (!top.ok) return top;
  if (top.value < 1 || top.value > MAX_TOP) return { ok: false, error: G.badRequest(`Invalid value '${q.get('$top')}' for query option '$top': it must be between 1 and ${MAX_TOP}.`) };
  const skip = parseCount(q.get('$skip'), '$skip', 0);
  if (!skip.ok) return skip;

  let select: Array<keyof GraphEvent> | undefined;
  const rawSelect = q.get('$select');
  if (rawSelect !== undefined) {
    select = [];
    for (const name of rawSelect.split(',').map((s) => s.trim()).filter(Boolean)) {
      const prop = BY_LOWER.get(name.toLowerCase());
      if (!prop) return { ok: false, error: G.noProperty(name) };
      if (!select.includes(prop)) select.push(prop);
    }
  }
  const orderBy: CalendarViewQuery['orderBy'] = [];
  const rawOrder = q.get('$orderby');
  if (rawOrder !== undefined) {
    for (const term of rawOrder.split(',').map((s) => s.trim()).filter(Boolean)) {
      const [field = '', dir = 'asc', ...rest] = term.split(/\s+/);
      const key = ORDER_KEYS[field.toLowerCase()];
      if (!key || rest.length || !/^(asc|desc)$/i.test(dir)) return { ok: false, error: G.badRequest(`The $orderby expression '${term}' is not supported.`) };
      orderBy.push({ key, desc: dir.toLowerCase() === 'desc' });
    }
  }
  return { ok: true, value: { startMs, endMs, startRaw, endRaw, top: top.value, skip: skip.value, select, orderBy, orderByRaw: rawOrder } };
}

/** ISO 8601; without an offset Graph reads the value as UTC. Up to seven fraction digits. */
export function parseInstant(raw: string): number | undefined {
  const m = ISO.exec(raw.trim());
  if (!m) return undefined;
  const [, date, time, frac, zone] = m;
  const ms = Date.parse(`${date}T${time ?? '00:00'}${time && time.length === 5 ? ':00' : ''}${frac ? frac.slice(0, 4).padEnd(4, '0') : ''}${zone ?? 'Z'}`);
  return Number.isNaN(ms) ? undefined : ms;
}

function parseCount(raw: string | undefined, name: string, fallback: number): Parsed<number> {
  if (raw === undefined) return { ok: true, value: fallback };
  if (!/^\d{1,9}$/.test(raw)) return { ok: false, error: G.badRequest(`Invalid value '${raw}' for query option '${name}'.`) };
  return { ok: true, value: Number(raw) };
}

export interface Preferences {
  /** IANA zone to present times in, and the name to write in `timeZone`. */
  zone?: { iana: string; label: string };
  bodyType?: 'text' | 'html';
  applied: string[];
}

/** `Prefer: outlook.timezone="Pacific Standard Time", outlook.body-content-type="text"`. Unknown zones are ignored. */
export function parsePrefer(headers: string[]): Preferences {
  const prefs: Preferences = { applied: [] };
  for (const part of headers.join(',').split(',')) {
    const m = /^\s*([\w.-]+)\s*=\s*"?([^"]*)"?\s*$/.exec(part);
    if (!m) continue;
    const [, name = '', value = ''] = m;
    if (name.toLowerCase() === 'outlook.timezone') {
      const iana = resolveZone(value);
      if (iana) {
        prefs.zone = { iana, label: value };
        prefs.applied.push(`outlook.timezone="${value}"`);
      }
    } else if (name.toLowerCase() === 'outlook.body-content-type' && (value === 'text' || value === 'html')) {
      prefs.bodyType = value;
      prefs.applied.push(`outlook.body-content-type="${value}"`);
    }
  }
  return prefs;
}
