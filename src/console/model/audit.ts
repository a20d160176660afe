import type { AuditEntry } from '../../shared/api';
import type { ConsoleI18n, ConsoleKey } from '../i18n/catalogue';

const ACTIONS: Readonly<Record<string, ConsoleKey>> = {
  'integration.enabled': 'audit.action.integration.enabled',
  'integration.disabled': 'audit.action.integration.disabled',
  'integration.access_changed': 'audit.action.integration.access_changed',
  'integration.connections_purged': 'audit.action.integration.connections_purged',
  'audience.created': 'audit.action.audience.created',
  'audience.updated': 'audit.action.audience.updated',
  'audience.deleted': 'audit.action.audience.deleted',
  'consent.granted': 'audit.action.consent.granted',
  'consent.not_granted': 'audit.action.consent.not_granted',
};
const TARGETS: Readonly<Record<string, ConsoleKey>> = { integration: 'audit.target.integration', audience: 'audit.target.audience' };

/** An action's name in the console's language; an action this console does not know shows its code. */
export function actionText(i18n: ConsoleI18n, action: string): string {
  const key = Object.hasOwn(ACTIONS, action) ? ACTIONS[action] : undefined;
  return key ? i18n.t(key) : action;
}

/** "Integration outlook-calendar": the target's kind in the console's language, then its id. */
export function targetText(i18n: ConsoleI18n, target: AuditEntry['target']): string {
  const key = Object.hasOwn(TARGETS, target.type) ? TARGETS[target.type] : undefined;
  return `${key ? i18n.t(key) : target.type} ${target.id}`;
}

/** A short, readable rendering of before → after for the table (the CSV keeps the full JSON). */
export function changeText(entry: AuditEntry): string {
  const show = (v: unknown) => (v === undefined ? '—' : JSON.stringify(v));
  return `${show(entry.before)} → ${show(entry.after)}`;
}

/** Entries whose action (its code or its name), actor, target or change contains every word of the filter. */
export function filterEntries(i18n: ConsoleI18n, entries: readonly AuditEntry[], filter: string): AuditEntry[] {
  const words = filter.toLocaleLowerCase(i18n.locale).split(/\s+/).filter(Boolean);
  if (!words.length) return [...entries];
  return entries.filter((e) => {
    const text = [e.action, actionText(i18n, e.action), e.actor.name, e.actor.oid, e.target.type, targetText(i18n, e.target), changeText(e)].join(' ').toLocaleLowerCase(i18n.locale);
    return words.every((w) => text.includes(w));
  });
}
