/**
 * System notifications through the browser's Notification API: only once the person allowed them
 * from a button (never asked on load). Outlook's and Teams' pane frames do not offer it to add-ins
 * (and Teams' activity feed needs a bot), so there the in-pane reminder is all there is.
 */
import type { HostKind } from './types';

export type NotifyPermission = 'granted' | 'denied' | 'default' | 'unavailable';

export function notifyPermission(host: HostKind): NotifyPermission {
  if (host !== 'browser' || typeof Notification === 'undefined') return 'unavailable';
  return Notification.permission;
}

/** Straight from a click: browsers only ask when the person did something. */
export async function askToNotify(): Promise<NotifyPermission> {
  if (typeof Notification === 'undefined') return 'unavailable';
  return Notification.requestPermission();
}

/** Shows one notification when allowed; a click brings the pane to the front. Never throws. */
export function notify(host: HostKind, title: string, body: string, tag: string): void {
  if (notifyPermission(host) !== 'granted') return;
  try {
    const shown = new Notification(title, { body, tag });
    shown.onclick = () => {
      window.focus();
      shown.close();
    };
  } catch {
    // Some browsers only allow notifications from a service worker: the in-pane card still shows.
  }
}
