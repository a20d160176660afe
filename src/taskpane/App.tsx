import { FluentProvider } from '@fluentui/react-components';
import type { ApiClient } from './api/client';
import { UpnextPane } from './components/UpnextPane';
import { useHostTheme } from './hooks/useHostTheme';
import type { Host } from './host/types';
import type { DisplayOptions } from './model/display';
import { useFluentTheme } from './theme/fluentTheme';

/** The root: the one place the theme is chosen, from the host. */
export function App({ host, api, display }: { host: Host; api: ApiClient; display: DisplayOptions }) {
  const theme = useHostTheme(host);
  return (
    <FluentProvider theme={useFluentTheme(host.kind, theme)} data-theme={theme}>
      <UpnextPane host={host} api={api} display={display} />
    </FluentProvider>
  );
}
