import type { Audience, IntegrationAccess } from '../../shared/api';

/** One tenant's stored setting for one provider (no row: the mode's default applies). */
export interface IntegrationSetting {
  provider: string;
  enabled: boolean;
  access: IntegrationAccess;
}

/** An audit entry before the store numbers and chains it. */
export interface AuditDraft {
  at: number;
  actor: { oid: string; name: string };
  action: string;
  target: { type: string; id: string };
  before?: unknown;
  after?: unknown;
  requestId: string;
}

/** An audit entry as stored: numbered per tenant and chained by hash to the one before. */
export interface AuditRow extends AuditDraft {
  tid: string;
  seq: number;
  id: string;
  prevHash: string;
  hash: string;
}

export interface Person {
  oid: string;
  name: string;
  username?: string;
  lastSeenAt: number;
  /** The last token of this person carried the groups overage claim. */
  groupsOverage: boolean;
}

export type ConsentStatus = 'granted' | 'not_granted';
export interface ConsentRecord {
  provider: string;
  status: ConsentStatus;
  at: number;
  actor: { oid: string; name: string };
}

/** The rows one admin change writes, all in one transaction with its audit entries. */
export type AdminWrite =
  | { kind: 'integration'; setting: IntegrationSetting }
  | { kind: 'audience'; audience: Audience }
  | { kind: 'delete_audience'; id: string }
  | { kind: 'consent'; record: ConsentRecord }
  /** Every stored connection of the tenant for the provider; the row count lands in `purged`. */
  | { kind: 'purge_connections'; provider: string };

export interface AdminChangeResult {
  /** For `purge_connections`: the users whose connections were deleted, and how many entries. */
  purged?: { users: string[]; entries: number };
}

/**
 * The admin console's data (integration settings, audiences, people, consent, audit log), always
 * per tenant. Changes go through `apply`, which writes the rows and appends their audit entries
 * atomically; the audit log has no update or delete.
 */
export interface AdminStore {
  integrationSettings(tid: string): Promise<IntegrationSetting[]>;
  audiences(tid: string): Promise<Audience[]>;
  /** Applies the writes and appends the entries (hash-chained) in one transaction. */
  apply(tid: string, writes: AdminWrite[], audit: AuditDraft[]): Promise<AdminChangeResult>;

  /** Records a signed-in person: name and username for the people picker, and the overage flag. */
  recordPerson(tid: string, person: Person): Promise<void>;
  /** People who signed in, matched by name or username when `query` is given; most recent first. */
  people(tid: string, query: string | undefined, limit: number): Promise<Person[]>;
  /** How many people last signed in with the groups overage claim. */
  countGroupsOverage(tid: string): Promise<number>;

  /** Distinct users with an active stored connection, per provider. */
  connectedUsers(tid: string): Promise<Record<string, number>>;
  consents(tid: string): Promise<ConsentRecord[]>;

  /** Newest first; `beforeSeq` pages back. */
  auditPage(tid: string, limit: number, beforeSeq?: number): Promise<AuditRow[]>;
  /** Every entry, oldest first, to verify the chain. */
  auditChain(tid: string): Promise<AuditRow[]>;
}
