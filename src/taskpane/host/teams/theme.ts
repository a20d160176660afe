import type { HostTheme } from '../types';

/** Teams' theme names (context.app.theme and the theme change handler). */
export function themeOfTeams(name: string | undefined): HostTheme {
  if (name === 'dark') return 'dark';
  if (name === 'contrast') return 'highContrast';
  return 'light';
}
