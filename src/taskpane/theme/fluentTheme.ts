import type { Theme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { HostKind, HostTheme } from '../host/types';
import { theme as webLightTheme } from './webLight';

/**
 * Fluent's themes, one chunk each but the browser's light one (first paint in a plain browser).
 * A theme's tokens are 3–4 KB gzip: the pane loads the one the host wears, not all five.
 * In Teams the pane wears Teams' own themes, so it sits in the tab like Teams' own surfaces.
 */
const LOADERS: Record<'web' | 'teams', Record<HostTheme, () => Promise<Theme>>> = {
  web: {
    light: () => Promise.resolve(webLightTheme),
    dark: () => import(/* webpackChunkName: "theme-web-dark" */ './webDark').then((m) => m.theme),
    highContrast: () => import(/* webpackChunkName: "theme-high-contrast" */ './highContrast').then((m) => m.theme),
  },
  teams: {
    light: () => import(/* webpackChunkName: "theme-teams-light" */ './teamsLight').then((m) => m.theme),
    dark: () => import(/* webpackChunkName: "theme-teams-dark" */ './teamsDark').then((m) => m.theme),
    highContrast: () => import(/* webpackChunkName: "theme-high-contrast" */ './highContrast').then((m) => m.theme),
  },
};

const family = (kind: HostKind): 'web' | 'teams' => (kind === 'teams' ? 'teams' : 'web');
const keyOf = (kind: HostKind, theme: HostTheme) => `${family(kind)}/${theme}`;
const loaded = new Map<string, Theme>([['web/light', webLightTheme]]);
const loading = new Map<string, Promise<Theme>>();

/** Starts (once) loading a theme; resolves when `useFluentTheme` can hand it out without waiting. */
export function loadFluentTheme(kind: HostKind, theme: HostTheme): Promise<Theme> {
  const key = keyOf(kind, theme);
  const ready = loaded.get(key);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(key);
  if (!pending) {
    pending = LOADERS[family(kind)][theme]().then((t) => (loaded.set(key, t), t));
    // A failed chunk may be asked for again (the next theme change, a reload of the view).
    pending.catch(() => loading.delete(key));
    loading.set(key, pending);
  }
  return pending;
}

/**
 * The Fluent theme for the host and its theme. Loaded ones come at once (the starting theme is
 * loaded before the first render); for any other the pane keeps the colours it has until the
 * chunk arrives, then re-renders (a failed chunk leaves them, and is asked for again next time).
 */
export function useFluentTheme(kind: HostKind, theme: HostTheme): Theme {
  const ready = loaded.get(keyOf(kind, theme));
  const [shown, setShown] = useState<Theme>(() => ready ?? webLightTheme);
  useEffect(() => {
    if (ready) return;
    let live = true;
    loadFluentTheme(kind, theme).then(
      (t) => live && setShown(t),
      (error: unknown) => console.error(error),
    );
    return () => {
      live = false;
    };
  }, [ready, kind, theme]);
  return ready ?? shown;
}
