import { fireEvent, render, screen, within } from '@testing-library/react';
import { ConsoleApp } from '../../../src/console/ConsoleApp';
import { loadConsoleI18n } from '../../../src/console/i18n/catalogue';
import type { AuditEntry } from '../../../src/shared/api';
import { fakeHost } from '../../taskpane/fakes';
import { fakeAdmin } from '../fakeAdmin';

beforeAll(() => {
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

const GONE = 'a9242746-0c1d-4e2f-8a3b-5c6d7e8f9a0b';
const at = '2026-03-05T14:30:00Z';
const actor = { oid: 'o', name: 'Dana Rivera' };
const outlook = { type: 'integration', id: 'outlook-calendar' };
const entries: AuditEntry[] = [
  { id: 'on', at, actor, action: 'integration.enabled', target: outlook, before: { enabled: false }, after: { enabled: true }, requestId: 'r' },
  { id: 'off', at, actor, action: 'integration.disabled', target: outlook, before: { enabled: true }, after: { enabled: false }, requestId: 'r' },
  { id: 'access', at, actor, action: 'integration.access_changed', target: outlook, before: { mode: 'all', audiences: [], users: [] }, after: { mode: 'specific', audiences: ['a1', GONE], users: [] }, requestId: 'r' },
  { id: 'members', at, actor, action: 'audience.updated', target: { type: 'audience', id: 'a1' }, before: { id: 'a1', name: 'Engineering', users: [], groups: [], roles: [] }, after: { id: 'a1', name: 'Engineering', users: ['u1'], groups: [], roles: [] }, requestId: 'r' },
  { id: 'deleted', at, actor, action: 'audience.deleted', target: { type: 'audience', id: 'b2' }, before: { id: 'b2', name: 'Pilot group', users: [], groups: [], roles: [] }, requestId: 'r' },
];

async function openAudit(language: string) {
  const i18n = await loadConsoleI18n(language);
  const api = fakeAdmin({ audit: async () => ({ entries }), verifyAudit: async () => ({ ok: true, entries: entries.length }) });
  render(<ConsoleApp host={fakeHost()} api={api} i18n={i18n} />);
  fireEvent.click(await screen.findByRole('button', { name: i18n.t('shell.page.audit') }));
  const table = await screen.findByRole('table');
  await within(table).findByText(i18n.t('audit.action.integration.enabled'));
  return { table, rows: () => screen.getAllByTestId('audit-entry') };
}

const summaryOf = (row: HTMLElement) => [...row.querySelectorAll('[data-testid="audit-summary"] li')].map((li) => li.textContent);

describe('the audit log in words', () => {
  it('summarises each change with names, in English; the exact JSON stays in the details', async () => {
    const { rows } = await openAudit('en-US');
    const [on, off, access, members, deleted] = rows();
    expect(summaryOf(on!)).toEqual(['Enabled: off → on']);
    expect(summaryOf(off!)).toEqual(['Enabled: on → off']);
    expect(summaryOf(access!)).toEqual(['Access: Everyone → Specific recipients (Engineering, a deleted audience)']);
    expect(summaryOf(members!)).toEqual(['Members: +Jonas Becker']);
    expect(members!.textContent).toContain('Audience Engineering');
    expect(deleted!.textContent).toContain('Audience Pilot group (deleted)');
    expect(summaryOf(deleted!)).toEqual(['Name: Pilot group']);
    // No raw id in what a person reads; the auditor's JSON keeps it.
    for (const row of rows()) {
      const main = [...row.querySelectorAll('td')].map((td) => [...td.childNodes].filter((n) => n.nodeName !== 'DETAILS').map((n) => n.textContent).join('')).join(' ');
      expect(main).not.toContain(GONE);
    }
    expect(access!.querySelector('details pre')!.textContent).toContain(GONE);
    expect(access!.querySelector('details summary')!.textContent).toBe('Details');
  });

  it('speaks German in the summaries too', async () => {
    const { rows } = await openAudit('de-DE');
    const [on, off, access, members, deleted] = rows();
    expect(summaryOf(on!)).toEqual(['Aktiviert: aus → ein']);
    expect(summaryOf(off!)).toEqual(['Aktiviert: ein → aus']);
    expect(summaryOf(access!)).toEqual(['Zugriff: Alle → Bestimmte Empfänger (Engineering, eine gelöschte Zielgruppe)']);
    expect(summaryOf(members!)).toEqual(['Mitglieder: +Jonas Becker']);
    expect(deleted!.textContent).toContain('Zielgruppe Pilot group (gelöscht)');
  });

  it('filters on the summary words', async () => {
    await openAudit('en-US');
    fireEvent.change(screen.getByRole('textbox', { name: 'Filter' }), { target: { value: 'jonas' } });
    expect(screen.getAllByTestId('audit-entry').map((r) => summaryOf(r))).toEqual([['Members: +Jonas Becker']]);
  });
});

describe('the consent card per provider', () => {
  it('says a silent connection after a portal grant only for Microsoft; for Google, people still pick an account', async () => {
    const i18n = await loadConsoleI18n('en-US');
    const api = fakeAdmin({
      consent: async () => [
        { provider: 'outlook-calendar', name: 'Outlook Calendar', status: 'unknown', url: 'https://login.example/t/v2.0/adminconsent?state=s.1', recordable: true, steps: [] },
        { provider: 'google-calendar', name: 'Google Calendar', status: 'unknown', url: 'https://admin.example/', recordable: false, steps: [] },
      ],
    });
    render(<ConsoleApp host={fakeHost()} api={api} i18n={i18n} />);
    const google = await screen.findByTestId('consent-google-calendar');
    expect(google.textContent).not.toContain('silently');
    expect(google.textContent).toContain('people always choose their Google account');
    expect(screen.getByTestId('consent-outlook-calendar').textContent).toContain('without a consent prompt');
  });
});
