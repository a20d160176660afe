import { fireEvent, render, screen, within } from '@testing-library/react';
import { ConsoleApp } from '../../../src/console/ConsoleApp';
import { loadConsoleI18n } from '../../../src/console/i18n/catalogue';
import { fakeHost } from '../../taskpane/fakes';
import { fakeAdmin } from '../fakeAdmin';

// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one.
beforeAll(() => {
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

const entry = { id: 'e1', at: '2026-03-05T14:30:00Z', actor: { oid: 'o', name: 'Dana Rivera' }, action: 'integration.enabled', target: { type: 'integration', id: 'outlook-calendar' }, requestId: 'r' };

describe('the console in other languages', () => {
  it('speaks German: headings, plurals, access summaries, consent steps, audit actions and dates', async () => {
    const i18n = await loadConsoleI18n('de-DE');
    const api = fakeAdmin({ audit: async () => ({ entries: [entry] }), verifyAudit: async () => ({ ok: true, entries: 1 }) });
    const { container } = render(<ConsoleApp host={fakeHost()} api={api} i18n={i18n} />);
    expect(await screen.findByRole('heading', { name: 'Upnext-Adminkonsole' })).toBeTruthy();
    expect(await screen.findByRole('switch', { name: 'Outlook Calendar aktivieren' })).toBeTruthy();
    expect(screen.getByText('2 Personen verbunden')).toBeTruthy();
    expect(screen.getByText('0 Personen verbunden')).toBeTruthy();
    expect(screen.getByText('Bestimmte Empfänger: 1 Zielgruppe')).toBeTruthy();
    expect(await screen.findByText('Administratorzustimmung erteilen')).toBeTruthy();
    expect(screen.getByText(/^Öffnen Sie Identität › Anwendungen/)).toBeTruthy();
    expect((container.firstChild as HTMLElement).getAttribute('dir')).toBe('ltr');

    fireEvent.click(screen.getByRole('button', { name: 'Zielgruppen' }));
    expect((await screen.findByTestId('overage-advice')).textContent).toContain('1 Person ist in zu vielen Gruppen');
    expect(screen.getByRole('button', { name: 'Engineering löschen' })).toBeTruthy();
    expect(screen.getByText('0 Personen, 1 Gruppe, 0 App-Rollen')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Überwachungsprotokoll' }));
    const table = await screen.findByRole('table');
    expect(await within(table).findByText('Integration aktiviert')).toBeTruthy();
    expect(within(table).getByText('Integration outlook-calendar')).toBeTruthy();
    const when = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(entry.at));
    expect(within(table).getByText(when)).toBeTruthy();
    expect((await screen.findByTestId('audit-chain')).textContent).toBe('Kette geprüft (1)');
  });

  it('speaks Arabic right to left, every style made for that direction', async () => {
    // Griffel says so on console.error when classes made left to right are merged under rtl.
    const errors = jest.spyOn(console, 'error');
    const i18n = await loadConsoleI18n('ar-EG');
    const { container } = render(<ConsoleApp host={fakeHost()} api={fakeAdmin()} i18n={i18n} />);
    expect(await screen.findByRole('heading', { name: 'وحدة تحكم مسؤول Upnext' })).toBeTruthy();
    expect(await screen.findByText('شخصان متصلان')).toBeTruthy();
    expect(screen.getByText('لا أحد متصل')).toBeTruthy();
    expect((container.firstChild as HTMLElement).getAttribute('dir')).toBe('rtl');
    fireEvent.click(screen.getByRole('button', { name: 'الجماهير' }));
    fireEvent.click(await screen.findByRole('button', { name: 'حذف Engineering' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toContain('قائمة الوصول لـ Google Calendar');
    expect(within(dialog).getByRole('button', { name: 'حذف الجمهور' })).toBeTruthy();
    expect(errors.mock.calls.filter(([message]) => String(message).includes('direction'))).toEqual([]);
    errors.mockRestore();
  });
});
