import { englishConsoleI18n, loadConsoleCatalogue, loadConsoleI18n, type ConsoleKey } from '../../../src/console/i18n/catalogue';
import { en } from '../../../src/console/i18n/messages/en';
import { LANGUAGES } from '../../../src/taskpane/i18n';
import { en as paneEn } from '../../../src/taskpane/i18n/messages/en';
import { argumentsOf } from '../../helpers/messages';

/** Buttons showing a short word with a fuller accessible name: the name holds the word (WCAG 2.5.3). */
const LABEL_IN_NAME: ReadonlyArray<[visible: ConsoleKey, name: ConsoleKey]> = [
  ['audiences.edit', 'audiences.editNamed'],
  ['audiences.delete', 'audiences.deleteNamed'],
];

describe.each(LANGUAGES.filter((l) => l !== 'en'))('the console %s catalogue', (language) => {
  it('has every English key, each non-empty with the same arguments', async () => {
    const catalogue = await loadConsoleCatalogue(language);
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
    for (const [key, english] of Object.entries(en)) {
      const translated = catalogue[key as ConsoleKey];
      expect({ key, empty: translated.trim() === '' }).toEqual({ key, empty: false });
      expect({ key, args: argumentsOf(translated) }).toEqual({ key, args: argumentsOf(english) });
    }
  });

  it('formats every message without throwing, for every plural form', async () => {
    const i18n = await loadConsoleI18n(language);
    for (const key of Object.keys(en) as ConsoleKey[]) {
      for (const n of [0, 1, 2, 3, 11, 100]) {
        const params = Object.fromEntries(argumentsOf(en[key]).map((name) => [name, n]));
        expect(() => i18n.t(key, params)).not.toThrow();
        expect({ key, leftover: /[{}#]/.test(i18n.t(key, params)) }).toEqual({ key, leftover: false });
      }
    }
  });

  it('names the visible word inside each fuller accessible name', async () => {
    const i18n = await loadConsoleI18n(language);
    for (const [visible, name] of LABEL_IN_NAME) {
      expect(i18n.t(name, { name: 'Engineering' }).toLocaleLowerCase(language)).toContain(i18n.t(visible).toLocaleLowerCase(language));
    }
  });

  it('is its own message set: none of its keys in the pane catalogue', () => {
    expect(Object.keys(en).filter((key) => key in paneEn)).toEqual([]);
  });
});

describe('the console English catalogue', () => {
  it('counts people in the plural, zero included', () => {
    expect(englishConsoleI18n.t('integrations.connected', { count: 1 })).toBe('1 person connected');
    expect(englishConsoleI18n.t('integrations.connected', { count: 0 })).toBe('0 people connected');
  });

  it('is right to left in Arabic, with its own plural forms', async () => {
    const ar = await loadConsoleI18n('ar-EG');
    expect(ar).toMatchObject({ language: 'ar', dir: 'rtl' });
    expect(ar.t('integrations.connected', { count: 2 })).toBe('شخصان متصلان');
  });
});
