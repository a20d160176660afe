import { act, render, screen } from '@testing-library/react';
import { PreferencesProvider, usePreferences, type Preferences, type PreferenceValues } from '../../../src/taskpane/preferences';

function Probe({ onRender }: { onRender: (p: Preferences) => void }) {
  const preferences = usePreferences();
  onRender(preferences);
  return <p data-testid="prefs">{JSON.stringify({ language: preferences.language, theme: preferences.theme })}</p>;
}

describe('usePreferences', () => {
  it('without a provider overrides nothing and setting is harmless', () => {
    let seen: Preferences | undefined;
    render(<Probe onRender={(p) => (seen = p)} />);
    expect(seen?.language).toBeUndefined();
    expect(seen?.theme).toBeUndefined();
    expect(() => seen?.setLanguage('de')).not.toThrow();
  });

  it('starts from the stored values, and reports every change for persisting', () => {
    const changes: PreferenceValues[] = [];
    let seen!: Preferences;
    render(
      <PreferencesProvider initial={{ language: 'fr-FR' }} onChange={(v) => changes.push(v)}>
        <Probe onRender={(p) => (seen = p)} />
      </PreferencesProvider>,
    );
    expect(seen.language).toBe('fr-FR');
    act(() => seen.setTheme('dark'));
    expect(seen.theme).toBe('dark');
    act(() => seen.setLanguage(undefined));
    expect(seen.language).toBeUndefined();
    expect(changes).toEqual([{ language: 'fr-FR', theme: 'dark' }, { theme: 'dark' }]);
    expect(screen.getByTestId('prefs').textContent).toBe('{"theme":"dark"}');
  });

  it('takes a new person’s stored values when another signs in on the device', () => {
    let seen!: Preferences;
    const { rerender } = render(
      <PreferencesProvider initial={{ theme: 'dark', reminderMinutes: 10 }}>
        <Probe onRender={(p) => (seen = p)} />
      </PreferencesProvider>,
    );
    expect(seen.reminderMinutes).toBe(10);
    rerender(
      <PreferencesProvider initial={{ language: 'ja' }}>
        <Probe onRender={(p) => (seen = p)} />
      </PreferencesProvider>,
    );
    expect(seen.theme).toBeUndefined();
    expect(seen.reminderMinutes).toBeUndefined();
    expect(seen.language).toBe('ja');
  });
});
