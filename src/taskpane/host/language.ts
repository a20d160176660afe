/** The browser's first preferred language ("de-DE"), or undefined where the window has no navigator. */
export function browserLanguage(win: Window): string | undefined {
  const navigator = win.navigator as Navigator | undefined;
  return navigator?.languages?.[0] ?? navigator?.language ?? undefined;
}
