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
];
