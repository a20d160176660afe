/**
 * A demo person's Google calendar, relative to `now` in their zone, overlapping their Outlook week:
 * a Meet call starting in a few minutes (conferenceData with video, phone and more entry points), a
 * design crit at the Outlook stand-up's time, a customer call with a Zoom link in the description,
 * an all-day conference, a declined book club, a tentative 1:1, a private appointment, and a weekday
 * focus block (a recurring series, expanded by `singleEvents=true`) with one cancelled instance; and
 * for search, a 1:1 yesterday and a partner review a week ago.
 */
import { createHash } from 'node:crypto';
import { addDays, wallTime, zonedToUtc } from '../graph/timezones';
import type { DemoGoogleAccount } from './accounts';

const MINUTE = 60_000;
const SLOT = 5 * MINUTE;

export interface GoogleEventTime {
  date?: string;
  dateTime?: string;
  timeZone?: string;
}

export interface DemoGoogleEvent {
  kind: 'calendar#event';
  id: string;
  status: 'confirmed' | 'tentative' | 'cancelled';
  htmlLink: string;
  summary: string;
  description?: string;
  location?: string;
  start: GoogleEventTime;
  end: GoogleEventTime;
  organizer: { email: string; displayName?: string; self?: boolean };
  attendees?: Array<{ email: string; displayName?: string; self?: boolean; organizer?: boolean; responseStatus: string }>;
  transparency?: 'transparent';
  visibility?: 'private';
  hangoutLink?: string;
  conferenceData?: Record<string, unknown>;
  recurringEventId?: string;
  originalStartTime?: GoogleEventTime;
  recurrence?: string[];
  eventType: 'default';
}

/** A stored event: the JSON Google answers, plus the instant it starts (for range and order). */
export interface StoredGoogleEvent {
  startMs: number;
  endMs: number;
  event: DemoGoogleEvent;
  /** Set on instances of a recurring series; the series master is `master`. */
  seriesId?: string;
  master?: boolean;
}

