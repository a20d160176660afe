import type { HostTheme } from '../types';

/**
 * The browser's preference as a host theme, and its changes: forced colours (Windows high
 * contrast) first, then the colour scheme.
 */
export function browserTheme(win: Window): { current(): HostTheme; subscribe(listener: (theme: HostTheme) => void): () => void } {
  // jsdom and some embedded browsers have no matchMedia: light it is.
  const media = (q: string) => (typeof win.matchMedia === 'function' ? win.matchMedia(q) : undefined);
  const dark = media('(prefers-color-scheme: dark)');
  const forced = media('(forced-colors: active)');
  const current = (): HostTheme => (forced?.matches ? 'highContrast' : dark?.matches ? 'dark' : 'light');
  return {
    current,
    subscribe(listener) {
      const queries = [dark, forced].filter((q): q is MediaQueryList => q !== undefined);
      const onChange = () => listener(current());
      for (const q of queries) q.addEventListener('change', onChange);
      return () => {
        for (const q of queries) q.removeEventListener('change', onChange);
      };
    },
  };
}
