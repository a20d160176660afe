import type { HostTheme } from '../types';
import { OFFICE_THEME_CHANGED, themeEventSource, type OfficeApi, type OfficeThemeInfo } from './officeApi';

/** Perceived brightness of `#rrggbb` below the middle: a dark theme. */
export function isDarkColor(color: string | undefined): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color?.trim() ?? '');
  if (!match) return false;
  const [r, g, b] = [match[1], match[2], match[3]].map((hex) => parseInt(hex ?? '0', 16));
  return (0.299 * (r ?? 0) + 0.587 * (g ?? 0) + 0.114 * (b ?? 0)) / 255 < 0.5;
}

export function themeOf(info: OfficeThemeInfo | undefined, forcedColors: boolean): HostTheme {
  // Windows high contrast shows as forced colours in the pane's web view; Office has no flag for it.
  if (forcedColors) return 'highContrast';
  if (typeof info?.isDarkTheme === 'boolean') return info.isDarkTheme ? 'dark' : 'light';
  return isDarkColor(info?.bodyBackgroundColor) ? 'dark' : 'light';
}

/** Office's theme (and its changes, where the host raises OfficeThemeChanged) as a host theme. */
export function officeTheme(win: Window, office: OfficeApi): { current(): HostTheme; subscribe(listener: (theme: HostTheme) => void): () => void } {
  const forced = typeof win.matchMedia === 'function' ? win.matchMedia('(forced-colors: active)') : undefined;
  let info = readTheme(office);
  const current = () => themeOf(info, forced?.matches ?? false);
  const listeners = new Set<(theme: HostTheme) => void>();
  const notify = () => {
    const theme = current();
    for (const listener of listeners) listener(theme);
  };
  let registered = false;
  const register = () => {
    if (registered) return;
    registered = true;
    forced?.addEventListener('change', notify);
    const source = themeEventSource(office);
    try {
      source?.addHandlerAsync(OFFICE_THEME_CHANGED, (args) => {
        info = args?.officeTheme ?? readTheme(office);
        notify();
      });
    } catch {
      // Older hosts have no theme event: the theme at start stays.
    }
  };
  return {
    current,
    subscribe(listener) {
      listeners.add(listener);
      register();
      return () => listeners.delete(listener);
    },
  };
}

function readTheme(office: OfficeApi): OfficeThemeInfo | undefined {
  try {
    return office.context.officeTheme;
  } catch {
    return undefined;
  }
}
