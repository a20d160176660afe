/**
 * The pane's settings, kept on this device per signed-in user (never on the server, never a token).
 * Each user's choices sit under a name made from the same non-secret tenant and object ids that
 * already name the user's device key (`api/userKey.ts`); a second name remembers whose choices
 * the pane last showed, so the next start can apply them before its first render, before any token.
 */
import type { UserRef } from '../api/userKey';
import type { HostTheme } from '../host/types';
import { sanitizeHidden } from '../model/hidden';
import type { PreferenceValues } from './PreferencesContext';

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const LAST_USER = 'upnext.settings.v1.lastUser';
const ID_PATTERN = /^[A-Za-z0-9-]{1,64}\.[A-Za-z0-9-]{1,64}$/;
const THEMES: readonly HostTheme[] = ['light', 'dark', 'highContrast'];

export function userId(user: UserRef): string {
  return `${user.tid}.${user.oid}`;
}

export function settingsStorageName(id: string): string {
  return `upnext.settings.v1.${id}`;
}

export interface DeviceSettings {
  /** Whose choices were shown last on this device, if anyone's. */
  lastUser(): string | undefined;
  /** That user's choices (empty when none, or when storage is blocked or holds nonsense). */
  load(id: string): PreferenceValues;
  /** Remembers whose choices to apply at the next start. Never throws. */
  remember(id: string): void;
  /** Keeps the choices and remembers this user as the last one. Never throws. */
  save(id: string, values: PreferenceValues): void;
  /** Signed out: the next start applies nobody's choices until a token says whose (theirs stay kept). */
  forgetLastUser(): void;
}

export function createDeviceSettings(storage: KeyValueStorage | undefined): DeviceSettings {
  const read = (name: string): string | undefined => {
    try {
      return storage?.getItem(name) ?? undefined;
    } catch {
      return undefined;
    }
  };
  const write = (name: string, value: string) => {
    try {
      storage?.setItem(name, value);
    } catch {
      // Storage refused (private mode, full): the choice lasts for this session only.
    }
  };
  return {
    lastUser() {
      const id = read(LAST_USER);
      return id && ID_PATTERN.test(id) ? id : undefined;
    },
    load(id) {
      const text = read(settingsStorageName(id));
      if (!text) return {};
      try {
        return sanitize(JSON.parse(text));
      } catch {
        return {};
      }
    },
    remember(id) {
      if (ID_PATTERN.test(id)) write(LAST_USER, id);
    },
    save(id, values) {
      if (!ID_PATTERN.test(id)) return;
      write(settingsStorageName(id), JSON.stringify(sanitize(values)));
      write(LAST_USER, id);
    },
    forgetLastUser() {
      try {
        storage?.removeItem(LAST_USER);
      } catch {
        // Storage refused: nothing was remembered either.
      }
    },
  };
}

/** Only known fields of the right shape survive: storage is shared with whatever else runs here. */
function sanitize(raw: unknown): PreferenceValues {
  if (typeof raw !== 'object' || raw === null) return {};
  const value = raw as Record<string, unknown>;
  const out: PreferenceValues = {};
  if (typeof value.language === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(value.language)) out.language = value.language;
  if (typeof value.theme === 'string' && (THEMES as readonly string[]).includes(value.theme)) out.theme = value.theme as HostTheme;
  if (typeof value.reminderMinutes === 'number' && REMINDER_CHOICES.includes(value.reminderMinutes)) out.reminderMinutes = value.reminderMinutes;
  if (typeof value.secondZone === 'string' && isTimeZone(value.secondZone)) out.secondZone = value.secondZone;
  const hidden = sanitizeHidden(value.hidden);
  if (hidden) out.hidden = hidden;
  return out;
}

/** A zone Intl knows (a stored one that is not would make every card's formatting throw). */
function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z_+\-/0-9]{1,64}$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The minutes the settings offer for the reminder. */
export const REMINDER_CHOICES: readonly number[] = [1, 2, 5, 10];
