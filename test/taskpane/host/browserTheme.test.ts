import { browserTheme } from '../../../src/taskpane/host/browser/theme';

function fakeWindow(matches: Record<string, boolean>) {
  const listeners = new Map<string, () => void>();
  const win = {
    matchMedia: (q: string) => ({
      get matches() {
        return matches[q] === true;
      },
      addEventListener: (_: string, l: () => void) => listeners.set(q, l),
      removeEventListener: () => listeners.delete(q),
    }),
  } as unknown as Window;
  return { win, matches, fire: (q: string) => listeners.get(q)?.() };
}

describe('browserTheme', () => {
  it('is high contrast under forced colours, else dark or light by the colour scheme', () => {
    const f = fakeWindow({ '(prefers-color-scheme: dark)': true });
    const theme = browserTheme(f.win);
    expect(theme.current()).toBe('dark');
    const seen: string[] = [];
    theme.subscribe((t) => seen.push(t));
    f.matches['(forced-colors: active)'] = true;
    f.fire('(forced-colors: active)');
    expect(seen).toEqual(['highContrast']);
    expect(browserTheme(fakeWindow({}).win).current()).toBe('light');
  });
});
