import type { Meeting, ResponseStatus, ShowAs } from '../../../shared/api';
import { detectJoinLink, type DialIn, type JoinLink } from '../../../shared/joinlink';
import type { GoogleEntryPoint, GoogleEvent, GoogleEventTime } from './google-event';

const RESPONSES: Record<string, ResponseStatus> = {
  needsAction: 'notResponded',
  declined: 'declined',
  tentative: 'tentativelyAccepted',
  accepted: 'accepted',
};

/**
 * Maps one Google Calendar event to the brief's Meeting. Join: the structured conference (video
 * entry point, else `hangoutLink`) first, then location and description through the shared
 * detector; the conference's phone entry points and codes fill in what the detector did not find.
 */
export function mapGoogleEvent(event: GoogleEvent, opaqueId: string): Meeting {
  if (!event.start || !event.end) throw new Error('event without start or end');
  const isAllDay = event.start.date !== undefined && event.start.dateTime === undefined;
  const self = event.attendees?.find((a) => a.self === true);
  const response: ResponseStatus = self?.responseStatus && RESPONSES[self.responseStatus]
    ? RESPONSES[self.responseStatus]!
    : event.organizer?.self === true
      ? 'organizer'
      : 'none';
  const meeting: Meeting = {
    id: opaqueId,
    title: event.summary?.trim() || '(No title)',
    start: toUtcIso(event.start),
    end: toUtcIso(event.end),
    isAllDay,
    status: event.status === 'cancelled' ? 'cancelled' : response,
    showAs: showAsOf(event, response),
    provider: 'google-calendar',
  };
  const location = event.location?.trim();
  if (location) meeting.location = location;
  const organizer = event.organizer?.displayName?.trim() || event.organizer?.email?.trim();
  if (organizer) meeting.organizer = { name: organizer };
  const join = joinOf(event);
  if (join) meeting.join = join;
  if (event.htmlLink && isHttps(event.htmlLink)) meeting.webLink = event.htmlLink;
  if (event.visibility === 'private' || event.visibility === 'confidential') meeting.isPrivate = true;
  return meeting;
}

function showAsOf(event: GoogleEvent, response: ResponseStatus): ShowAs {
  if (event.eventType === 'outOfOffice') return 'oof';
  if (event.eventType === 'workingLocation') return 'workingElsewhere';
  if (event.transparency === 'transparent') return 'free';
  if (response === 'tentativelyAccepted' || event.status === 'tentative') return 'tentative';
  return 'busy';
}

function joinOf(event: GoogleEvent): JoinLink | undefined {
  const points = event.conferenceData?.entryPoints ?? [];
  const video = points.find((p) => p.entryPointType === 'video' && typeof p.uri === 'string');
  const description = event.description?.trim();
  const join = detectJoinLink({
    joinUrl: video?.uri ?? event.hangoutLink ?? null,
    locations: [event.location],
    body: description ? { contentType: /<[a-z][^>]*>/i.test(description) ? 'html' : 'text', content: description } : null,
  });
  if (!join) return undefined;
  // The conference's own codes and numbers belong to the structured link only.
  const structured = video?.uri !== undefined || event.hangoutLink !== undefined;
  if (!structured) return join;
  const meetingId = join.meetingId ?? firstOf(video, 'meetingCode');
  const passcode = join.passcode ?? firstOf(video, 'passcode') ?? firstOf(video, 'password') ?? firstOf(video, 'accessCode');
  const phones = points.filter((p) => p.entryPointType === 'phone').map(dialInOf).filter((d): d is DialIn => d !== undefined);
  return {
    ...join,
    ...(meetingId !== undefined && { meetingId }),
    ...(passcode !== undefined && { passcode }),
    ...(phones.length > 0 && !join.dialIn?.length && { dialIn: phones }),
  };
}

function firstOf(point: GoogleEntryPoint | undefined, field: 'meetingCode' | 'passcode' | 'password' | 'accessCode'): string | undefined {
  const value = point?.[field]?.trim();
  return value ? value : undefined;
}

/** A phone entry point: `tel:+1-234-567-8900`, its label, region and PIN. */
function dialInOf(point: GoogleEntryPoint): DialIn | undefined {
  const fromUri = point.uri?.startsWith('tel:') ? point.uri.slice(4) : undefined;
  const number = (point.label ?? fromUri)?.trim();
  if (!number || !/^\+?[\d\s().-]{4,}$/.test(number)) return undefined;
  const pin = point.pin?.trim();
  return {
    number,
    ...(point.regionCode && { label: point.regionCode }),
    ...(pin && { pin: pin.endsWith('#') ? pin : `${pin}#` }),
  };
}

/** `date` (all day, at UTC midnight) or `dateTime` (RFC 3339; a zone-less one read in `timeZone`). */
export function toUtcIso(value: GoogleEventTime): string {
  if (value.dateTime !== undefined) {
    if (/([zZ]|[+-]\d\d:\d\d)$/.test(value.dateTime)) return checked(Date.parse(value.dateTime));
    if (!value.timeZone) throw new Error('calendar answered a local time without a zone');
    return checked(zonedToUtc(value.dateTime, value.timeZone));
  }
  if (value.date !== undefined && /^\d{4}-\d\d-\d\d$/.test(value.date)) return checked(Date.parse(`${value.date}T00:00:00Z`));
  throw new Error('calendar answered an unreadable date');
}

function checked(ms: number): string {
  if (!Number.isFinite(ms)) throw new Error('calendar answered an unreadable date');
  return new Date(ms).toISOString();
}

/** Local wall time in an IANA zone → epoch ms (two passes settle DST edges). */
function zonedToUtc(local: string, timeZone: string): number {
  const wall = Date.parse(`${local}Z`);
  if (!Number.isFinite(wall)) return NaN;
  let guess = wall;
  for (let i = 0; i < 2; i++) guess = wall - offsetMs(guess, timeZone);
  return guess;
}

function offsetMs(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(at));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - Math.floor(at / 1000) * 1000;
}

function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}
