export { PreferencesProvider, usePreferences, type PreferenceValues, type Preferences, type PreferencesProviderProps } from './PreferencesContext';
