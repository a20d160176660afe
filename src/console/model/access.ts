/** Pure helpers the console's pages share: summaries, where an audience is used, id lists. */
import type { Audience, Integration } from '../../shared/api';

export function accessSummary(integration: Integration): string {
  const { mode, audiences, users } = integration.access;
  if (mode === 'all') return 'All users';
  const parts = [plural(audiences.length, 'audience'), plural(users.length, 'person', 'people')].filter((p) => !p.startsWith('0 '));
  return parts.length ? `Specific recipients: ${parts.join(', ')}` : 'Specific recipients: nobody yet';
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The integrations whose access list names the audience. */
export function usedBy(audienceId: string, integrations: readonly Integration[]): Integration[] {
  return integrations.filter((i) => i.access.audiences.includes(audienceId));
}

export function membersSummary(a: Audience): string {
  return [plural(a.users.length, 'person', 'people'), plural(a.groups.length, 'group'), plural(a.roles.length, 'app role')].join(', ');
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
