import type { AuditEntry } from '../../shared/api';

const ACTION_TEXT: Record<string, string> = {
  'integration.enabled': 'Enabled integration',
  'integration.disabled': 'Disabled integration',
  'integration.access_changed': 'Changed access',
  'integration.connections_purged': 'Removed stored connections',
  'audience.created': 'Created audience',
  'audience.updated': 'Updated audience',
  'audience.deleted': 'Deleted audience',
  'consent.granted': 'Recorded admin consent',
  'consent.not_granted': 'Admin consent declined',
};

export function actionText(action: string): string {
  return ACTION_TEXT[action] ?? action;
}

/** A short, readable rendering of before → after for the table (the CSV keeps the full JSON). */
export function changeText(entry: AuditEntry): string {
  const show = (v: unknown) => (v === undefined ? '—' : JSON.stringify(v));
  return `${show(entry.before)} → ${show(entry.after)}`;
}

/** Entries whose action, actor, target or change contains every word of the filter. */
export function filterEntries(entries: readonly AuditEntry[], filter: string): AuditEntry[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [...entries];
  return entries.filter((e) => {
    const text = [e.action, actionText(e.action), e.actor.name, e.actor.oid, e.target.type, e.target.id, changeText(e)].join(' ').toLowerCase();
    return words.every((w) => text.includes(w));
  });
}
