import type Database from 'better-sqlite3';
import type { Audience } from '../../shared/api';
import { chainEntry } from '../audit/chain';
import type { AdminChangeResult, AdminStore, AdminWrite, AuditDraft, AuditRow, ConsentRecord, IntegrationSetting, Person } from './admin-store';
import {
  auditParams, audienceParams, consentParams, containsPattern, withPurge, settingParams, toAudience, toAuditRow, toConsent, toPerson, toSetting,
  type RawAudience, type RawAudit, type RawConsent, type RawPerson, type RawSetting,
} from './admin-rows';
import { SQL } from './admin-sql';

/** The admin store in SQLite; `apply` runs as one IMMEDIATE transaction, so the chain never forks. */
export class SqliteAdminStore implements AdminStore {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  /** Prepared once: the access check reads settings and audiences on every API request. */
  private prepare(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }

  async integrationSettings(tid: string): Promise<IntegrationSetting[]> {
    return (this.prepare(SQL.settings).all(tid) as RawSetting[]).map(toSetting);
  }

  async audiences(tid: string): Promise<Audience[]> {
    return (this.prepare(SQL.audiences).all(tid) as RawAudience[]).map(toAudience);
  }

  async apply(tid: string, writes: AdminWrite[], audit: AuditDraft[]): Promise<AdminChangeResult> {
    return this.db
      .transaction(() => {
        const result: AdminChangeResult = {};
        for (const write of writes) {
          if (write.kind === 'integration') this.prepare(SQL.putSetting).run(...settingParams(tid, write.setting));
          else if (write.kind === 'audience') this.prepare(SQL.putAudience).run(...audienceParams(tid, write.audience));
          else if (write.kind === 'delete_audience') this.prepare(SQL.deleteAudience).run(tid, write.id);
          else if (write.kind === 'consent') this.prepare(SQL.putConsent).run(...consentParams(tid, write.record));
          else {
            const oids = this.prepare(SQL.purge).pluck().all(tid, write.provider) as string[];
            result.purged = { users: [...new Set(oids)], entries: oids.length };
          }
        }
        let head = this.prepare(SQL.auditHead).get(tid) as { seq: number; hash: string } | undefined;
        for (const draft of audit) {
          const row: AuditRow = chainEntry(tid, head && { seq: Number(head.seq), hash: head.hash }, withPurge(draft, result));
          this.prepare(SQL.auditInsert).run(...auditParams(row));
          head = row;
        }
        return result;
      })
      .immediate();
  }

  async recordPerson(tid: string, p: Person): Promise<void> {
    this.prepare(SQL.putPerson).run(tid, p.oid, p.name, p.username ?? null, p.groupsOverage ? 1 : 0, p.lastSeenAt);
  }

  async people(tid: string, query: string | undefined, limit: number): Promise<Person[]> {
    const rows = query
      ? this.prepare(SQL.peopleMatching).all(tid, containsPattern(query), containsPattern(query), query.toLowerCase(), limit)
      : this.prepare(SQL.people).all(tid, limit);
    return (rows as RawPerson[]).map(toPerson);
  }

  async countGroupsOverage(tid: string): Promise<number> {
    return Number((this.prepare(SQL.overage).get(tid) as { n: number }).n);
  }

  async connectedUsers(tid: string): Promise<Record<string, number>> {
    const rows = this.prepare(SQL.connected).all(tid) as Array<{ provider: string; n: number }>;
    return Object.fromEntries(rows.map((r) => [r.provider, Number(r.n)]));
  }

  async consents(tid: string): Promise<ConsentRecord[]> {
    return (this.prepare(SQL.consents).all(tid) as RawConsent[]).map(toConsent);
  }

  async auditPage(tid: string, limit: number, beforeSeq?: number): Promise<AuditRow[]> {
    const rows = beforeSeq === undefined ? this.prepare(SQL.auditPage).all(tid, limit) : this.prepare(SQL.auditPageBefore).all(tid, beforeSeq, limit);
    return (rows as RawAudit[]).map(toAuditRow);
  }

  async auditChain(tid: string): Promise<AuditRow[]> {
    return (this.prepare(SQL.auditChain).all(tid) as RawAudit[]).map(toAuditRow);
  }
}
