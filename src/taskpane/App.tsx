import { FluentProvider } from '@fluentui/react-components';
import { useEffect, useMemo } from 'react';
import type { ApiClient } from './api/client';
import { UpnextPane } from './components/UpnextPane';
import { useHostTheme } from './hooks/useHostTheme';
import type { Host } from './host/types';
import { applyDocumentLanguage, englishI18n, I18nProvider, useI18nFor, type I18n } from './i18n';
import type { DisplayOptions } from './model/display';
import { PreferencesProvider, usePreferences, type PreferenceValues } from './preferences';
import { useFluentTheme } from './theme/fluentTheme';

export interface AppProps {
  host: Host;
  api: ApiClient;
  /** The time zone; its locale is replaced by the I18n's, so dates speak the messages' language. */
  display: DisplayOptions;
  /** The I18n for the starting language, its catalogue already loaded (English when absent). */
  i18n?: I18n;
  /** The person's stored choices, and where changes to them go. */
  preferences?: PreferenceValues;
  onPreferencesChange?: (values: PreferenceValues) => void;
}

/** The root: the one place the theme and the language are chosen, from the host or the person's choice. */
export function App({ preferences, onPreferencesChange, ...props }: AppProps) {
  return (
    <PreferencesProvider initial={preferences} onChange={onPreferencesChange}>
      <Root {...props} />
    </PreferencesProvider>
  );
}

function Root({ host, api, display, i18n: initial = englishI18n }: Omit<AppProps, 'preferences' | 'onPreferencesChange'>) {
  const preferences = usePreferences();
  const hostTheme = useHostTheme(host);
  const theme = preferences.theme ?? hostTheme;
  const i18n = useI18nFor(preferences.language ?? host.language, initial);
  const localDisplay = useMemo(() => ({ ...display, locale: i18n.locale }), [display, i18n.locale]);
  useEffect(() => applyDocumentLanguage(document, i18n), [i18n]);
  return (
    <I18nProvider value={i18n}>
      <FluentProvider theme={useFluentTheme(host.kind, theme)} data-theme={theme} dir={i18n.dir}>
        <UpnextPane host={host} api={api} display={localDisplay} />
      </FluentProvider>
    </I18nProvider>
  );
}
