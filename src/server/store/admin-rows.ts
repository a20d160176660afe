/** Raw admin rows as both databases return them, and their domain shapes. */
import type { Audience } from '../../shared/api';
import type { AdminChangeResult, AuditDraft, AuditRow, ConsentRecord, ConsentStatus, IntegrationSetting, Person } from './admin-store';

export interface RawSetting {
  provider: string;
  enabled: number;
  access_mode: string;
  access_audiences: string;
  access_users: string;
}
export interface RawAudience {
  id: string;
  name: string;
  users: string;
  groups_list: string;
  roles: string;
}
export interface RawPerson {
  oid: string;
  name: string;
  username: string | null;
  groups_overage: number;
  last_seen_at: number | string;
}
export interface RawConsent {
  provider: string;
  status: string;
  at: number | string;
  actor_oid: string;
  actor_name: string;
}
export interface RawAudit {
  tid: string;
  seq: number | string;
  id: string;
  at: number | string;
  actor_oid: string;
  actor_name: string;
  action: string;
  target_type: string;
  target_id: string;
  before_json: string | null;
  after_json: string | null;
  request_id: string;
  prev_hash: string;
  hash: string;
}

const list = (text: string): string[] => JSON.parse(text) as string[];

export function toSetting(r: RawSetting): IntegrationSetting {
  return {
    provider: r.provider,
    enabled: Number(r.enabled) === 1,
    access: { mode: r.access_mode === 'specific' ? 'specific' : 'all', audiences: list(r.access_audiences), users: list(r.access_users) },
  };
}

export function settingParams(tid: string, s: IntegrationSetting): unknown[] {
  return [tid, s.provider, s.enabled ? 1 : 0, s.access.mode, JSON.stringify(s.access.audiences), JSON.stringify(s.access.users)];
}

export function toAudience(r: RawAudience): Audience {
  return { id: r.id, name: r.name, users: list(r.users), groups: list(r.groups_list), roles: list(r.roles) };
}

export function audienceParams(tid: string, a: Audience): unknown[] {
  return [tid, a.id, a.name, JSON.stringify(a.users), JSON.stringify(a.groups), JSON.stringify(a.roles)];
}

export function toPerson(r: RawPerson): Person {
  return { oid: r.oid, name: r.name, ...(r.username ? { username: r.username } : {}), lastSeenAt: Number(r.last_seen_at), groupsOverage: Number(r.groups_overage) === 1 };
}

export function toConsent(r: RawConsent): ConsentRecord {
  return { provider: r.provider, status: r.status as ConsentStatus, at: Number(r.at), actor: { oid: r.actor_oid, name: r.actor_name } };
}

export function toAuditRow(r: RawAudit): AuditRow {
  return {
    tid: r.tid,
    seq: Number(r.seq),
    id: r.id,
    at: Number(r.at),
    actor: { oid: r.actor_oid, name: r.actor_name },
    action: r.action,
    target: { type: r.target_type, id: r.target_id },
    ...(r.before_json !== null ? { before: JSON.parse(r.before_json) as unknown } : {}),
    ...(r.after_json !== null ? { after: JSON.parse(r.after_json) as unknown } : {}),
    requestId: r.request_id,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

export function auditParams(row: AuditRow): unknown[] {
  return [
    row.tid, row.seq, row.id, row.at, row.actor.oid, row.actor.name, row.action, row.target.type, row.target.id,
    row.before === undefined ? null : JSON.stringify(row.before), row.after === undefined ? null : JSON.stringify(row.after),
    row.requestId, row.prevHash, row.hash,
  ];
}

/** A LIKE pattern matching `query` literally anywhere (the escape character is backslash). */
export function containsPattern(query: string): string {
  return `%${query.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export const AUDIT_COLUMNS = 'tid, seq, id, at, actor_oid, actor_name, action, target_type, target_id, before_json, after_json, request_id, prev_hash, hash';

export function consentParams(tid: string, r: ConsentRecord): unknown[] {
  return [tid, r.provider, r.status, r.at, r.actor.oid, r.actor.name];
}

/** A purge's entry records what it removed, known only inside the transaction. */
export function withPurge(draft: AuditDraft, result: AdminChangeResult): AuditDraft {
  if (!result.purged || draft.action !== 'integration.connections_purged') return draft;
  return { ...draft, after: { ...(draft.after as object | undefined), users: result.purged.users.length, entries: result.purged.entries } };
}
