/** Turns stored events into what calendarView answers: window, order, page, zone, body type, $select. */
import { htmlToText } from './seed-bodies';
import type { CalendarViewQuery, Preferences } from './query';
import { graphDateTime } from './timezones';
import type { GraphEvent, StoredEvent } from './types';

export function selectWindow(events: StoredEvent[], q: CalendarViewQuery): StoredEvent[] {
  const inWindow = events.filter((e) => e.startMs < q.endMs && e.endMs > q.startMs);
  if (!q.orderBy.length) return inWindow;
  return [...inWindow].sort((a, b) => {
    for (const { key, desc } of q.orderBy) {
      const d = key === 'subject' ? a.event.subject.localeCompare(b.event.subject) : key === 'start' ? a.startMs - b.startMs : a.endMs - b.endMs;
      if (d !== 0) return desc ? -d : d;
    }
    return a.event.id.localeCompare(b.event.id);
  });
}

export function present(stored: StoredEvent, prefs: Preferences, select?: Array<keyof GraphEvent>): Record<string, unknown> {
  const e = structuredClone(stored.event);
  const zone = prefs.zone ?? { iana: 'UTC', label: 'UTC' };
  if (e.isAllDay) {
    e.start = { dateTime: e.start.dateTime, timeZone: zone.label };
    e.end = { dateTime: e.end.dateTime, timeZone: zone.label };
  } else {
    e.start = { dateTime: graphDateTime(stored.startMs, zone.iana), timeZone: zone.label };
    e.end = { dateTime: graphDateTime(stored.endMs, zone.iana), timeZone: zone.label };
  }
  if (prefs.bodyType === 'text') e.body = { contentType: 'text', content: htmlToText(e.body.content) };
  if (!select) return e as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = { '@odata.etag': e['@odata.etag'], id: e.id };
  for (const p of select) out[p] = e[p];
  return out;
}
