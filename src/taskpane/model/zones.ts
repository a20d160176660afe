/** Whether the list's zone is a calendar's own, and which calendars keep another. Pure; Intl only. */

const HALF_YEAR = 182 * 24 * 3600_000;
/** One formatter per zone, made once: the pane asks on every render. */
const clocks = new Map<string, Intl.DateTimeFormat>();

function wallClock(timeZone: string): Intl.DateTimeFormat {
  let f = clocks.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    if (clocks.size < 64) clocks.set(timeZone, f);
  }
  return f;
}

/** Minutes the zone's wall clock is ahead of UTC at that instant (Tokyo +540, Los Angeles −420 or −480). */
export function utcOffsetMinutes(timeZone: string, instant: number): number {
  const parts = wallClock(timeZone).formatToParts(instant);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'));
  return Math.round((wall - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/**
 * One clock: the same name, or names that keep the same UTC offset now and half a year either side
 * (Asia/Calcutta is Asia/Kolkata; Berlin and Paris differ in name only). A zone Intl does not know
 * is never "another": the pane says nothing rather than something wrong.
 */
export function sameClock(a: string, b: string, now: number): boolean {
  if (a === b) return true;
  try {
    return [now, now - HALF_YEAR, now + HALF_YEAR].every((at) => utcOffsetMinutes(a, at) === utcOffsetMinutes(b, at));
  } catch {
    return true;
  }
}

/** The calendars whose zone is not the shown one's clock, one per zone, in the order given. */
export function calendarsElsewhere<T extends { timeZone?: string }>(shownZone: string, calendars: readonly T[], now: number): Array<T & { timeZone: string }> {
  const out: Array<T & { timeZone: string }> = [];
  for (const c of calendars) {
    const zone = c.timeZone;
    if (!zone || sameClock(zone, shownZone, now) || out.some((o) => sameClock(o.timeZone, zone, now))) continue;
    out.push({ ...c, timeZone: zone });
  }
  return out;
}
