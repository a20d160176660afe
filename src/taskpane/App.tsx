import { FluentProvider, teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import type { ApiClient } from './api/client';
import { UpnextPane } from './components/UpnextPane';
import { useHostTheme } from './hooks/useHostTheme';
import type { Host, HostTheme } from './host/types';
import type { DisplayOptions } from './model/display';

const THEMES: Record<HostTheme, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};

/** The root: the one place the theme is chosen, from the host. */
export function App({ host, api, display }: { host: Host; api: ApiClient; display: DisplayOptions }) {
  const theme = useHostTheme(host);
  return (
    <FluentProvider theme={THEMES[theme]}>
      <UpnextPane host={host} api={api} display={display} />
    </FluentProvider>
  );
}
