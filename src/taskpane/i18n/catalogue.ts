import { en, type Catalogue, type MessageKey } from './messages/en';
import { formatMessage, type MessageParams } from './format';
import { canonicalTag, directionOf, languageOf, type Language } from './locales';

export type { MessageKey } from './messages/en';

/** Everything a component needs to speak the person's language. */
export interface I18n {
  /** The shipped language the messages are in. */
  readonly language: Language;
  /** The full tag for Intl dates, times and numbers ("de-AT", "en-GB"). */
  readonly locale: string;
  readonly dir: 'ltr' | 'rtl';
  t(key: MessageKey, params?: MessageParams): string;
}

export function createI18n(tag: string | undefined, catalogue: Catalogue): I18n {
  const language = languageOf(tag);
  // Dates and relative times must speak the messages' language: "de-AT" keeps its regional
  // formats, but a language we do not ship ("pt-BR") is English throughout, never half and half.
  const canonical = canonicalTag(tag);
  const locale = canonical && languageOf(canonical) === language && tag?.trim().toLowerCase().startsWith(language) ? canonical : language;
  return {
    language,
    locale,
    dir: directionOf(language),
    t: (key, params) => formatMessage(catalogue[key] ?? en[key], params, locale),
  };
}

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

/** The I18n for a host's language tag, its catalogue loaded. */
export async function loadI18n(tag: string | undefined): Promise<I18n> {
  return createI18n(tag, await loadCatalogue(languageOf(tag)));
}

export const englishI18n: I18n = createI18n('en-US', en);
