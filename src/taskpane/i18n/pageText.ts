/**
 * The words of the small pages without React (auth-start, auth-end, Office's sign-in dialog).
 * They must load in a blink, so they carry only the `core` area in English and fetch the same
 * area in the person's language (a chunk of a few hundred bytes), never the whole catalogue.
 */
import { formatMessage, type MessageParams } from './format';
import { browserLanguage } from '../host/language';
import { directionOf, languageOf, type Language } from './locales';
import { core as en } from './messages/en/core';

export type CoreKey = keyof typeof en;
type CoreArea = Readonly<Record<CoreKey, string>>;

async function loadCoreArea(language: Language): Promise<CoreArea> {
  switch (language) {
    case 'de':
      return (await import(/* webpackChunkName: "i18n-core-de" */ './messages/de/core')).core;
    case 'fr':
      return (await import(/* webpackChunkName: "i18n-core-fr" */ './messages/fr/core')).core;
    case 'ja':
      return (await import(/* webpackChunkName: "i18n-core-ja" */ './messages/ja/core')).core;
    case 'ar':
      return (await import(/* webpackChunkName: "i18n-core-ar" */ './messages/ar/core')).core;
    default:
      return en;
  }
}

/**
 * Puts a message into `element`: in English at once (so the page never waits, and tests stay
 * synchronous), then in the window's language when its messages are in. The last call wins.
 */
export function showText(win: Window, element: HTMLElement, key: CoreKey, params?: MessageParams): void {
  // The browser's language: these pages run in a window of their own, outside Office and Teams.
  const language = languageOf(browserLanguage(win));
  element.textContent = formatMessage(en[key], params, 'en');
  const shown = String(++generation);
  element.dataset.message = shown;
  if (language === 'en') return;
  loadCoreArea(language).then(
    (area) => {
      if (element.dataset.message !== shown) return;
      element.textContent = formatMessage(area[key], params, language);
      win.document.documentElement.lang = language;
      win.document.documentElement.dir = directionOf(language);
    },
    // A chunk that does not load leaves the English text.
    () => undefined,
  );
}

let generation = 0;
