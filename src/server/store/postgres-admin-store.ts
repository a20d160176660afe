import type { Pool, PoolClient } from 'pg';
import type { Audience } from '../../shared/api';
import { chainEntry } from '../audit/chain';
import type { AdminChangeResult, AdminStore, AdminWrite, AuditDraft, AuditRow, ConsentRecord, IntegrationSetting, Person } from './admin-store';
import {
  auditParams, audienceParams, consentParams, containsPattern, settingParams, toAudience, toAuditRow, toConsent, toPerson, toSetting, withPurge,
  type RawAudience, type RawAudit, type RawConsent, type RawPerson, type RawSetting,
} from './admin-rows';
import { numbered, SQL } from './admin-sql';

const Q = Object.fromEntries(Object.entries(SQL).map(([name, sql]) => [name, numbered(sql)])) as Record<keyof typeof SQL, string>;

/**
 * The admin store on PostgreSQL. `apply` is one transaction holding a per-tenant advisory lock,
 * so two servers appending at once still make one chain (and `(tid, seq)` refuses a fork).
 */
export class PostgresAdminStore implements AdminStore {
  constructor(private readonly pool: Pool) {}

  async integrationSettings(tid: string): Promise<IntegrationSetting[]> {
    return (await this.pool.query<RawSetting>(Q.settings, [tid])).rows.map(toSetting);
  }

  async audiences(tid: string): Promise<Audience[]> {
    return (await this.pool.query<RawAudience>(Q.audiences, [tid])).rows.map(toAudience);
  }

  async apply(tid: string, writes: AdminWrite[], audit: AuditDraft[]): Promise<AdminChangeResult> {
    return this.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`upnext-admin:${tid}`]);
      const result: AdminChangeResult = {};
      for (const write of writes) {
        if (write.kind === 'integration') await client.query(Q.putSetting, settingParams(tid, write.setting));
        else if (write.kind === 'audience') await client.query(Q.putAudience, audienceParams(tid, write.audience));
        else if (write.kind === 'delete_audience') await client.query(Q.deleteAudience, [tid, write.id]);
        else if (write.kind === 'consent') await client.query(Q.putConsent, consentParams(tid, write.record));
        else {
          const oids = (await client.query<{ oid: string }>(Q.purge, [tid, write.provider])).rows.map((r) => r.oid);
          result.purged = { users: [...new Set(oids)], entries: oids.length };
        }
      }
      const found = (await client.query<{ seq: string; hash: string }>(Q.auditHead, [tid])).rows[0];
      let head: { seq: number; hash: string } | undefined = found && { seq: Number(found.seq), hash: found.hash };
      for (const draft of audit) {
        const row: AuditRow = chainEntry(tid, head, withPurge(draft, result));
        await client.query(Q.auditInsert, auditParams(row));
        head = row;
      }
      return result;
    });
  }

  async recordPerson(tid: string, p: Person): Promise<void> {
    await this.pool.query(Q.putPerson, [tid, p.oid, p.name, p.username ?? null, p.groupsOverage ? 1 : 0, p.lastSeenAt]);
  }

  async people(tid: string, query: string | undefined, limit: number): Promise<Person[]> {
    const result = query
      ? await this.pool.query<RawPerson>(Q.peopleMatching, [tid, containsPattern(query), containsPattern(query), query.toLowerCase(), limit])
      : await this.pool.query<RawPerson>(Q.people, [tid, limit]);
    return result.rows.map(toPerson);
  }

  async countGroupsOverage(tid: string): Promise<number> {
    return Number((await this.pool.query<{ n: string }>(Q.overage, [tid])).rows[0]!.n);
  }

  async connectedUsers(tid: string): Promise<Record<string, number>> {
    const rows = (await this.pool.query<{ provider: string; n: string }>(Q.connected, [tid])).rows;
    return Object.fromEntries(rows.map((r) => [r.provider, Number(r.n)]));
  }

  async consents(tid: string): Promise<ConsentRecord[]> {
    return (await this.pool.query<RawConsent>(Q.consents, [tid])).rows.map(toConsent);
  }

  async auditPage(tid: string, limit: number, beforeSeq?: number): Promise<AuditRow[]> {
    const result =
      beforeSeq === undefined
        ? await this.pool.query<RawAudit>(Q.auditPage, [tid, limit])
        : await this.pool.query<RawAudit>(Q.auditPageBefore, [tid, beforeSeq, limit]);
    return result.rows.map(toAuditRow);
  }

  async auditChain(tid: string): Promise<AuditRow[]> {
    return (await this.pool.query<RawAudit>(Q.auditChain, [tid])).rows.map(toAuditRow);
  }

  private async transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }
}
