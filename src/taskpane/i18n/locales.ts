/**
 * The languages the pane ships, and how a host's language tag maps onto them. A tag the pane
 * does not ship falls back to English for messages while keeping the tag itself for dates and
 * numbers (an en-GB person still gets day-month dates).
 */
export const LANGUAGES = ['en', 'de', 'fr', 'ja', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

const RTL: ReadonlySet<string> = new Set(['ar', 'he', 'fa', 'ur']);

/** The shipped language for a BCP 47 tag ("de-AT" → "de", "pt-BR" → "en"). */
export function languageOf(tag: string | undefined): Language {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : 'en';
}

/** Writing direction for `<html dir>`. */
export function directionOf(language: Language): 'ltr' | 'rtl' {
  return RTL.has(language) ? 'rtl' : 'ltr';
}

/** A tag that Intl accepts, or undefined ("xx-123!" from a broken host must not throw later). */
export function canonicalTag(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.replace('_', '-'))[0];
  } catch {
    return undefined;
  }
}
