import { render, screen } from '@testing-library/react';
import { UpnextPane } from '../../../src/taskpane/components/UpnextPane';
import { I18nProvider, loadI18n } from '../../../src/taskpane/i18n';
import { fakeApi, fakeHost } from '../fakes';

describe('the pane frame in another language', () => {
  it("names the pane and words a failed start in the person's language", async () => {
    const ja = await loadI18n('ja-JP');
    const api = fakeApi({ getProviders: () => Promise.reject(new TypeError('Failed to fetch')) });
    render(
      <I18nProvider value={ja}>
        <UpnextPane host={fakeHost()} api={api} display={{ locale: ja.locale, timeZone: 'UTC' }} />
      </I18nProvider>,
    );
    expect(await screen.findByText('問題が発生しました。')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Upnext');
  });
});
