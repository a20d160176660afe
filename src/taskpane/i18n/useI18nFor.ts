import { useEffect, useState } from 'react';
import { createI18n, loadI18n, type I18n } from './catalogue';
import { en } from './messages/en';

/**
 * The I18n for a language tag that may change (the person picks another language in settings).
 * Until the new language's chunk arrives the pane stays in the one it has, whole: messages and
 * dates switch together, never half and half.
 */
export function useI18nFor(tag: string | undefined, initial: I18n): I18n {
  const [loaded, setLoaded] = useState(initial);
  // Which language and locale the tag asks for, without loading anything.
  const wanted = createI18n(tag, en);
  const current = loaded.language === wanted.language && loaded.locale === wanted.locale;
  useEffect(() => {
    if (current) return;
    let live = true;
    loadI18n(tag).then(
      (i18n) => live && setLoaded(i18n),
      // A chunk that does not load leaves the pane in the language it has.
      (error: unknown) => console.error(error),
    );
    return () => {
      live = false;
    };
  }, [tag, current]);
  return loaded;
}