export function seedGoogleCalendar(account: DemoGoogleAccount, now: number): StoredGoogleEvent[] {
  const zone = account.person.timeZone;
  const today = wallTime(now, zone);
  const workdays = [0, 1, 2, 3, 4, 5, 6].map((d) => addDays(today, d)).filter((d) => d.weekday >= 1 && d.weekday <= 5);
  const anchor = Math.floor(now / SLOT) * SLOT;
  const me = { email: account.email, displayName: account.name, self: true };
  const at = (d: { year: number; month: number; day: number } | undefined, h: number, m: number) => (d ? zonedToUtc(d.year, d.month, d.day, h, m, zone) : undefined);
  const out: StoredGoogleEvent[] = [];
  const add = (key: string, startMs: number | undefined, minutes: number, fields: Partial<DemoGoogleEvent>, response = 'accepted') => {
    if (startMs === undefined) return;
    const id = eventId(account.sub, `${key}:${startMs}`);
    const endMs = startMs + minutes * MINUTE;
    out.push({
      startMs,
      endMs,
      event: {
        kind: 'calendar#event',
        id,
        status: 'confirmed',
        htmlLink: `https://www.google.com/calendar/event?eid=${Buffer.from(`${id} ${account.email}`).toString('base64url')}`,
        summary: key,
        start: { dateTime: rfc3339(startMs, zone), timeZone: zone },
        end: { dateTime: rfc3339(endMs, zone), timeZone: zone },
        organizer: { email: 'ana.lima@partner.example', displayName: 'Ana Lima' },
        attendees: [{ ...me, responseStatus: response }, { email: 'ana.lima@partner.example', displayName: 'Ana Lima', organizer: true, responseStatus: 'accepted' }],
        eventType: 'default',
        ...fields,
      },
    });
  };

  const roadmapCode = meetCode(account.sub, 'roadmap');
  add('Roadmap sync with Ana', anchor + 5 * MINUTE, 30, meet(roadmapCode, true));
  add('Design crit', at(workdays[0], 9, 30), 30, { ...meet(meetCode(account.sub, 'crit'), false), organizer: me, attendees: undefined });
  add('Customer call: Northwind', at(workdays[1], 14, 0), 45, {
    description:
      'Hi all, joining details below.<br><br>Join Zoom Meeting<br><a href="https://us02web.zoom.us/j/84512367890?pwd=Qm9vS2x1YlplT2xBb2d1ZQ.1">https://us02web.zoom.us/j/84512367890?pwd=Qm9vS2x1YlplT2xBb2d1ZQ.1</a><br><br>Meeting ID: 845 1236 7890<br>Passcode: 417205',
    location: 'Zoom',
  });
  add('Book club', at(workdays[1], 18, 0), 60, { location: 'Café Central' }, 'declined');
  add('1:1 with mentor', at(workdays[2], 11, 0), 30, meet(meetCode(account.sub, 'mentor'), false), 'tentative');
  // The past, for search: yesterday and a week ago on calendar days, whatever today is.
  add('1:1 with Ana', at(addDays(today, -1), 16, 0), 30, meet(meetCode(account.sub, 'ana-1on1'), false));
  add('Partner roadmap review', at(addDays(today, -7), 11, 0), 60, meet(meetCode(account.sub, 'partner-review'), false));
  add('Dentist', at(workdays[3], 8, 0), 60, { visibility: 'private', organizer: me, attendees: undefined, location: 'Dr. Weiss, Hauptstraße 4' });

  const conference = workdays[2];
  if (conference) {
    const next = addDays(conference, 1);
    const date = (d: { year: number; month: number; day: number }) => `${d.year}-${pad(d.month)}-${pad(d.day)}`;
    const startMs = zonedToUtc(conference.year, conference.month, conference.day, 0, 0, zone);
    const id = eventId(account.sub, `conference:${startMs}`);
    out.push({
      startMs,
      endMs: zonedToUtc(next.year, next.month, next.day, 0, 0, zone),
      event: {
        kind: 'calendar#event', id, status: 'confirmed', htmlLink: `https://www.google.com/calendar/event?eid=${id}`,
        summary: 'Open Source Summit (all day)', start: { date: date(conference) }, end: { date: date(next) },
        organizer: me, transparency: 'transparent', eventType: 'default',
      },
    });
  }

  // The focus block: a weekday series, its instances expanded, the third one cancelled.
  const seriesId = eventId(account.sub, 'focus:master');
  const first = workdays[0];
  workdays.forEach((d, i) => {
    const startMs = at(d, 8, 30)!;
    const stamp = new Date(startMs).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    const start = { dateTime: rfc3339(startMs, zone), timeZone: zone };
    out.push({
      startMs,
      endMs: startMs + 45 * MINUTE,
      seriesId,
      event: {
        kind: 'calendar#event', id: `${seriesId}_${stamp}`, status: i === 2 ? 'cancelled' : 'confirmed',
        htmlLink: `https://www.google.com/calendar/event?eid=${seriesId}_${stamp}`, summary: 'Focus time',
        start, end: { dateTime: rfc3339(startMs + 45 * MINUTE, zone), timeZone: zone }, organizer: me,
        transparency: 'transparent', recurringEventId: seriesId, originalStartTime: start, eventType: 'default',
      },
    });
  });
  if (first) {
    const startMs = at(first, 8, 30)!;
    out.push({
      startMs,
      endMs: startMs + 45 * MINUTE,
      master: true,
      event: {
        kind: 'calendar#event', id: seriesId, status: 'confirmed', htmlLink: `https://www.google.com/calendar/event?eid=${seriesId}`,
        summary: 'Focus time', start: { dateTime: rfc3339(startMs, zone), timeZone: zone },
        end: { dateTime: rfc3339(startMs + 45 * MINUTE, zone), timeZone: zone }, organizer: me, transparency: 'transparent',
        recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'], eventType: 'default',
      },
    });
  }
  return out.sort((a, b) => a.startMs - b.startMs || a.event.id.localeCompare(b.event.id));
}

/** A Meet conference as Google returns it: video, phone (with PIN and region) and "more" entry points. */
function meet(code: string, withPhone: boolean): Partial<DemoGoogleEvent> {
  const uri = `https://meet.google.com/${code}`;
  const entryPoints: Array<Record<string, string>> = [{ entryPointType: 'video', uri, label: `meet.google.com/${code}`, meetingCode: code }];
  if (withPhone) {
    entryPoints.push({ entryPointType: 'phone', uri: 'tel:+1-650-555-0142', label: '+1 650-555-0142', pin: '318604527', regionCode: 'US' });
    entryPoints.push({ entryPointType: 'more', uri: `https://tel.meet/${code}?pin=318604527` });
  }
  return {
    hangoutLink: uri,
    conferenceData: { entryPoints, conferenceSolution: { key: { type: 'hangoutsMeet' }, name: 'Google Meet' }, conferenceId: code },
  };
}

function meetCode(sub: string, key: string): string {
  const letters = createHash('sha256').update(`${sub}:${key}`).digest().subarray(0, 10).map((b) => 97 + (b % 26));
  const s = Buffer.from(letters).toString('ascii');
  return `${s.slice(0, 3)}-${s.slice(3, 7)}-${s.slice(7, 10)}`;
}

/** Google event ids: lowercase base32hex. */
function eventId(sub: string, key: string): string {
  const alphabet = '0123456789abcdefghijklmnopqrstuv';
  return [...createHash('sha256').update(`${sub}:${key}`).digest().subarray(0, 16)].map((b) => alphabet[b % 32]).join('');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** RFC 3339 in the zone's own offset, as Google writes dateTime. */
export function rfc3339(ms: number, zone: string): string {
  const w = wallTime(ms, zone);
  const offset = Math.round((Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(ms / 1000) * 1000) / MINUTE);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
