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
  constructor(private readonly db: Database.Database) {}

  async integrationSettings(tid: string): Promise<IntegrationSetting[]> {
    return (this.db.prepare(SQL.settings).all(tid) as RawSetting[]).map(toSetting);
  }

  async audiences(tid: string): Promise<Audience[]> {
    return (this.db.prepare(SQL.audiences).all(tid) as RawAudience[]).map(toAudience);
  }

  async apply(tid: string, writes: AdminWrite[], audit: AuditDraft[]): Promise<AdminChangeResult> {
    return this.db
      .transaction(() => {
        const result: AdminChangeResult = {};
        for (const write of writes) {
          if (write.kind === 'integration') this.db.prepare(SQL.putSetting).run(...settingParams(tid, write.setting));
          else if (write.kind === 'audience') this.db.prepare(SQL.putAudience).run(...audienceParams(tid, write.audience));
          else if (write.kind === 'delete_audience') this.db.prepare(SQL.deleteAudience).run(tid, write.id);
          else if (write.kind === 'consent') this.db.prepare(SQL.putConsent).run(...consentParams(tid, write.record));
          else {
            const oids = this.db.prepare(SQL.purge).pluck().all(tid, write.provider) as string[];
            result.purged = { users: [...new Set(oids)], entries: oids.length };
          }
        }
        let head = this.db.prepare(SQL.auditHead).get(tid) as { seq: number; hash: string } | undefined;
        for (const draft of audit) {
          const row: AuditRow = chainEntry(tid, head && { seq: Number(head.seq), hash: head.hash }, withPurge(draft, result));
          this.db.prepare(SQL.auditInsert).run(...auditParams(row));
          head = row;
        }
        return result;
      })
      .immediate();
  }

  async recordPerson(tid: string, p: Person): Promise<void> {
    this.db.prepare(SQL.putPerson).run(tid, p.oid, p.name, p.username ?? null, p.groupsOverage ? 1 : 0, p.lastSeenAt);
  }

  async people(tid: string, query: string | undefined, limit: number): Promise<Person[]> {
    const rows = query
      ? this.db.prepare(SQL.peopleMatching).all(tid, containsPattern(query), containsPattern(query), query.toLowerCase(), limit)
      : this.db.prepare(SQL.people).all(tid, limit);
    return (rows as RawPerson[]).map(toPerson);
  }

  async countGroupsOverage(tid: string): Promise<number> {
    return Number((this.db.prepare(SQL.overage).get(tid) as { n: number }).n);
  }

  async connectedUsers(tid: string): Promise<Record<string, number>> {
    const rows = this.db.prepare(SQL.connected).all(tid) as Array<{ provider: string; n: number }>;
    return Object.fromEntries(rows.map((r) => [r.provider, Number(r.n)]));
  }

  async consents(tid: string): Promise<ConsentRecord[]> {
    return (this.db.prepare(SQL.consents).all(tid) as RawConsent[]).map(toConsent);
  }

  async auditPage(tid: string, limit: number, beforeSeq?: number): Promise<AuditRow[]> {
    const rows = beforeSeq === undefined ? this.db.prepare(SQL.auditPage).all(tid, limit) : this.db.prepare(SQL.auditPageBefore).all(tid, beforeSeq, limit);
    return (rows as RawAudit[]).map(toAuditRow);
  }

  async auditChain(tid: string): Promise<AuditRow[]> {
    return (this.db.prepare(SQL.auditChain).all(tid) as RawAudit[]).map(toAuditRow);
  }
}
