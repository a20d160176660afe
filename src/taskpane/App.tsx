import {
  FluentProvider,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import type { ApiClient } from './api/client';
import { UpnextPane } from './components/UpnextPane';
import { useHostTheme } from './hooks/useHostTheme';
import type { Host, HostKind, HostTheme } from './host/types';
import type { DisplayOptions } from './model/display';

const WEB_THEMES: Record<HostTheme, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};

/** In Teams the pane wears Teams' own themes, so it sits in the tab like Teams' own surfaces. */
const TEAMS_THEMES: Record<HostTheme, Theme> = {
  light: teamsLightTheme,
  dark: teamsDarkTheme,
  highContrast: teamsHighContrastTheme,
};

export function fluentTheme(kind: HostKind, theme: HostTheme): Theme {
  return (kind === 'teams' ? TEAMS_THEMES : WEB_THEMES)[theme];
}

/** The root: the one place the theme is chosen, from the host. */
export function App({ host, api, display }: { host: Host; api: ApiClient; display: DisplayOptions }) {
  const theme = useHostTheme(host);
  return (
    <FluentProvider theme={fluentTheme(host.kind, theme)} data-theme={theme}>
      <UpnextPane host={host} api={api} display={display} />
    </FluentProvider>
  );
}
