/**
 * A demo user's calendar, laid out relative to `now` in the user's mailbox zone: the next five working
 * days of the coming seven, plus one meeting running now and one starting in 5-10 minutes, and a
 * few on days around them (yesterday, last week, a week out) for search to find. Deterministic
 * for a given user and `now` (the "now" slots move in 5-minute steps), so tests can compute expectations.
 */
import { createHash } from 'node:crypto';
import type { DemoUser } from '../users';
import { CATALOGUE, STANDUP, type MeetingSpec } from './seed-catalogue';
import {
  bodyPreview, gongInvitation, meetInvitation, plainInvitation, safeLinksZoomInvitation, teamsInvitation,
  webexInvitation, zoomInvitation, type Invitation,
} from './seed-bodies';
import { addDays, graphDateTime, wallTime, zonedToUtc } from './timezones';
import type { GraphEvent, GraphLocation, StoredEvent } from './types';

const MINUTE = 60_000;
const SLOT = 5 * MINUTE;
const NEVER = '0001-01-01T00:00:00Z';

export function seedCalendar(user: DemoUser, tid: string, now: number): StoredEvent[] {
  const zone = user.timeZone;
  const today = wallTime(now, zone);
  const workdays = [0, 1, 2, 3, 4, 5, 6].map((d) => addDays(today, d)).filter((d) => d.weekday >= 1 && d.weekday <= 5);
  const anchor = Math.floor(now / SLOT) * SLOT;
  const self = { name: user.name, address: user.username };
  const seriesMasterId = graphId(user.oid, 'standup:master');
  const standupInvite = teamsInvitation(`${user.oid}:standup`, tid, user.oid, STANDUP.agenda);

  const out: StoredEvent[] = [];
  for (const spec of CATALOGUE) {
    let startMs: number;
    let endMs: number;
    if (spec.day === 'now-running') [startMs, endMs] = [anchor - 25 * MINUTE, anchor + 35 * MINUTE];
    else if (spec.day === 'now-next') [startMs, endMs] = [anchor + 10 * MINUTE, anchor + 40 * MINUTE];
    else {
      const d = typeof spec.day === 'number' ? workdays[spec.day] : addDays(today, spec.day.daysFromToday);
      if (!d) continue;
      if (spec.allDay) {
        startMs = zonedToUtc(d.year, d.month, d.day, 0, 0, zone);
        const next = addDays(d, 1);
        endMs = zonedToUtc(next.year, next.month, next.day, 0, 0, zone);
      } else {
        const [h, m] = spec.at ?? [9, 0];
        startMs = zonedToUtc(d.year, d.month, d.day, h, m, zone);
        endMs = startMs + (spec.minutes ?? 30) * MINUTE;
      }
    }
    // "Now" meetings are new meetings each slot; their ids say so.
    const key = typeof spec.day === 'string' ? `${spec.key}:${anchor}` : `${spec.key}:${startMs}`;
    out.push(build(user, tid, self, spec, key, startMs, endMs, invitationFor(spec, `${user.oid}:${key}`, tid, user), null));
  }
  workdays.forEach((d) => {
    const startMs = zonedToUtc(d.year, d.month, d.day, STANDUP.at?.[0] ?? 9, STANDUP.at?.[1] ?? 30, zone);
    const key = `standup:${startMs}`;
    const spec: MeetingSpec = { ...STANDUP, key, day: 0 };
    const dateKey = `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
    out.push(build(user, tid, self, spec, key, startMs, startMs + (STANDUP.minutes ?? 15) * MINUTE, standupInvite, { seriesMasterId, dateKey }));
  });
  return out.sort((a, b) => a.startMs - b.startMs || a.event.id.localeCompare(b.event.id));
}

function invitationFor(spec: MeetingSpec, seed: string, tid: string, user: DemoUser): Invitation {
  const organizerName = spec.organizer === 'self' ? user.name : spec.organizer.name;
  switch (spec.kind) {
    case 'teams': return teamsInvitation(seed, tid, user.oid, spec.agenda);
    case 'zoom': return zoomInvitation(seed, 'us02web.zoom.us', organizerName, spec.agenda);
    case 'zoom-vanity': return zoomInvitation(seed, 'fabrikam.zoom.us', organizerName, spec.agenda);
    case 'zoom-safelinks': return safeLinksZoomInvitation(seed, spec.agenda);
    case 'webex': return webexInvitation(seed, spec.agenda);
    case 'gong': return gongInvitation(seed, spec.agenda);
    case 'meet': return meetInvitation(seed, spec.agenda);
    case 'room':
    case 'none': return plainInvitation(spec.agenda);
  }
}

function build(
  user: DemoUser, _tid: string, self: { name: string; address: string }, spec: MeetingSpec, key: string,
  startMs: number, endMs: number, inv: Invitation, series: { seriesMasterId: string; dateKey: string } | null,
): StoredEvent {
  const id = graphId(user.oid, key);
  const created = iso(startMs - 7 * 24 * 60 * MINUTE);
  const responded = spec.response === 'none' || spec.response === 'notResponded' ? NEVER : iso(startMs - 6 * 24 * 60 * MINUTE);
  const organizer = spec.organizer === 'self' ? self : spec.organizer;
  const location = locationOf(spec, inv);
  const attendees: GraphEvent['attendees'] = [...spec.with, ...(spec.organizer === 'self' ? [] : [self])].map((p) => ({
    type: 'required',
    status: p === self ? { response: spec.response, time: responded } : { response: 'none', time: NEVER },
    emailAddress: { ...p },
  }));
  if (spec.room) attendees.push({ type: 'resource', status: { response: 'accepted', time: created }, emailAddress: { name: spec.room, address: roomAddress(spec.room) } });
  const changeKey = createHash('sha256').update(`${id}:ck`).digest('base64').slice(0, 22) + 'AAA';
  const event: GraphEvent = {
    '@odata.etag': `W/"${changeKey}"`,
    id,
    createdDateTime: created.replace('Z', '0000Z'),
    lastModifiedDateTime: created.replace('Z', '0000Z'),
    changeKey,
    categories: [],
    originalStartTimeZone: user.windowsTimeZone,
    originalEndTimeZone: user.windowsTimeZone,
    iCalUId: `040000008200E00074C5B7101A82E008${createHash('sha256').update(series?.seriesMasterId ?? id).digest('hex').slice(0, 56).toUpperCase()}`,
    reminderMinutesBeforeStart: spec.allDay ? 1080 : 15,
    isReminderOn: !spec.allDay,
    hasAttachments: false,
    subject: spec.subject,
    bodyPreview: bodyPreview(inv.html),
    importance: spec.importance ?? 'normal',
    sensitivity: spec.sensitivity ?? 'normal',
    isAllDay: !!spec.allDay,
    isCancelled: !!spec.cancelled,
    isOrganizer: spec.organizer === 'self',
    responseRequested: true,
    seriesMasterId: series?.seriesMasterId ?? null,
    showAs: spec.showAs ?? showAsFor(spec.response),
    type: series ? 'occurrence' : 'singleInstance',
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: !!inv.joinUrl,
    onlineMeetingProvider: inv.joinUrl ? 'teamsForBusiness' : 'unknown',
    allowNewTimeProposals: true,
    occurrenceId: series ? `OID.${series.seriesMasterId}.${series.dateKey}` : null,
    isDraft: false,
    hideAttendees: false,
    responseStatus: { response: spec.response, time: responded },
    body: { contentType: 'html', content: inv.html },
    // All-day events float: midnight to midnight of the mailbox's dates, in whatever zone is asked for.
    start: { dateTime: graphDateTime(startMs, spec.allDay ? user.timeZone : 'UTC'), timeZone: 'UTC' },
    end: { dateTime: graphDateTime(endMs, spec.allDay ? user.timeZone : 'UTC'), timeZone: 'UTC' },
    location,
    locations: location.displayName ? [location] : [],
    recurrence: null,
    attendees,
    organizer: { emailAddress: { ...organizer } },
    onlineMeeting: inv.joinUrl ? { joinUrl: inv.joinUrl } : null,
  };
  return { startMs, endMs, event };
}

function locationOf(spec: MeetingSpec, inv: Invitation): GraphLocation {
  if (spec.room) {
    return { displayName: spec.room, locationType: 'conferenceRoom', locationUri: roomAddress(spec.room), uniqueId: roomAddress(spec.room), uniqueIdType: 'directory' };
  }
  if (inv.location) return { displayName: inv.location, locationType: 'default', uniqueId: inv.location, uniqueIdType: 'private' };
  return { displayName: '', locationType: 'default', uniqueIdType: 'unknown' };
}

function showAsFor(response: GraphEvent['responseStatus']['response']): GraphEvent['showAs'] {
  if (response === 'declined') return 'free';
  if (response === 'tentativelyAccepted' || response === 'notResponded') return 'tentative';
  return 'busy';
}

function roomAddress(room: string): string {
  return `${room.toLowerCase().replace(/[^a-z0-9]+/g, '.').replace(/^\.|\.$/g, '')}@upnextdemo.onmicrosoft.com`;
}

/** Exchange item ids look like `AAMkAG…AAA=`: URL-safe base64 with padding. */
export function graphId(oid: string, key: string): string {
  return `AAMkAGI2${createHash('sha256').update(`${oid}|${key}`).digest('base64url').slice(0, 64)}AAA=`;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
