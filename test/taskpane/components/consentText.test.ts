import { consentTextOf } from '../../../src/taskpane/components/ConnectCard';
import { createI18n, loadCatalogue } from '../../../src/taskpane/i18n';
import type { ProviderInfo } from '../../../src/shared/api';
import { GOOGLE_INFO, OUTLOOK_INFO } from '../fakes';

describe('consentTextOf', () => {
  it('says what a known provider reads in the pane’s language, not the server’s English', async () => {
    const german = createI18n('de-DE', await loadCatalogue('de'));
    expect(consentTextOf(OUTLOOK_INFO, german.t)).toMatch(/^Upnext liest Ihren Outlook-Kalender/);
    const japanese = createI18n('ja-JP', await loadCatalogue('ja'));
    expect(consentTextOf(GOOGLE_INFO, japanese.t)).toContain('Google カレンダー');
  });

  it('keeps the server’s words for a provider the catalogue does not know', async () => {
    const french = createI18n('fr-FR', await loadCatalogue('fr'));
    const caldav = { ...OUTLOOK_INFO, id: 'caldav', consentText: 'Upnext reads your CalDAV calendar.' } as unknown as ProviderInfo;
    expect(consentTextOf(caldav, french.t)).toBe('Upnext reads your CalDAV calendar.');
  });
});
