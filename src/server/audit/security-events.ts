import type { Logger } from 'pino';
import type { ProviderId } from '../../shared/api';

/**
 * A person's own security events (connect, disconnect, a voided grant, a re-encryption, a
 * refused consent answer), one structured log line each, so an operator can answer "what happened
 * to Dana's connection" from the logs. Each line is built here from named fields only, so no
 * token, code, state or user key can ride along.
 */
export type SecurityEvent =
  | { event: 'connection.connected'; provider: ProviderId; via: 'on_behalf_of' | 'consent' }
  | { event: 'connection.disconnected'; provider: ProviderId; removed: boolean }
  | { event: 'grant.voided'; provider: ProviderId; reason: string }
  | { event: 'vault.reencrypted'; provider: ProviderId; fromMasterKey: string; toMasterKey: string }
  | { event: 'consent.refused'; provider: ProviderId; reason: string };

/** Who the event concerns, and the request it happened in. */
export interface SecuritySubject {
  tid: string;
  oid: string;
  requestId?: string;
  /** The vault entry's device key id (a hash of the user key, never the key): which device. */
  keyId?: string;
}

export interface SecurityLog {
  record(subject: SecuritySubject, event: SecurityEvent): void;
}

// Reasons are our own codes or the authority's OAuth error codes: short identifiers, nothing else.
const REASON = /^[a-z][a-z0-9_.]{0,63}$/;

export function createSecurityLog(logger: Logger): SecurityLog {
  const log = logger.child({ log: 'security' });
  return {
    record(subject, e) {
      const line: Record<string, unknown> = {
        event: e.event,
        provider: e.provider,
        tid: subject.tid,
        oid: subject.oid,
        reqId: subject.requestId ?? 'none',
      };
      if (subject.keyId) line.device = subject.keyId.slice(0, 16);
      switch (e.event) {
        case 'connection.connected':
          line.via = e.via;
          break;
        case 'connection.disconnected':
          line.removed = e.removed;
          break;
        case 'grant.voided':
        case 'consent.refused':
          line.reason = REASON.test(e.reason) ? e.reason : 'other';
          break;
        case 'vault.reencrypted':
          line.fromMasterKey = e.fromMasterKey;
          line.toMasterKey = e.toMasterKey;
          break;
      }
      log.info(line, `security: ${e.event}`);
    },
  };
}

/** For parts built without a logger (unit tests of other concerns). */
export const silentSecurityLog: SecurityLog = { record() {} };
