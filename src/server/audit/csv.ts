import type { AuditEntry } from '../../shared/api';

const COLUMNS = ['at', 'actor_oid', 'actor_name', 'action', 'target_type', 'target_id', 'before', 'after', 'request_id', 'id'] as const;

/**
 * One CSV cell (RFC 4180 quoting). A cell a spreadsheet would run as a formula (= + - @, tab, CR)
 * gets a leading apostrophe: names and audience names are typed by people.
 */
function cell(value: unknown): string {
  let text = value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The audit log as CSV, newest first, with a header row. */
export function auditCsv(entries: readonly AuditEntry[]): string {
  const lines = [COLUMNS.join(',')];
  for (const e of entries) {
    lines.push([e.at, e.actor.oid, e.actor.name, e.action, e.target.type, e.target.id, e.before, e.after, e.requestId, e.id].map(cell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
