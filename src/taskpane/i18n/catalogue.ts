import { en, type Catalogue, type MessageKey } from './messages/en';
import { createI18n, type I18n as I18nOf } from './translator';
import { languageOf, type Language } from './locales';

export type { MessageKey } from './messages/en';

/** The pane's I18n: its catalogue's keys. */
export type I18n = I18nOf<MessageKey>;

export { createI18n };

/** English is in the first-paint bundle; every other language is its own small chunk. */
export async function loadCatalogue(language: Language): Promise<Catalogue> {
  switch (language) {
    case 'de':
      return (await import(/* webpackChunkName: "i18n-de" */ './messages/de')).de;
    case 'fr':
      return (await import(/* webpackChunkName: "i18n-fr" */ './messages/fr')).fr;
    case 'ja':
      return (await import(/* webpackChunkName: "i18n-ja" */ './messages/ja')).ja;
    case 'ar':
      return (await import(/* webpackChunkName: "i18n-ar" */ './messages/ar')).ar;
    default:
      return en;
  }
}

/** The I18n for a host's language tag, its catalogue loaded (English for a key it lacks). */
export async function loadI18n(tag: string | undefined): Promise<I18n> {
  return createI18n(tag, await loadCatalogue(languageOf(tag)), en);
}

export const englishI18n: I18n = createI18n('en-US', en);
