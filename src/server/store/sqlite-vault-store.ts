import type Database from 'better-sqlite3';
import type { DisconnectChoice, VaultEntryKey, VaultRow, VaultStore, VaultWrite } from './store';
import { toVaultRow, type RawVaultRow } from './vault-row';

const PK = 'tid = @tid AND oid = @oid AND provider = @provider AND key_id = @keyId';

/** Vault rows in SQLite. Every write that races another is a compare-and-swap on `version`. */
export class SqliteVaultStore implements VaultStore {
  constructor(private readonly db: Database.Database) {}

  async get(key: VaultEntryKey): Promise<VaultRow | undefined> {
    const raw = this.db.prepare(`SELECT * FROM vault_entries WHERE ${PK}`).get(key) as RawVaultRow | undefined;
    return raw && toVaultRow(raw);
  }

  async countOthers(key: VaultEntryKey): Promise<number> {
    return this.db
      .prepare('SELECT COUNT(*) FROM vault_entries WHERE tid = @tid AND oid = @oid AND provider = @provider AND key_id <> @keyId')
      .pluck()
      .get(key) as number;
  }

  async put(key: VaultEntryKey, write: VaultWrite, now: number): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO vault_entries (tid, oid, provider, key_id, version, master_kid, nonce, ciphertext, status, refresh_lease_until, created_at, updated_at)
         VALUES (@tid, @oid, @provider, @keyId, 1, @masterKid, @nonce, @ciphertext, @status, NULL, @now, @now)
         ON CONFLICT (tid, oid, provider, key_id) DO UPDATE SET
           version = vault_entries.version + 1, master_kid = excluded.master_kid, nonce = excluded.nonce,
           ciphertext = excluded.ciphertext, status = excluded.status, refresh_lease_until = NULL, updated_at = excluded.updated_at`,
      )
      .run({ ...key, ...write, now });
  }

  async compareAndSwap(key: VaultEntryKey, expectedVersion: number, write: VaultWrite, now: number, options: { unlessLeased?: boolean } = {}): Promise<boolean> {
    const result = this.db
      .prepare(
        `UPDATE vault_entries SET version = version + 1, master_kid = @masterKid, nonce = @nonce, ciphertext = @ciphertext,
           status = @status, refresh_lease_until = NULL, updated_at = @now
         WHERE ${PK} AND version = @expectedVersion${options.unlessLeased ? ' AND (refresh_lease_until IS NULL OR refresh_lease_until < @now)' : ''}`,
      )
      .run({ ...key, ...write, now, expectedVersion });
    return result.changes === 1;
  }

  async acquireRefreshLease(key: VaultEntryKey, version: number, until: number, now: number): Promise<boolean> {
    const result = this.db
      .prepare(
        `UPDATE vault_entries SET refresh_lease_until = @until
         WHERE ${PK} AND version = @version AND (refresh_lease_until IS NULL OR refresh_lease_until < @now)`,
      )
      .run({ ...key, version, until, now });
    return result.changes === 1;
  }

  async releaseRefreshLease(key: VaultEntryKey): Promise<void> {
    this.db.prepare(`UPDATE vault_entries SET refresh_lease_until = NULL WHERE ${PK}`).run(key);
  }

  async deleteAll(tid: string, oid: string, provider: string): Promise<number> {
    return this.db.prepare('DELETE FROM vault_entries WHERE tid = ? AND oid = ? AND provider = ?').run(tid, oid, provider).changes;
  }

  async deleteOne(key: VaultEntryKey): Promise<number> {
    return this.db.prepare(`DELETE FROM vault_entries WHERE ${PK}`).run(key).changes;
  }

  async holdDisconnected(choice: DisconnectChoice): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO connection_holds (tid, oid, provider, scope, held_at) VALUES (@tid, @oid, @provider, @scope, @at)
         ON CONFLICT (tid, oid, provider, scope) DO UPDATE SET held_at = excluded.held_at`,
      )
      .run(choice);
  }

  async isDisconnectHeld(key: VaultEntryKey): Promise<boolean> {
    const row = this.db
      .prepare(`SELECT 1 FROM connection_holds WHERE tid = @tid AND oid = @oid AND provider = @provider AND scope IN ('*', @keyId) LIMIT 1`)
      .get(key);
    return row !== undefined;
  }

  async releaseDisconnect(key: VaultEntryKey): Promise<void> {
    this.db.prepare(`DELETE FROM connection_holds WHERE tid = @tid AND oid = @oid AND provider = @provider AND scope IN ('*', @keyId)`).run(key);
  }
}
