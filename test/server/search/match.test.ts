import type { Meeting } from '../../../src/shared/api';
import type { SearchCandidate } from '../../../src/server/search/candidate';
import { matchCandidate } from '../../../src/server/search/match';
import type { ParsedQuery } from '../../../src/server/search/query/types';

const meeting = (over: Partial<Meeting> = {}): Meeting => ({
  id: 'm1', title: 'Design review', start: '2026-12-02T10:00:00.000Z', end: '2026-12-02T11:00:00.000Z', isAllDay: false,
  status: 'accepted', showAs: 'busy', provider: 'outlook-calendar', location: 'Salle Défense', organizer: { name: 'Amélie Laurent' },
  join: { service: { id: 'zoom', name: 'Zoom' }, url: 'https://us02web.zoom.us/j/123456789' }, ...over,
});
const candidate = (over: Partial<Meeting> = {}, attendees = [{ name: 'Priya Raman', email: 'priya.raman@contoso.com' }, { email: 'jorge@contoso.com' }]): SearchCandidate => ({
  meeting: meeting(over), attendees, organizerEmail: 'amelie@contoso.com',
});
const q = (over: Partial<ParsedQuery>): ParsedQuery => ({ text: '', people: [], services: [], ...over });

describe('matchCandidate', () => {
  it('weighs where each word is found: title over attendees over location', () => {
    expect(matchCandidate(candidate(), q({ text: 'design' })).textScore).toBe(3);
    expect(matchCandidate(candidate(), q({ text: 'priya' })).textScore).toBe(2);
    expect(matchCandidate(candidate(), q({ text: 'defense' })).textScore).toBe(1);
    expect(matchCandidate(candidate(), q({ text: 'design defense' })).textScore).toBe(2);
    expect(matchCandidate(candidate(), q({ text: 'design budget' })).matches).toBe(false);
  });

  it('ignores accents and case in both directions', () => {
    expect(matchCandidate(candidate(), q({ text: 'DÉSIGN' })).matches).toBe(true);
    expect(matchCandidate(candidate(), q({ text: 'amelie' })).matches).toBe(true);
    expect(matchCandidate(candidate({ title: 'Revue de conception' }), q({ text: 'révue' })).matches).toBe(true);
  });

  it('keeps meetings overlapping the range only', () => {
    const range = { from: '2026-12-02T10:30:00.000Z', to: '2026-12-02T12:00:00.000Z' };
    expect(matchCandidate(candidate(), q(range)).matches).toBe(true);
    expect(matchCandidate(candidate(), q({ from: '2026-12-02T11:00:00.000Z', to: '2026-12-03T00:00:00.000Z' })).matches).toBe(false);
    expect(matchCandidate(candidate(), q({ from: '2026-12-01T00:00:00.000Z', to: '2026-12-02T10:00:00.000Z' })).matches).toBe(false);
  });

  it('needs one of the services and every person named', () => {
    expect(matchCandidate(candidate(), q({ services: ['teams', 'zoom'] })).matches).toBe(true);
    expect(matchCandidate(candidate(), q({ services: ['teams'] })).matches).toBe(false);
    expect(matchCandidate(candidate({ join: undefined }), q({ services: ['zoom'] })).matches).toBe(false);
    expect(matchCandidate(candidate(), q({ people: ['Priya'] })).matches).toBe(true);
    expect(matchCandidate(candidate(), q({ people: ['priya r'] })).matches).toBe(true);
    expect(matchCandidate(candidate(), q({ people: ['Amelie'] })).matches).toBe(true);
    expect(matchCandidate(candidate(), q({ people: ['jorge'] })).matches).toBe(true); // address only
    expect(matchCandidate(candidate(), q({ people: ['Priya', 'Dana'] })).matches).toBe(false);
    expect(matchCandidate(candidate(), q({ people: ['aya'] })).matches).toBe(false); // not a word start of "Priya"
  });
});
