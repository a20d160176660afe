import type { Pool } from 'pg';
import type { DisconnectChoice, VaultEntryKey, VaultRow, VaultStore, VaultWrite } from './store';
import { toVaultRow, type RawVaultRow } from './vault-row';

const PK = 'tid = $1 AND oid = $2 AND provider = $3 AND key_id = $4';

const pk = (k: VaultEntryKey) => [k.tid, k.oid, k.provider, k.keyId];

/** Vault rows in PostgreSQL; the same compare-and-swap and lease rules as SQLite, in single statements. */
export class PostgresVaultStore implements VaultStore {
  constructor(private readonly pool: Pool) {}

  async get(key: VaultEntryKey): Promise<VaultRow | undefined> {
    const raw = (await this.pool.query<RawVaultRow>(`SELECT * FROM vault_entries WHERE ${PK}`, pk(key))).rows[0];
    return raw && toVaultRow(raw);
  }

  async countOthers(key: VaultEntryKey): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>(
      'SELECT COUNT(*) AS n FROM vault_entries WHERE tid = $1 AND oid = $2 AND provider = $3 AND key_id <> $4',
      pk(key),
    );
    return Number(rows[0]!.n);
  }

  async put(key: VaultEntryKey, write: VaultWrite, now: number): Promise<void> {
    await this.pool.query(
      `INSERT INTO vault_entries (tid, oid, provider, key_id, version, master_kid, nonce, ciphertext, status, refresh_lease_until, created_at, updated_at)
       VALUES ($1, $2, $3, $4, 1, $5, $6, $7, $8, NULL, $9, $9)
       ON CONFLICT (tid, oid, provider, key_id) DO UPDATE SET
         version = vault_entries.version + 1, master_kid = excluded.master_kid, nonce = excluded.nonce,
         ciphertext = excluded.ciphertext, status = excluded.status, refresh_lease_until = NULL, updated_at = excluded.updated_at`,
      [...pk(key), write.masterKid, write.nonce, write.ciphertext, write.status, now],
    );
  }

  async compareAndSwap(key: VaultEntryKey, expectedVersion: number, write: VaultWrite, now: number, options: { unlessLeased?: boolean } = {}): Promise<boolean> {
    const result = await this.pool.query(
      `UPDATE vault_entries SET version = version + 1, master_kid = $5, nonce = $6, ciphertext = $7, status = $8,
         refresh_lease_until = NULL, updated_at = $9
       WHERE ${PK} AND version = $10${options.unlessLeased ? ' AND (refresh_lease_until IS NULL OR refresh_lease_until < $9)' : ''}`,
      [...pk(key), write.masterKid, write.nonce, write.ciphertext, write.status, now, expectedVersion],
    );
    return result.rowCount === 1;
  }

  async acquireRefreshLease(key: VaultEntryKey, version: number, until: number, now: number): Promise<boolean> {
    const result = await this.pool.query(
      `UPDATE vault_entries SET refresh_lease_until = $5
       WHERE ${PK} AND version = $6 AND (refresh_lease_until IS NULL OR refresh_lease_until < $7)`,
      [...pk(key), until, version, now],
    );
    return result.rowCount === 1;
  }

  async releaseRefreshLease(key: VaultEntryKey): Promise<void> {
    await this.pool.query(`UPDATE vault_entries SET refresh_lease_until = NULL WHERE ${PK}`, pk(key));
  }

  async deleteAll(tid: string, oid: string, provider: string): Promise<number> {
    return (await this.pool.query('DELETE FROM vault_entries WHERE tid = $1 AND oid = $2 AND provider = $3', [tid, oid, provider])).rowCount ?? 0;
  }

  async deleteOne(key: VaultEntryKey): Promise<number> {
    return (await this.pool.query(`DELETE FROM vault_entries WHERE ${PK}`, pk(key))).rowCount ?? 0;
  }

  async holdDisconnected(choice: DisconnectChoice): Promise<void> {
    await this.pool.query(
      `INSERT INTO connection_holds (tid, oid, provider, scope, held_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (tid, oid, provider, scope) DO UPDATE SET held_at = excluded.held_at`,
      [choice.tid, choice.oid, choice.provider, choice.scope, choice.at],
    );
  }

  async isDisconnectHeld(key: VaultEntryKey): Promise<boolean> {
    const { rowCount } = await this.pool.query(`SELECT 1 FROM connection_holds WHERE tid = $1 AND oid = $2 AND provider = $3 AND scope IN ('*', $4) LIMIT 1`, pk(key));
    return (rowCount ?? 0) > 0;
  }

  async releaseDisconnect(key: VaultEntryKey): Promise<void> {
    await this.pool.query(`DELETE FROM connection_holds WHERE tid = $1 AND oid = $2 AND provider = $3 AND scope IN ('*', $4)`, pk(key));
  }
}
