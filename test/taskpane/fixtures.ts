import type { Meeting } from '../../src/shared/api';

let counter = 0;

/** A meeting starting `startMin` minutes after `base`, lasting `durationMin`. */
export function meeting(base: Date, startMin: number, durationMin: number, overrides: Partial<Meeting> = {}): Meeting {
  counter += 1;
  const start = new Date(base.getTime() + startMin * 60_000);
  const end = new Date(start.getTime() + durationMin * 60_000);
  return {
    id: `m${counter}`,
    title: `Meeting ${counter}`,
    start: start.toISOString(),
    end: end.toISOString(),
    isAllDay: false,
    status: 'accepted',
    showAs: 'busy',
    provider: 'outlook-calendar',
    ...overrides,
  };
}

export function allDay(startDate: string, endDateExclusive: string, overrides: Partial<Meeting> = {}): Meeting {
  counter += 1;
  return {
    id: `a${counter}`,
    title: `All day ${counter}`,
    start: `${startDate}T00:00:00.000Z`,
    end: `${endDateExclusive}T00:00:00.000Z`,
    isAllDay: true,
    status: 'accepted',
    showAs: 'free',
    provider: 'outlook-calendar',
    ...overrides,
  };
}

export const teamsJoin = (id: string) => ({
  service: { id: 'teams', name: 'Microsoft Teams' },
  url: `https://teams.microsoft.com/l/meetup-join/${id}`,
});
