import type { Theme } from '@fluentui/react-components';
import { use } from 'react';
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
const loaded = new Map<string, Theme>([['web/light', webLightTheme]]);
const loading = new Map<string, Promise<Theme>>();

/** Starts (once) loading a theme; resolves when `useFluentTheme` can hand it out without waiting. */
export function loadFluentTheme(kind: HostKind, theme: HostTheme): Promise<Theme> {
  const key = `${family(kind)}/${theme}`;
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
 * loaded before the first render); any other suspends the render until its chunk arrives (theme changes are transitions, see
 * useHostTheme, so the pane keeps its old colours meanwhile).
 */
export function useFluentTheme(kind: HostKind, theme: HostTheme): Theme {
  return loaded.get(`${family(kind)}/${theme}`) ?? use(loadFluentTheme(kind, theme));
}
