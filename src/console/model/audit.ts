import type { AuditEntry } from '../../shared/api';
import { listOf, type ConsoleI18n, type ConsoleKey } from '../i18n/catalogue';

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

/** Names the audit log shows instead of ids: audiences the console loaded, people the directory knows. */
export interface AuditNames {
  audiences: ReadonlyMap<string, string>;
  people: ReadonlyMap<string, string>;
}

export const noNames: AuditNames = { audiences: new Map(), people: new Map() };

interface AudienceShape {
  id?: unknown;
  name?: unknown;
  users?: unknown;
  groups?: unknown;
  roles?: unknown;
}
const record = (v: unknown): Record<string, unknown> | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * The audience names the log can show: those that exist now, then those only the loaded entries
 * remember (created, renamed or deleted there), marked as deleted.
 */
export function auditNames(i18n: ConsoleI18n, audiences: ReadonlyArray<{ id: string; name: string }>, people: ReadonlyArray<{ oid: string; name: string }>, entries: readonly AuditEntry[]): AuditNames {
  const names = new Map(audiences.map((a) => [a.id, a.name]));
  for (const e of entries) {
    if (e.target.type !== 'audience') continue;
    for (const side of [e.after, e.before] as AudienceShape[]) {
      const name = record(side)?.name;
      if (typeof name === 'string' && !names.has(e.target.id)) names.set(e.target.id, i18n.t('audit.change.deletedNamed', { name }));
    }
  }
  return { audiences: names, people: new Map(people.map((p) => [p.oid, p.name])) };
}

const audienceName = (i18n: ConsoleI18n, names: AuditNames, id: string) => names.audiences.get(id) ?? i18n.t('audit.change.deletedAudience');
const personName = (i18n: ConsoleI18n, names: AuditNames, oid: string) => names.people.get(oid) ?? i18n.t('audit.change.unknownPerson');

/** "Integration outlook-calendar", "Audience Pilot group": the target's kind in the console's language, then its name (an integration: its id). */
export function targetText(i18n: ConsoleI18n, target: AuditEntry['target'], names: AuditNames = noNames): string {
  const key = Object.hasOwn(TARGETS, target.type) ? TARGETS[target.type] : undefined;
  const name = target.type === 'audience' ? audienceName(i18n, names, target.id) : target.id;
  return `${key ? i18n.t(key) : target.type} ${name}`;
}

function accessText(i18n: ConsoleI18n, names: AuditNames, v: unknown): string {
  const access = record(v);
  if (!access) return i18n.t('audit.change.none');
  if (access.mode === 'all') return i18n.t('audit.change.everyone');
  const who = [...strings(access.audiences).map((id) => audienceName(i18n, names, id)), ...strings(access.users).map((oid) => personName(i18n, names, oid))];
  return i18n.t('audit.change.specific', { list: who.length ? listOf(i18n, who, 'unit') : i18n.t('audit.change.nobody') });
}

/** "+Jonas Becker, −Priya Nair" between two lists; empty when they hold the same. */
function listDiff(i18n: ConsoleI18n, before: string[], after: string[], show: (item: string) => string): string {
  const added = after.filter((x) => !before.includes(x)).map((x) => `+${show(x)}`);
  const removed = before.filter((x) => !after.includes(x)).map((x) => `−${show(x)}`);
  return listOf(i18n, [...added, ...removed], 'unit');
}

function audienceLines(i18n: ConsoleI18n, names: AuditNames, before: AudienceShape, after: AudienceShape): string[] {
  const lines: string[] = [];
  const [was, is] = [typeof before.name === 'string' ? before.name : '', typeof after.name === 'string' ? after.name : ''];
  if (was !== is) lines.push(i18n.t('audit.change.name', { change: was && is ? `${was} → ${is}` : was || is }));
  const members = listDiff(i18n, strings(before.users), strings(after.users), (oid) => personName(i18n, names, oid));
  if (members) lines.push(i18n.t('audit.change.members', { change: members }));
  // Entra group ids are GUIDs with no name here: counted, the ids themselves are in the details.
  const groupsBefore = strings(before.groups);
  const groupsAfter = strings(after.groups);
  const addedGroups = groupsAfter.filter((g) => !groupsBefore.includes(g)).length;
  const removedGroups = groupsBefore.filter((g) => !groupsAfter.includes(g)).length;
  if (addedGroups) lines.push(i18n.t('audit.change.groupsAdded', { count: addedGroups }));
  if (removedGroups) lines.push(i18n.t('audit.change.groupsRemoved', { count: removedGroups }));
  const roles = listDiff(i18n, strings(before.roles), strings(after.roles), (r) => r);
  if (roles) lines.push(i18n.t('audit.change.roles', { change: roles }));
  return lines;
}

const STATUS: Readonly<Record<string, ConsoleKey>> = { granted: 'consent.status.granted', not_granted: 'consent.status.not_granted' };
const onOff = (i18n: ConsoleI18n, v: unknown) => (typeof v === 'boolean' ? i18n.t(v ? 'audit.change.on' : 'audit.change.off') : i18n.t('audit.change.none'));

/**
 * Before → after as short lines in the console's language ("Enabled: off → on", "Access:
 * Everyone → Specific recipients (Pilot group)"), names instead of ids. Empty when the entry
 * says nothing a person reads (the exact JSON is in the details).
 */
export function changeSummary(i18n: ConsoleI18n, entry: AuditEntry, names: AuditNames = noNames): string[] {
  const before = record(entry.before);
  const after = record(entry.after);
  switch (entry.action) {
    case 'integration.enabled':
    case 'integration.disabled':
      return [i18n.t('audit.change.enabled', { before: onOff(i18n, before?.enabled), after: onOff(i18n, after?.enabled) })];
    case 'integration.access_changed':
      return [i18n.t('audit.change.access', { before: accessText(i18n, names, before), after: accessText(i18n, names, after) })];
    case 'audience.created':
    case 'audience.updated':
    case 'audience.deleted':
      return entry.action === 'audience.deleted' && typeof before?.name === 'string'
        ? [i18n.t('audit.change.name', { change: before.name })]
        : audienceLines(i18n, names, before ?? {}, after ?? {});
    case 'consent.granted':
    case 'consent.not_granted': {
      const status = (v: unknown) => (typeof v === 'string' && Object.hasOwn(STATUS, v) ? i18n.t(STATUS[v]!) : i18n.t('audit.change.none'));
      return [i18n.t('audit.change.status', { before: status(before?.status), after: status(after?.status) })];
    }
    default:
      return [];
  }
}

/** The exact before and after, as recorded: for the auditor, in the details. */
export function changeText(entry: AuditEntry): string {
  const show = (v: unknown) => (v === undefined ? '—' : JSON.stringify(v, null, 2));
  return `${show(entry.before)}\n→\n${show(entry.after)}`;
}

/** Entries whose action (its code or its name), actor, target or change contains every word of the filter (its summary or JSON). */
export function filterEntries(i18n: ConsoleI18n, entries: readonly AuditEntry[], filter: string, names: AuditNames = noNames): AuditEntry[] {
  const words = filter.toLocaleLowerCase(i18n.locale).split(/\s+/).filter(Boolean);
  if (!words.length) return [...entries];
  return entries.filter((e) => {
    const text = [e.action, actionText(i18n, e.action), e.actor.name, e.actor.oid, e.target.type, targetText(i18n, e.target, names), ...changeSummary(i18n, e, names), changeText(e)].join(' ').toLocaleLowerCase(i18n.locale);
    return words.every((w) => text.includes(w));
  });
}
