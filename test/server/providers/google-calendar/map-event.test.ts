import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mapGoogleEvent, toUtcIso } from '../../../../src/server/providers/google-calendar/map-event';
import type { GoogleEvent } from '../../../../src/server/providers/google-calendar/google-event';

interface Vector {
  name: string;
  event: GoogleEvent;
  expected: Record<string, unknown>;
}

const vectors = JSON.parse(readFileSync(join(__dirname, '../../../vectors/google/events.json'), 'utf8')) as Vector[];

describe('mapGoogleEvent vectors (test/vectors/google)', () => {
  it.each(vectors.map((v) => [v.name, v] as const))('%s', (_name, vector) => {
    const meeting = mapGoogleEvent(vector.event, 'opaque-id');
    expect(meeting.id).toBe('opaque-id');
    const { join: expectedJoin, ...rest } = vector.expected;
    expect(meeting).toMatchObject(rest);
    if (expectedJoin === null) expect(meeting.join).toBeUndefined();
    else if (expectedJoin !== undefined) expect(meeting.join).toMatchObject(expectedJoin as object);
  });
});

describe('toUtcIso', () => {
  it('refuses a local time without a zone and unreadable dates', () => {
    expect(() => toUtcIso({ dateTime: '2026-12-01T09:00:00' })).toThrow();
    expect(() => toUtcIso({ date: '1 Dec' })).toThrow();
    expect(() => toUtcIso({})).toThrow();
  });
});
