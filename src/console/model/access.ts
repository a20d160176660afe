/** Pure helpers the console's pages share: summaries, where an audience is used, id lists. */
import type { Audience, Integration } from '../../shared/api';
import { listOf, type ConsoleI18n } from '../i18n/catalogue';

export function accessSummary(i18n: ConsoleI18n, integration: Integration): string {
  const { mode, audiences, users } = integration.access;
  if (mode === 'all') return i18n.t('access.all');
  const parts = [
    ...(audiences.length ? [i18n.t('access.audiences', { count: audiences.length })] : []),
    ...(users.length ? [i18n.t('access.people', { count: users.length })] : []),
  ];
  return parts.length ? i18n.t('access.specificList', { list: listOf(i18n, parts, 'unit') }) : i18n.t('access.nobody');
}

/** The integrations whose access list names the audience. */
export function usedBy(audienceId: string, integrations: readonly Integration[]): Integration[] {
  return integrations.filter((i) => i.access.audiences.includes(audienceId));
}

export function membersSummary(i18n: ConsoleI18n, a: Audience): string {
  return i18n.t('audiences.members', { people: a.users.length, groups: a.groups.length, roles: a.roles.length });
}

/** Ids typed one a line (or separated by commas or spaces), trimmed, without repeats. */
export function parseList(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean))];
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The first entry that is not an Entra object id, if any. */
export function firstNonGuid(ids: readonly string[]): string | undefined {
  return ids.find((id) => !GUID.test(id));
}
