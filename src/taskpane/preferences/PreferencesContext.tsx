import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { HostTheme } from '../host/types';
import type { HiddenRules } from '../model/hidden';

/**
 * What the person chose in the pane's settings, over what the host says. Undefined means "as the
 * host has it" (Outlook's language, Teams' theme). App applies them; the settings panel sets them.
 */
export interface PreferenceValues {
  /** A BCP 47 tag ("de-DE"); beats the host's language for messages, dates and direction. */
  language?: string;
  /** Beats the host's theme. */
  theme?: HostTheme;
  /** Minutes before the start the reminder shows (1, 2, 5 or 10). */
  reminderMinutes?: number;
  /** An IANA zone each card also shows its time in ("16:00–16:30 Tokyo"). */
  secondZone?: string;
  /** Skip rules: meetings hidden once (opaque ids) or by series (opaque series keys), each with its title then. */
  hidden?: HiddenRules;
}

export interface Preferences extends PreferenceValues {
  /** A tag, or undefined to follow the host again. */
  setLanguage(tag: string | undefined): void;
  setTheme(theme: HostTheme | undefined): void;
  setReminderMinutes(minutes: number | undefined): void;
  setSecondZone(zone: string | undefined): void;
  /** The skip rules from now on (`model/hiding.ts` makes and undoes them). */
  setHidden(rules: HiddenRules | undefined): void;
}

const ignore = () => undefined;

/** Without a provider (a component test) nothing is overridden and setting does nothing. */
const PreferencesContext = createContext<Preferences>({ setLanguage: ignore, setTheme: ignore, setReminderMinutes: ignore, setSecondZone: ignore, setHidden: ignore });

export function usePreferences(): Preferences {
  return useContext(PreferencesContext);
}

export interface PreferencesProviderProps {
  /** What was chosen before (read from the device by whoever persists them); a new object replaces the values. */
  initial?: PreferenceValues;
  /** Called with the new values after every change, to persist them. */
  onChange?: (values: PreferenceValues) => void;
  children: ReactNode;
}

/** Holds the overrides for the pane; App puts one at the root. */
export function PreferencesProvider({ initial, onChange, children }: PreferencesProviderProps) {
  const [values, setValues] = useState<PreferenceValues>(() => ({ ...initial }));
  // Another person signed in on this device: their choices replace the ones shown.
  const [from, setFrom] = useState(initial);
  if (initial !== from) {
    setFrom(initial);
    setValues({ ...initial });
  }
  const preferences = useMemo<Preferences>(() => {
    const update = (next: PreferenceValues) => {
      setValues(next);
      onChange?.(next);
    };
    return {
      ...values,
      setLanguage: (language) => update(withValue(values, 'language', language)),
      setTheme: (theme) => update(withValue(values, 'theme', theme)),
      setReminderMinutes: (minutes) => update(withValue(values, 'reminderMinutes', minutes)),
      setSecondZone: (zone) => update(withValue(values, 'secondZone', zone)),
      setHidden: (rules) => update(withValue(values, 'hidden', rules)),
    };
  }, [values, onChange]);
  return <PreferencesContext.Provider value={preferences}>{children}</PreferencesContext.Provider>;
}

/** Leaves the key out for undefined, so `'language' in values` says whether one was chosen. */
function withValue<K extends keyof PreferenceValues>(values: PreferenceValues, key: K, value: PreferenceValues[K]): PreferenceValues {
  const next = { ...values };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}
