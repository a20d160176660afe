import { ADMIN_MIGRATIONS } from './admin-migrations';

/**
 * Schema history, applied in order and recorded in schema_migrations. Append only: a shipped
 * migration is never edited. Written in the SQL both SQLite and PostgreSQL accept.
 */
export const MIGRATIONS: ReadonlyArray<{ id: number; name: string; sql: string }> = [
  {
    id: 1,
    name: 'users',
    sql: `
      CREATE TABLE users (
        tid TEXT NOT NULL,
        oid TEXT NOT NULL,
        first_seen_at BIGINT NOT NULL,
        last_seen_at BIGINT NOT NULL,
        PRIMARY KEY (tid, oid)
      );`,
  },
  {
    id: 2,
    name: 'vault',
    sql: `
      CREATE TABLE vault_entries (
        tid TEXT NOT NULL,
        oid TEXT NOT NULL,
        provider TEXT NOT NULL,
        key_id TEXT NOT NULL,
        version BIGINT NOT NULL,
        master_kid TEXT NOT NULL,
        nonce BYTEA NOT NULL,
        ciphertext BYTEA NOT NULL,
        status TEXT NOT NULL,
        refresh_lease_until BIGINT,
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL,
        PRIMARY KEY (tid, oid, provider, key_id)
      );
      CREATE TABLE oauth_states (
        nonce TEXT PRIMARY KEY,
        expires_at BIGINT NOT NULL
      );`,
  },
  {
    id: 3,
    name: 'graph',
    // Opaque ids and keyed hashes only (src/server/graph/): never a title, address or body.
    sql: `
      CREATE TABLE graph_items (
        tid TEXT NOT NULL,
        oid TEXT NOT NULL,
        item_id TEXT NOT NULL,
        series_key TEXT,
        last_at BIGINT NOT NULL,
        PRIMARY KEY (tid, oid, item_id)
      );
      CREATE INDEX graph_items_series ON graph_items (tid, oid, series_key);
      CREATE INDEX graph_items_last ON graph_items (last_at);
      CREATE TABLE graph_edges (
        tid TEXT NOT NULL,
        oid TEXT NOT NULL,
        kind TEXT NOT NULL,
        target TEXT NOT NULL,
        count BIGINT NOT NULL,
        first_at BIGINT NOT NULL,
        last_at BIGINT NOT NULL,
        PRIMARY KEY (tid, oid, kind, target)
      );
      CREATE INDEX graph_edges_user_last ON graph_edges (tid, oid, last_at);
      CREATE INDEX graph_edges_last ON graph_edges (last_at);`,
  },
  {
    id: 4,
    name: 'disconnect choices',
    // "Disconnect" remembered per user, provider and scope (a device key id, or '*'): no secret.
    sql: `
      CREATE TABLE connection_holds (
        tid TEXT NOT NULL,
        oid TEXT NOT NULL,
        provider TEXT NOT NULL,
        scope TEXT NOT NULL,
        held_at BIGINT NOT NULL,
        PRIMARY KEY (tid, oid, provider, scope)
      );`,
  },
  ...ADMIN_MIGRATIONS,
];
