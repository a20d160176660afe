/**
 * The console's words: its own message set on the pane's machinery (`createI18n`, the ICU
 * subset, the language and direction rules). English ships in the console's entry; every other
 * language is a chunk of its own (`console-i18n-<lang>`). None of it is in the pane's bundle.
 */
import { languageOf, type Language } from '../../taskpane/i18n/locales';
import { createI18n, i18nContext, type I18n } from '../../taskpane/i18n/translator';
import { en, type ConsoleCatalogue, type ConsoleKey } from './messages/en';

export type { ConsoleKey } from './messages/en';
export type ConsoleI18n = I18n<ConsoleKey>;

export async function loadConsoleCatalogue(language: Language): Promise<ConsoleCatalogue> {
  switch (language) {
    case 'de':
      return (await import(/* webpackChunkName: "console-i18n-de" */ './messages/de')).de;
    case 'fr':
      return (await import(/* webpackChunkName: "console-i18n-fr" */ './messages/fr')).fr;
    case 'ja':
      return (await import(/* webpackChunkName: "console-i18n-ja" */ './messages/ja')).ja;
    case 'ar':
      return (await import(/* webpackChunkName: "console-i18n-ar" */ './messages/ar')).ar;
    default:
      return en;
  }
}

/** The console's I18n for a language tag, its catalogue loaded (English for a missing key). */
export async function loadConsoleI18n(tag: string | undefined): Promise<ConsoleI18n> {
  return createI18n<ConsoleKey>(tag, await loadConsoleCatalogue(languageOf(tag)), en);
}

export const englishConsoleI18n: ConsoleI18n = createI18n<ConsoleKey>('en-US', en);

/** English unless a provider says otherwise, so a component test without one still renders. */
const context = i18nContext(englishConsoleI18n);
export const ConsoleI18nProvider = context.Provider;
export const useConsoleI18n = context.useI18n;

/** "A, B and C" in the console's language. */
export function listOf(i18n: ConsoleI18n, items: readonly string[], type: 'conjunction' | 'unit' = 'conjunction'): string {
  return new Intl.ListFormat(i18n.locale, { type, style: type === 'unit' ? 'short' : 'long' }).format(items);
}

/** An audit or consent timestamp: the date and time in the console's locale and the browser's zone. */
export function dateTimeOf(i18n: ConsoleI18n, iso: string): string {
  return new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
