import { accessSummary, firstNonGuid, parseList, usedBy } from '../../../src/console/model/access';
import { filterEntries } from '../../../src/console/model/audit';
import { authResultFromQuery } from '../../../src/taskpane/auth-end/message';
import { consentResultOf } from '../../../src/taskpane/host/consentResult';
import { google, outlook } from '../fakeAdmin';

describe('console model', () => {
  it('summarises access and finds where an audience is used', () => {
    expect(accessSummary(outlook)).toBe('All users');
    expect(accessSummary({ ...outlook, access: { mode: 'specific', audiences: [], users: ['a', 'b'] } })).toBe('Specific recipients: 2 people');
    expect(accessSummary({ ...outlook, access: { mode: 'specific', audiences: [], users: [] } })).toBe('Specific recipients: nobody yet');
    expect(usedBy('a1', [outlook, google]).map((i) => i.provider)).toEqual(['google-calendar']);
  });

  it('reads id lists one a line or comma separated, and spots what is not an object id', () => {
    expect(parseList(' a\nb, a ;c ')).toEqual(['a', 'b', 'c']);
    expect(firstNonGuid(['3f0b1c7e-8a2d-4e5f-9b6c-0d1e2f3a4b5c', 'engineering'])).toBe('engineering');
  });

  it('filters audit entries by every word', () => {
    const entry = (action: string, name: string) => ({ id: action, at: '2026-01-01T00:00:00Z', actor: { oid: 'o', name }, action, target: { type: 'integration', id: 'outlook-calendar' }, requestId: 'r' });
    const entries = [entry('integration.enabled', 'Dana'), entry('audience.created', 'Priya')];
    expect(filterEntries(entries, 'dana enabled').map((e) => e.id)).toEqual(['integration.enabled']);
    expect(filterEntries(entries, '  ').length).toBe(2);
  });

  it('an admin-consent redirect becomes an admin_consent result only with our state', () => {
    const message = authResultFromQuery('?admin_consent=True&tenant=t&state=s.1');
    expect(consentResultOf(message, 's.1')).toEqual({ kind: 'admin_consent', state: 's.1' });
    expect(consentResultOf(message, 'other')).toEqual({ kind: 'error', error: 'invalid_response' });
    expect(consentResultOf(authResultFromQuery('?error=access_denied&admin_consent=True&state=s.1'), 's.1')).toMatchObject({ kind: 'error', error: 'access_denied' });
  });
});
