import { Writable } from 'node:stream';
import pino from 'pino';
import { createSecurityLog, type SecurityEvent } from '../../../src/server/audit/security-events';

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      for (const l of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(l) as Record<string, unknown>);
      cb();
    },
  });
  return { lines, log: createSecurityLog(pino({ level: 'info' }, sink)) };
}

const dana = { tid: '11111111-1111-4111-8111-111111111111', oid: '22222222-2222-4222-8222-222222222222', requestId: 'req-12345678', keyId: 'a'.repeat(64) };
const pick = (l: Record<string, unknown>) => {
  const { time: _t, pid: _p, hostname: _h, level: _l, ...rest } = l;
  return rest;
};

it('writes one structured line per event with who, which device and the request id', () => {
  const { lines, log } = capture();
  log.record(dana, { event: 'connection.connected', provider: 'outlook-calendar', via: 'on_behalf_of' });
  log.record(dana, { event: 'grant.voided', provider: 'outlook-calendar', reason: 'invalid_grant' });
  log.record(dana, { event: 'vault.reencrypted', provider: 'outlook-calendar', fromMasterKey: 'k1', toMasterKey: 'k2' });
  log.record({ tid: dana.tid, oid: dana.oid }, { event: 'connection.disconnected', provider: 'outlook-calendar', removed: true });
  expect(lines.map(pick)).toEqual([
    { log: 'security', event: 'connection.connected', provider: 'outlook-calendar', tid: dana.tid, oid: dana.oid, reqId: 'req-12345678', device: 'a'.repeat(16), via: 'on_behalf_of', msg: 'security: connection.connected' },
    { log: 'security', event: 'grant.voided', provider: 'outlook-calendar', tid: dana.tid, oid: dana.oid, reqId: 'req-12345678', device: 'a'.repeat(16), reason: 'invalid_grant', msg: 'security: grant.voided' },
    { log: 'security', event: 'vault.reencrypted', provider: 'outlook-calendar', tid: dana.tid, oid: dana.oid, reqId: 'req-12345678', device: 'a'.repeat(16), fromMasterKey: 'k1', toMasterKey: 'k2', msg: 'security: vault.reencrypted' },
    { log: 'security', event: 'connection.disconnected', provider: 'outlook-calendar', tid: dana.tid, oid: dana.oid, reqId: 'none', removed: true, msg: 'security: connection.disconnected' },
  ]);
});

it('carries only the named fields: a secret smuggled into an event or a reason never reaches the line', () => {
  const { lines, log } = capture();
  const smuggled = { event: 'consent.refused', provider: 'google-calendar', reason: 'code=4/0AX-secret', code: '4/0AX-secret', refreshToken: 'rt-secret' } as unknown as SecurityEvent;
  log.record({ ...dana, userKey: 'user-key-secret' } as typeof dana, smuggled);
  const text = JSON.stringify(lines);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatchObject({ event: 'consent.refused', reason: 'other' });
  for (const secret of ['4/0AX-secret', 'rt-secret', 'user-key-secret']) expect(text).not.toContain(secret);
});
