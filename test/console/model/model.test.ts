import { accessSummary, firstNonGuid, parseList, usedBy } from '../../../src/console/model/access';
import { filterEntries } from '../../../src/console/model/audit';
import { englishConsoleI18n as en, loadConsoleI18n } from '../../../src/console/i18n/catalogue';
import { authResultFromQuery } from '../../../src/taskpane/auth-end/message';
import { consentResultOf } from '../../../src/taskpane/host/consentResult';
import { google, outlook } from '../fakeAdmin';

describe('console model', () => {
  it('summarises access and finds where an audience is used', () => {
    expect(accessSummary(en, outlook)).toBe('All users');
    expect(accessSummary(en, { ...outlook, access: { mode: 'specific', audiences: [], users: ['a', 'b'] } })).toBe('Specific recipients: 2 people');
    expect(accessSummary(en, { ...outlook, access: { mode: 'specific', audiences: [], users: [] } })).toBe('Specific recipients: nobody yet');
    expect(usedBy('a1', [outlook, google]).map((i) => i.provider)).toEqual(['google-calendar']);
  });

  it('reads id lists one a line or comma separated, and spots what is not an object id', () => {
    expect(parseList(' a\nb, a ;c ')).toEqual(['a', 'b', 'c']);
    expect(firstNonGuid(['3f0b1c7e-8a2d-4e5f-9b6c-0d1e2f3a4b5c', 'engineering'])).toBe('engineering');
  });

  it('filters audit entries by every word', () => {
    const entry = (action: string, name: string) => ({ id: action, at: '2026-01-01T00:00:00Z', actor: { oid: 'o', name }, action, target: { type: 'integration', id: 'outlook-calendar' }, requestId: 'r' });
    const entries = [entry('integration.enabled', 'Dana'), entry('audience.created', 'Priya')];
    expect(filterEntries(en, entries, 'dana enabled').map((e) => e.id)).toEqual(['integration.enabled']);
    expect(filterEntries(en, entries, '  ').length).toBe(2);
  });

  it('filters by the action name in the console language, and names actions and summaries there', async () => {
    const de = await loadConsoleI18n('de-DE');
    const entries = [{ id: 'e', at: '2026-01-01T00:00:00Z', actor: { oid: 'o', name: 'Dana' }, action: 'audience.created', target: { type: 'audience', id: 'a1' }, requestId: 'r' }];
    expect(filterEntries(de, entries, 'zielgruppe erstellt').map((e) => e.id)).toEqual(['e']);
    expect(accessSummary(de, { ...outlook, access: { mode: 'specific', audiences: ['a1'], users: ['a', 'b'] } })).toBe('Bestimmte Empfänger: 1 Zielgruppe, 2 Personen');
  });

  it('an admin-consent redirect becomes an admin_consent result only with our state', () => {
    const message = authResultFromQuery('?admin_consent=True&tenant=t&state=s.1');
    expect(consentResultOf(message, 's.1')).toEqual({ kind: 'admin_consent', state: 's.1' });
    expect(consentResultOf(message, 'other')).toEqual({ kind: 'error', error: 'invalid_response' });
    expect(consentResultOf(authResultFromQuery('?error=access_denied&admin_consent=True&state=s.1'), 's.1')).toMatchObject({ kind: 'error', error: 'access_denied' });
  });
});
