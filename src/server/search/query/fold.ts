/** Accent- and case-insensitive form of a string, for matching what people type against calendars. */
export function fold(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .normalize('NFKC');
}

/** Words of a string (letters, digits and the `:`/`'`/`-` inside them), in order. */
export function words(value: string): string[] {
  return value.split(/[\s,;!?()[\]{}"“”„«»]+/u).filter((w) => w.length > 0);
}
