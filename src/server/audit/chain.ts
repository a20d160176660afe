import { createHash, randomUUID } from 'node:crypto';
import type { AuditDraft, AuditRow } from '../store/admin-store';

/** The `prev_hash` of a tenant's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** The stored text of before/after; the hash covers exactly this text. */
export function auditJson(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value);
}

/** SHA-256 over every stored field of the entry and the hash of the one before it. */
export function auditHash(row: Omit<AuditRow, 'hash'>): string {
  const fields = [
    row.tid, row.seq, row.id, row.at, row.actor.oid, row.actor.name, row.action, row.target.type, row.target.id,
    auditJson(row.before), auditJson(row.after), row.requestId, row.prevHash,
  ];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

/** The next entry of a tenant's chain, after `previous` (none: the first). */
export function chainEntry(tid: string, previous: { seq: number; hash: string } | undefined, draft: AuditDraft): AuditRow {
  const unsigned = { ...draft, tid, seq: (previous?.seq ?? 0) + 1, id: randomUUID(), prevHash: previous?.hash ?? GENESIS_HASH };
  return { ...unsigned, hash: auditHash(unsigned) };
}

export type ChainVerdict = { ok: true; entries: number } | { ok: false; entries: number; brokenAt: number };

/**
 * Checks a tenant's entries, oldest first: numbered without gaps from 1, each hash matching its
 * content, each linked to the hash before. An edited, removed or inserted entry breaks it.
 */
export function verifyChain(rows: readonly AuditRow[]): ChainVerdict {
  let previousHash = GENESIS_HASH;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const { hash, ...unsigned } = row;
    if (row.seq !== i + 1 || row.prevHash !== previousHash || auditHash(unsigned) !== hash) {
      return { ok: false, entries: rows.length, brokenAt: row.seq };
    }
    previousHash = hash;
  }
  return { ok: true, entries: rows.length };
}
