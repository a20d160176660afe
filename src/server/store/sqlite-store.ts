import Database from 'better-sqlite3';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { MIGRATIONS } from './migrations';
import { SqliteAdminStore } from './sqlite-admin-store';
import { SqliteVaultStore } from './sqlite-vault-store';
import type { AdminStore } from './admin-store';
import type { Store, VaultStore } from './store';
import type { GraphStore } from '../graph/graph-store';
import { SqliteGraphStore } from '../graph/sqlite-graph-store';

/** The default store: one SQLite file, WAL mode so several processes can share it. */
export class SqliteStore implements Store {
  readonly db: Database.Database;
  readonly vault: VaultStore;
  readonly graph: GraphStore;
  readonly admin: AdminStore;

  constructor(path: string) {
    if (path !== ':memory:') {
      mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
      // Owner-only from the first byte (SQLite gives its -wal and -shm files the same mode).
      closeSync(openSync(path, 'a', 0o600));
    }
    this.db = new Database(path);
    // Wait for a peer's lock rather than fail: several servers may open one new file together.
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.migrate();
    this.vault = new SqliteVaultStore(this.db);
    this.graph = new SqliteGraphStore(this.db);
    this.admin = new SqliteAdminStore(this.db);
  }

  /** One write transaction reads what is applied and applies the rest, so two servers starting together never both migrate. */
  private migrate(): void {
    this.db.transaction(() => {
      this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)');
      const applied = new Set(this.db.prepare('SELECT id FROM schema_migrations').pluck().all() as number[]);
      const record = this.db.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)');
      for (const m of MIGRATIONS) {
        if (applied.has(m.id)) continue;
        this.db.exec(m.sql);
        record.run(m.id, m.name, Date.now());
      }
    }).immediate();
  }

  async touchUser(tid: string, oid: string, at: number): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO users (tid, oid, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (tid, oid) DO UPDATE SET last_seen_at = excluded.last_seen_at`,
      )
      .run(tid, oid, at, at);
  }

  async consumeOAuthState(nonce: string, expiresAt: number, now: number): Promise<boolean> {
    this.db.prepare('DELETE FROM oauth_states WHERE expires_at < ?').run(now);
    return this.db.prepare('INSERT INTO oauth_states (nonce, expires_at) VALUES (?, ?) ON CONFLICT DO NOTHING').run(nonce, expiresAt).changes === 1;
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
