import { Pool, type PoolClient } from 'pg';
import { MIGRATIONS } from './migrations';
import { PostgresAdminStore } from './postgres-admin-store';
import { PostgresVaultStore } from './postgres-vault-store';
import type { AdminStore } from './admin-store';
import type { Store, VaultStore } from './store';
import type { GraphStore } from '../graph/graph-store';
import { PostgresGraphStore } from '../graph/postgres-graph-store';

/** An arbitrary constant: the advisory lock that serialises migrations across servers. */
const MIGRATION_LOCK = 72_817_001;

/** The store on PostgreSQL (DATABASE_URL=postgres://…), for several servers sharing one database. */
export class PostgresStore implements Store {
  readonly vault: VaultStore;
  readonly graph: GraphStore;
  readonly admin: AdminStore;

  private constructor(private readonly pool: Pool) {
    this.vault = new PostgresVaultStore(pool);
    this.graph = new PostgresGraphStore(pool);
    this.admin = new PostgresAdminStore(pool);
  }

  static async open(connectionString: string, options: { max?: number } = {}): Promise<PostgresStore> {
    const pool = new Pool({ connectionString, max: options.max ?? 10, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000 });
    // An idle client's network error must not crash the process; the next query reports it.
    pool.on('error', () => undefined);
    const store = new PostgresStore(pool);
    try {
      await store.migrate();
    } catch (err) {
      await pool.end();
      throw err;
    }
    return store;
  }

  private async migrate(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)');
      const applied = new Set((await client.query<{ id: number }>('SELECT id FROM schema_migrations')).rows.map((r) => r.id));
      for (const m of MIGRATIONS) {
        if (applied.has(m.id)) continue;
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (id, name, applied_at) VALUES ($1, $2, $3)', [m.id, m.name, Date.now()]);
      }
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async touchUser(tid: string, oid: string, at: number): Promise<void> {
    await this.pool.query(
      `INSERT INTO users (tid, oid, first_seen_at, last_seen_at) VALUES ($1, $2, $3, $3)
       ON CONFLICT (tid, oid) DO UPDATE SET last_seen_at = excluded.last_seen_at`,
      [tid, oid, at],
    );
  }

  async consumeOAuthState(nonce: string, expiresAt: number, now: number): Promise<boolean> {
    await this.pool.query('DELETE FROM oauth_states WHERE expires_at < $1', [now]);
    const result = await this.pool.query('INSERT INTO oauth_states (nonce, expires_at) VALUES ($1, $2) ON CONFLICT DO NOTHING', [nonce, expiresAt]);
    return result.rowCount === 1;
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  /** For tests: a raw client, to look at what is stored. */
  connect(): Promise<PoolClient> {
    return this.pool.connect();
  }
}
