import { chainEntry, GENESIS_HASH, verifyChain } from '../../../src/server/audit/chain';
import type { AuditRow } from '../../../src/server/store/admin-store';

const draft = (n: number) => ({ at: n, actor: { oid: 'a', name: 'A' }, action: 'audience.updated', target: { type: 'audience', id: 'x' }, after: { n }, requestId: `r${n}` });

function chain(length: number): AuditRow[] {
  const rows: AuditRow[] = [];
  for (let n = 1; n <= length; n++) rows.push(chainEntry('t', rows[rows.length - 1], draft(n)));
  return rows;
}

describe('audit hash chain', () => {
  it('starts at the genesis hash and links each entry to the one before', () => {
    const rows = chain(3);
    expect(rows[0]!.prevHash).toBe(GENESIS_HASH);
    expect(rows[2]!.prevHash).toBe(rows[1]!.hash);
    expect(verifyChain(rows)).toEqual({ ok: true, entries: 3 });
  });

  it.each([
    ['an edited field', (rows: AuditRow[]) => ((rows[1]!.after as { n: number }).n = 99), 2],
    ['an edited actor', (rows: AuditRow[]) => (rows[0]!.actor = { oid: 'b', name: 'B' }), 1],
    ['a removed entry', (rows: AuditRow[]) => rows.splice(1, 1), 3],
    ['a removed last entry renumbered', (rows: AuditRow[]) => rows.splice(0, 1), 2],
    ['a rehashed edit', (rows: AuditRow[]) => { rows[1] = chainEntry('t', rows[0], draft(42)); }, 3],
  ])('shows %s', (_what, tamper, brokenAt) => {
    const rows = chain(4);
    tamper(rows);
    expect(verifyChain(rows)).toMatchObject({ ok: false, brokenAt });
  });
});
