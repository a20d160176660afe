import type { HostTheme } from '../types';

/** The browser's colour scheme preference as a host theme, and its changes. */
export function browserTheme(win: Window): { current(): HostTheme; subscribe(listener: (theme: HostTheme) => void): () => void } {
  // jsdom and some embedded browsers have no matchMedia: light it is.
  const query = typeof win.matchMedia === 'function' ? win.matchMedia('(prefers-color-scheme: dark)') : undefined;
  const current = (): HostTheme => (query?.matches ? 'dark' : 'light');
  return {
    current,
    subscribe(listener) {
      if (!query) return () => undefined;
      const onChange = () => listener(current());
      query.addEventListener('change', onChange);
      return () => query.removeEventListener('change', onChange);
    },
  };
}
