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
