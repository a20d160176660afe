import { MIGRATIONS } from '../../../src/server/store/migrations';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SqliteStore } from '../../../src/server/store/sqlite-store';

const run = promisify(execFile);
const child = join(__dirname, 'fixtures/open-sqlite-at.ts');

describe('the SQLite file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'upnext-sqlite-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is created owner-only (0600), its WAL too', async () => {
    const path = join(dir, 'upnext.db');
    const store = new SqliteStore(path);
    await store.touchUser('t', 'o', 1);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(`${path}-wal`).mode & 0o777).toBe(0o600);
    await store.close();
  });

  it('several servers starting together on one new file all start (one of them migrates)', async () => {
    const path = join(dir, 'shared.db');
    mkdirSync(join(dir, 'ready'));
    const tsx = join(__dirname, '../../../node_modules/.bin/tsx');
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => run(tsx, [child, path, '6'], { timeout: 30_000 })));
    const failures = results.flatMap((r) => (r.status === 'rejected' ? [String((r.reason as { stderr?: string }).stderr ?? r.reason).split('\n').find((l) => /Error/.test(l))] : []));
    expect(failures).toEqual([]);
    const store = new SqliteStore(path);
    expect(store.db.prepare('SELECT COUNT(*) FROM schema_migrations').pluck().get()).toBe(MIGRATIONS.length);
    await store.close();
  }, 40_000);
});
