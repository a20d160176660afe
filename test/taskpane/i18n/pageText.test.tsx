/** The small pages' words: English at once, then the window's language when its few messages are in. */
import { run as runAuthEnd } from '../../../src/taskpane/auth-end/run';
import { showText } from '../../../src/taskpane/i18n/pageText';

function windowIn(languages: string[]): Window {
  return Object.create(window, { navigator: { value: { languages, language: languages[0] } } }) as Window;
}

afterEach(() => {
  document.documentElement.removeAttribute('lang');
  document.documentElement.removeAttribute('dir');
});

describe('showText', () => {
  it('writes English at once, then the language of the window, with its lang and dir', async () => {
    const element = document.createElement('p');
    showText(windowIn(['ar-EG']), element, 'auth.unfinished', { error: 'access_denied' });
    expect(element.textContent).toBe('Sign-in did not finish (access_denied). You can close this window and try again from Upnext.');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(element.textContent).toBe('لم يكتمل تسجيل الدخول (access_denied). يمكنك إغلاق هذه النافذة والمحاولة مرة أخرى من Upnext.');
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
  });

  it('the latest message wins over a translation still on its way', async () => {
    const element = document.createElement('p');
    const win = windowIn(['de-DE']);
    showText(win, element, 'auth.finishing');
    showText(win, element, 'auth.done');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(element.textContent).toBe('Fertig. Sie können dieses Fenster schließen.');
  });
});

describe('auth-end in French', () => {
  it('says that admin consent is granted in the browser language', async () => {
    window.history.replaceState(null, '', '/auth-end.html?admin_consent=True&tenant=t1');
    document.body.innerHTML = '<p id="message">Finishing sign-in…</p>';
    const win = Object.create(window, {
      opener: { value: null },
      navigator: { value: { languages: ['fr-FR'], language: 'fr-FR' } },
      location: { value: window.location },
      history: { value: window.history },
      document: { value: document },
    }) as Window;
    await runAuthEnd(win);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.getElementById('message')!.textContent).toMatch(/^Le consentement administrateur est accordé/);
  });
});
