import { LANGUAGES, loadCatalogue, createI18n } from '../../../src/taskpane/i18n';
import { en } from '../../../src/taskpane/i18n/messages/en';
import { argumentsOf } from '../../helpers/messages';

/**
 * Buttons that show a short word and carry a fuller accessible name: the name must contain the
 * word a person sees (WCAG 2.5.3, axe's label-content-name-mismatch), so "say Join" works.
 */
const LABEL_IN_NAME: ReadonlyArray<[visible: keyof typeof en, name: keyof typeof en]> = [['list.join', 'list.joinNamed']];

describe.each(LANGUAGES)('the %s catalogue, spoken', (language) => {
  it.each(LABEL_IN_NAME)('names %s inside %s', async (visible, name) => {
    const i18n = createI18n(language, await loadCatalogue(language));
    const label = i18n.t(visible).toLocaleLowerCase(language);
    expect(i18n.t(name, { title: 'Daily standup', when: '9:30' }).toLocaleLowerCase(language)).toContain(label);
  });
});

describe.each(LANGUAGES.filter((l) => l !== 'en'))('the %s catalogue', (language) => {
  it('has every English key, each non-empty with the same arguments', async () => {
    const catalogue = await loadCatalogue(language);
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
    for (const [key, english] of Object.entries(en)) {
      const translated = catalogue[key as keyof typeof en];
      expect({ key, empty: translated.trim() === '' }).toEqual({ key, empty: false });
      expect({ key, args: argumentsOf(translated) }).toEqual({ key, args: argumentsOf(english) });
    }
  });

  it('formats every message without throwing', async () => {
    const i18n = createI18n(language, await loadCatalogue(language));
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const params = Object.fromEntries(argumentsOf(en[key]).map((name) => [name, 2]));
      expect(() => i18n.t(key, params)).not.toThrow();
    }
  });
});

describe('createI18n', () => {
  it('takes the shipped language and keeps the full tag for dates', async () => {
    const i18n = createI18n('de-AT', await loadCatalogue('de'));
    expect(i18n).toMatchObject({ language: 'de', locale: 'de-AT', dir: 'ltr' });
  });

  it('is right to left in Arabic', async () => {
    expect(createI18n('ar-EG', await loadCatalogue('ar'))).toMatchObject({ language: 'ar', dir: 'rtl' });
  });

  it('is English throughout for a language it does not ship (no Portuguese dates beside English words), and survives a broken tag', async () => {
    expect(createI18n('pt-BR', await loadCatalogue('en'))).toMatchObject({ language: 'en', locale: 'en' });
    expect(createI18n('en-GB', await loadCatalogue('en'))).toMatchObject({ language: 'en', locale: 'en-GB' });
    expect(createI18n('not a tag!', await loadCatalogue('en'))).toMatchObject({ language: 'en', locale: 'en' });
  });
});
