/** The pane's settings (from the pane menu): its own chunk with Fluent's Dialog and Select. */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { HostKind, HostTheme } from '../host/types';
import { askToNotify, notifyPermission } from '../host/notify';
import { useI18n, type MessageKey } from '../i18n';
import { DEFAULT_REMINDER_MINUTES } from '../model/reminders';
import { usePreferences } from '../preferences';
import { REMINDER_CHOICES } from '../preferences/deviceStore';
import type { Meeting } from '../../shared/api';
import { HiddenList } from './HiddenList';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  note: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** "Follow the host" is the empty value of each choice. */
const HOST = '';
const THEMES: ReadonlyArray<{ value: HostTheme; label: MessageKey }> = [
  { value: 'light', label: 'settings.themeLight' },
  { value: 'dark', label: 'settings.themeDark' },
  { value: 'highContrast', label: 'settings.themeHighContrast' },
];
/** Each language named in itself, as language pickers do. */
const LANGUAGES: ReadonlyArray<{ tag: string; name: string }> = [
  { tag: 'en', name: 'English' },
  { tag: 'de', name: 'Deutsch' },
  { tag: 'fr', name: 'Français' },
  { tag: 'ja', name: '日本語' },
  { tag: 'ar', name: 'العربية' },
];

/** Zones ICU still lists by an older name, and the one people know them by today. */
const RENAMED: Readonly<Record<string, string>> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Europe/Kiev': 'Europe/Kyiv',
  'America/Godthab': 'America/Nuuk',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
};

function known(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The zones to choose from: UTC first, then this browser's, each by today's name where it knows it. */
function timeZones(): readonly string[] {
  let listed: readonly string[] = [];
  try {
    listed = Intl.supportedValuesOf('timeZone');
  } catch {
    // An old browser: UTC alone.
  }
  const named = listed.map((zone) => (RENAMED[zone] !== undefined && known(RENAMED[zone]) ? RENAMED[zone] : zone));
  return ['UTC', ...named.filter((zone) => zone !== 'UTC' && zone !== 'Etc/UTC')];
}

/** A saved zone as the list names it (a choice saved as "Asia/Calcutta" shows as "Asia/Kolkata"). */
function listedAs(zone: string, zones: readonly string[]): string {
  const renamed = RENAMED[zone];
  return !zones.includes(zone) && renamed !== undefined && zones.includes(renamed) ? renamed : zone;
}

export interface SettingsDialogProps {
  host: HostKind;
  onClose(): void;
  /** The meetings loaded now, to name the hidden ones. */
  meetings?: readonly Meeting[];
}

export default function SettingsDialog({ host, onClose, meetings = [] }: SettingsDialogProps) {
  const styles = useStyles();
  const { t, dir } = useI18n();
  const preferences = usePreferences();
  const [permission, setPermission] = useState(() => notifyPermission(host));
  const [zones] = useState(timeZones);
  // The saved zone as the list names it; one this browser does not list is offered too.
  const shownZone = preferences.secondZone === undefined ? undefined : listedAs(preferences.secondZone, zones);
  const zoneChoices = shownZone === undefined || zones.includes(shownZone) ? zones : [...zones, shownZone];
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface dir={dir} data-testid="settings-dialog">
        <DialogBody>
          <DialogTitle>{t('settings.title')}</DialogTitle>
          <DialogContent className={styles.form}>
            <Field label={t('settings.reminder')}>
              <Select
                data-testid="settings-reminder"
                value={String(preferences.reminderMinutes ?? DEFAULT_REMINDER_MINUTES)}
                onChange={(_, data) => preferences.setReminderMinutes(Number(data.value))}
              >
                {REMINDER_CHOICES.map((m) => (
                  <option key={m} value={String(m)}>{t('settings.minutesBefore', { count: m })}</option>
                ))}
              </Select>
            </Field>
            <Field label={t('settings.theme')}>
              <Select data-testid="settings-theme" value={preferences.theme ?? HOST} onChange={(_, data) => preferences.setTheme((data.value || undefined) as HostTheme | undefined)}>
                <option value={HOST}>{t('settings.asHost')}</option>
                {THEMES.map((theme) => (
                  <option key={theme.value} value={theme.value}>{t(theme.label)}</option>
                ))}
              </Select>
            </Field>
            <Field label={t('settings.language')}>
              <Select data-testid="settings-language" value={preferences.language ?? HOST} onChange={(_, data) => preferences.setLanguage(data.value || undefined)}>
                <option value={HOST}>{t('settings.asHost')}</option>
                {LANGUAGES.map((language) => (
                  <option key={language.tag} value={language.tag} lang={language.tag}>{language.name}</option>
                ))}
              </Select>
            </Field>
            <Field label={t('settings.secondZone')}>
              <Select data-testid="settings-zone" value={shownZone ?? HOST} onChange={(_, data) => preferences.setSecondZone(data.value || undefined)}>
                <option value={HOST}>{t('settings.noZone')}</option>
                {zoneChoices.map((zone) => (
                  <option key={zone} value={zone}>{zone.replace(/_/g, ' ')}</option>
                ))}
              </Select>
            </Field>
            {host === 'browser' && permission !== 'unavailable' && (
              <Field label={t('settings.notifications')}>
                {permission === 'default' ? (
                  <Button onClick={() => void askToNotify().then(setPermission)} data-testid="settings-notify">{t('reminders.allowNotifications')}</Button>
                ) : (
                  <p className={styles.note}>{t(permission === 'granted' ? 'settings.notifyOn' : 'settings.notifyBlocked')}</p>
                )}
              </Field>
            )}
            <HiddenList meetings={meetings} />
            <p className={styles.note}>{t('settings.kept')}</p>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>{t('settings.close')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
