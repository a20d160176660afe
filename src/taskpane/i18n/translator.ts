/**
 * The machinery every message set shares, with no messages of its own: the pane's catalogue and
 * the admin console's each build their I18n here, so one imports nothing of the other's words.
 */
import { createContext, useContext, type Provider } from 'react';
import { formatMessage, type MessageParams } from './format';
import { canonicalTag, directionOf, languageOf, type Language } from './locales';

/** Everything a component needs to speak the person's language, for a message set's keys `K`. */
export interface I18n<K extends string> {
  /** The shipped language the messages are in. */
  readonly language: Language;
  /** The full tag for Intl dates, times and numbers ("de-AT", "en-GB"). */
  readonly locale: string;
  readonly dir: 'ltr' | 'rtl';
  t(key: K, params?: MessageParams): string;
}

/** `fallback` answers a key the catalogue lacks (a stale chunk): English. */
export function createI18n<K extends string>(tag: string | undefined, catalogue: Readonly<Record<K, string>>, fallback: Readonly<Record<K, string>> = catalogue): I18n<K> {
  const language = languageOf(tag);
  // Dates and relative times must speak the messages' language: "de-AT" keeps its regional
  // formats, but a language we do not ship ("pt-BR") is English throughout, never half and half.
  const canonical = canonicalTag(tag);
  const locale = canonical && languageOf(canonical) === language && tag?.trim().toLowerCase().startsWith(language) ? canonical : language;
  return {
    language,
    locale,
    dir: directionOf(language),
    t: (key, params) => formatMessage(catalogue[key] ?? fallback[key], params, locale),
  };
}

/** A provider and hook for one message set; what a component reads without a provider is `fallback`. */
export function i18nContext<K extends string>(fallback: I18n<K>): { Provider: Provider<I18n<K>>; useI18n(): I18n<K> } {
  const context = createContext<I18n<K>>(fallback);
  return { Provider: context.Provider, useI18n: () => useContext(context) };
}

/** `<html lang dir>` for screen readers, hyphenation and the browser's own bidi layout. */
export function applyDocumentLanguage(doc: Document, i18n: Pick<I18n<string>, 'language' | 'dir'>): void {
  doc.documentElement.lang = i18n.language;
  doc.documentElement.dir = i18n.dir;
}
