import { createBrowserHost } from '../../../src/taskpane/host/browser/browserHost';
import { browserLanguage } from '../../../src/taskpane/host/language';

const withNavigator = (navigator: unknown) => ({ navigator }) as unknown as Window;

describe('browserLanguage', () => {
  it("is the first of the browser's preferred languages, else its one language, else undefined", () => {
    expect(browserLanguage(withNavigator({ languages: ['ja-JP', 'en-US'], language: 'en-US' }))).toBe('ja-JP');
    expect(browserLanguage(withNavigator({ language: 'fr-FR' }))).toBe('fr-FR');
    expect(browserLanguage(withNavigator(undefined))).toBeUndefined();
  });

  it('is what the browser host reports', () => {
    const win = {
      navigator: { languages: ['ar-EG'], language: 'ar-EG' },
      matchMedia: () => ({ matches: false, addEventListener: () => undefined, removeEventListener: () => undefined }),
      sessionStorage: undefined,
      crypto: undefined,
      location: { href: 'https://pane.example/' },
    } as unknown as Window;
    expect(createBrowserHost(win).language).toBe('ar-EG');
  });
});
