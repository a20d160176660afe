import type { Meeting, ResponseStatus, ShowAs } from '../../../shared/api';
import { detectJoinLink } from '../../../shared/joinlink';
import type { GraphDateTime, GraphEvent } from './graph-event';

const RESPONSES = new Set<ResponseStatus>(['none', 'organizer', 'tentativelyAccepted', 'accepted', 'declined', 'notResponded']);
const SHOW_AS = new Set<ShowAs>(['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown']);

/** Maps one Graph event (requested with `Prefer: outlook.timezone="UTC"`) to the brief's Meeting. */
export function mapGraphEvent(event: GraphEvent, opaqueId: string): Meeting {
  const locations = [event.location?.displayName, ...(event.locations ?? []).flatMap((l) => [l.displayName, l.locationUri])];
  const join = detectJoinLink({
    joinUrl: event.onlineMeeting?.joinUrl,
    onlineMeetingProvider: event.onlineMeetingProvider,
    locations,
    body: event.body?.content
      ? { contentType: event.body.contentType === 'html' ? 'html' : 'text', content: event.body.content }
      : null,
  });
  const response = event.responseStatus?.response as ResponseStatus | undefined;
  const meeting: Meeting = {
    id: opaqueId,
    title: event.subject?.trim() || '(No title)',
    start: toUtcIso(event.start),
    end: toUtcIso(event.end),
    isAllDay: event.isAllDay === true,
    status: event.isCancelled ? 'cancelled' : response && RESPONSES.has(response) ? response : 'none',
    showAs: SHOW_AS.has(event.showAs as ShowAs) ? (event.showAs as ShowAs) : 'unknown',
    provider: 'outlook-calendar',
  };
  const location = event.location?.displayName?.trim();
  if (location) meeting.location = location;
  const organizer = event.organizer?.emailAddress?.name?.trim();
  if (organizer) meeting.organizer = { name: organizer };
  if (join) meeting.join = join;
  if (event.webLink && isHttps(event.webLink)) meeting.webLink = event.webLink;
  if (event.sensitivity === 'private' || event.sensitivity === 'confidential') meeting.isPrivate = true;
  return meeting;
}

/** Graph gives `2026-11-28T09:00:00.0000000` plus a zone name; we asked for UTC. */
export function toUtcIso(value: GraphDateTime): string {
  if (value.timeZone !== 'UTC' && value.timeZone !== 'Etc/UTC') {
    throw new Error(`calendar answered in time zone ${value.timeZone}, expected UTC`);
  }
  const parsed = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(value.dateTime) ? value.dateTime : `${value.dateTime}Z`);
  if (!Number.isFinite(parsed)) throw new Error('calendar answered an unreadable date');
  return new Date(parsed).toISOString();
}

function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}
