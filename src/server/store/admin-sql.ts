/** The admin store's SQL, written once with `?` placeholders; PostgreSQL gets `$n` through `numbered`. */
import { AUDIT_COLUMNS } from './admin-rows';

export const SQL = {
  settings: 'SELECT provider, enabled, access_mode, access_audiences, access_users FROM integration_settings WHERE tid = ?',
  putSetting: `INSERT INTO integration_settings (tid, provider, enabled, access_mode, access_audiences, access_users) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (tid, provider) DO UPDATE SET enabled = excluded.enabled, access_mode = excluded.access_mode,
      access_audiences = excluded.access_audiences, access_users = excluded.access_users`,
  audiences: 'SELECT id, name, users, groups_list, roles FROM audiences WHERE tid = ? ORDER BY LOWER(name), id',
  putAudience: `INSERT INTO audiences (tid, id, name, users, groups_list, roles) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (tid, id) DO UPDATE SET name = excluded.name, users = excluded.users, groups_list = excluded.groups_list, roles = excluded.roles`,
  deleteAudience: 'DELETE FROM audiences WHERE tid = ? AND id = ?',
  putConsent: `INSERT INTO admin_consents (tid, provider, status, at, actor_oid, actor_name) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (tid, provider) DO UPDATE SET status = excluded.status, at = excluded.at, actor_oid = excluded.actor_oid, actor_name = excluded.actor_name`,
  consents: 'SELECT provider, status, at, actor_oid, actor_name FROM admin_consents WHERE tid = ?',
  purge: 'DELETE FROM vault_entries WHERE tid = ? AND provider = ? RETURNING oid',
  connected: "SELECT provider, COUNT(DISTINCT oid) AS n FROM vault_entries WHERE tid = ? AND status = 'active' GROUP BY provider",
  putPerson: `INSERT INTO people (tid, oid, name, username, groups_overage, last_seen_at) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (tid, oid) DO UPDATE SET name = excluded.name, username = excluded.username,
      groups_overage = excluded.groups_overage, last_seen_at = excluded.last_seen_at`,
  people: 'SELECT oid, name, username, groups_overage, last_seen_at FROM people WHERE tid = ? ORDER BY last_seen_at DESC, oid LIMIT ?',
  peopleMatching: `SELECT oid, name, username, groups_overage, last_seen_at FROM people
    WHERE tid = ? AND (LOWER(name) LIKE ? ESCAPE '\\' OR LOWER(COALESCE(username, '')) LIKE ? ESCAPE '\\' OR oid = ?)
    ORDER BY last_seen_at DESC, oid LIMIT ?`,
  overage: 'SELECT COUNT(*) AS n FROM people WHERE tid = ? AND groups_overage = 1',
  auditHead: 'SELECT seq, hash FROM audit_log WHERE tid = ? ORDER BY seq DESC LIMIT 1',
  auditInsert: `INSERT INTO audit_log (${AUDIT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  auditPage: `SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE tid = ? ORDER BY seq DESC LIMIT ?`,
  auditPageBefore: `SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE tid = ? AND seq < ? ORDER BY seq DESC LIMIT ?`,
  auditChain: `SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE tid = ? ORDER BY seq`,
} as const;

/** `?` → `$1, $2, …` for PostgreSQL (none of the statements has a `?` inside a literal). */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
