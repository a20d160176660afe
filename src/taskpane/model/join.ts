import type { Meeting } from '../../shared/api';

/** Join becomes the primary action this long before the start. */
export const JOIN_LEAD_MS = 10 * 60_000;

/** `none`: nothing to join; `early`: joinable but not yet (secondary); `open`: join now (primary). */
export type JoinState = 'none' | 'early' | 'open';

export function isHiddenByDefault(meeting: Meeting): boolean {
  return meeting.status === 'cancelled' || meeting.status === 'declined';
}

export function joinState(meeting: Meeting, now: Date): JoinState {
  if (!meeting.join || meeting.status === 'cancelled') return 'none';
  const t = now.getTime();
  const start = Date.parse(meeting.start);
  const end = Date.parse(meeting.end);
  if (t >= end) return 'none';
  return t >= start - JOIN_LEAD_MS ? 'open' : 'early';
}

/**
 * The meeting Ctrl/Cmd+Shift+J joins: of those whose join window is open, the one whose start is
 * closest to now, so a meeting about to start wins over one that has been running for an hour.
 */
export function nextJoinable(meetings: readonly Meeting[], now: Date): Meeting | undefined {
  let best: Meeting | undefined;
  let bestDistance = Infinity;
  for (const meeting of meetings) {
    if (meeting.isAllDay || isHiddenByDefault(meeting) || joinState(meeting, now) !== 'open') continue;
    const distance = Math.abs(Date.parse(meeting.start) - now.getTime());
    if (distance < bestDistance) {
      best = meeting;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The location worth showing. Links are dropped (the service line and Join cover them, and a
 * pasted link can carry the passcode), and so is "Microsoft Teams Meeting"-style text that only
 * repeats the service's name. Graph joins several locations with "; ".
 */
export function displayLocation(meeting: Pick<Meeting, 'location' | 'join'>): string | undefined {
  if (!meeting.location) return undefined;
  const service = meeting.join?.service.name.toLowerCase();
  const parts = meeting.location
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '' && !/^[a-z][a-z0-9+.-]*:\/\//i.test(part) && !/\bhttps?:\/\//i.test(part))
    .filter((part) => !service || !part.toLowerCase().includes(service));
  return parts.length > 0 ? parts.join('; ') : undefined;
}

/**
 * The one Join drawn as the primary button: the meeting the person joined from this pane while
 * it still runs, else the one Ctrl/Cmd+Shift+J would join. Every other Join is secondary.
 */
export function primaryJoin(meetings: readonly Meeting[], now: Date, joinedId?: string): string | undefined {
  const joined = joinedId === undefined ? undefined : meetings.find((m) => m.id === joinedId && joinState(m, now) === 'open');
  return (joined ?? nextJoinable(meetings, now))?.id;
}
