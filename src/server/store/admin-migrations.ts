/**
 * The admin console's tables (issue 10), in their own id range so they merge cleanly with the
 * core history. Append only; SQL both SQLite and PostgreSQL accept. JSON lists are TEXT.
 */
export const ADMIN_MIGRATIONS: ReadonlyArray<{ id: number; name: string; sql: string }> = [
  {
    id: 101,
    name: 'admin console',
    sql: `
      CREATE TABLE integration_settings (
        tid TEXT NOT NULL,
        provider TEXT NOT NULL,
        enabled INTEGER NOT NULL,
        access_mode TEXT NOT NULL,
        access_audiences TEXT NOT NULL,
        access_users TEXT NOT NULL,
        PRIMARY KEY (tid, provider)
      );
      CREATE TABLE audiences (
        tid TEXT NOT NULL,
        id TEXT NOT NULL,
        name TEXT NOT NULL,
        users TEXT NOT NULL,
        groups_list TEXT NOT NULL,
        roles TEXT NOT NULL,
        PRIMARY KEY (tid, id)
      );
      CREATE TABLE people (
        tid TEXT NOT NULL,
        oid TEXT NOT NULL,
        name TEXT NOT NULL,
        username TEXT,
        groups_overage INTEGER NOT NULL,
        last_seen_at BIGINT NOT NULL,
        PRIMARY KEY (tid, oid)
      );
      CREATE TABLE admin_consents (
        tid TEXT NOT NULL,
        provider TEXT NOT NULL,
        status TEXT NOT NULL,
        at BIGINT NOT NULL,
        actor_oid TEXT NOT NULL,
        actor_name TEXT NOT NULL,
        PRIMARY KEY (tid, provider)
      );
      CREATE TABLE audit_log (
        tid TEXT NOT NULL,
        seq BIGINT NOT NULL,
        id TEXT NOT NULL,
        at BIGINT NOT NULL,
        actor_oid TEXT NOT NULL,
        actor_name TEXT NOT NULL,
        action TEXT NOT NULL,
        target_type TEXT NOT NULL,
        target_id TEXT NOT NULL,
        before_json TEXT,
        after_json TEXT,
        request_id TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        PRIMARY KEY (tid, seq)
      );`,
  },
];
