import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REPO = join(__dirname, '..', '..', '..');
const scripts = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** Runs the server entry point from source (what `node dist/server/index.js` runs once built). */
function server(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'src', 'server', 'index.ts')], {
    cwd: REPO,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, exited, out: () => out, err: () => err };
}

async function until<T>(probe: () => Promise<T | undefined> | T | undefined, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

it('npm run start:prod runs the built server in production, without building', () => {
  expect(scripts['start:prod']).toBe('NODE_ENV=production node dist/server/index.js');
  expect(scripts['start:prod']).not.toMatch(/build|tsc|webpack|tsx/);
  // tsconfig.server.json compiles src/ into dist/, so src/server/index.ts is dist/server/index.js.
  const tsconfig = JSON.parse(readFileSync(join(REPO, 'tsconfig.server.json'), 'utf8')) as { compilerOptions: { rootDir: string; outDir: string } };
  expect(tsconfig.compilerOptions).toMatchObject({ rootDir: 'src', outDir: 'dist' });
});

it('refuses to start in production without a real app registration (no demo mode)', async () => {
  const run = server({ NODE_ENV: 'production' });
  expect(await run.exited).toBe(78);
  expect(run.err()).toContain('AUTH_MODE=demo is refused when NODE_ENV=production');
}, 30_000);

it('on SIGTERM answers /readyz with 503 while draining, then exits 0', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'upnext-prod-'));
  const run = server({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'info', DATA_DIR: dataDir, SHUTDOWN_DRAIN_SECONDS: '1' });
  try {
    const port = await until(() => /"port":(\d+)[^\n]*Upnext is listening/.exec(run.out())?.[1], 25_000);
    const url = `http://127.0.0.1:${port}`;
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    run.child.kill('SIGTERM');
    const draining = await until(async () => {
      const res = await fetch(`${url}/readyz`);
      return res.status === 503 ? ((await res.json()) as { status: string }) : undefined;
    }, 5_000);
    expect(draining).toEqual({ status: 'draining' });
    expect(await run.exited).toBe(0);
    expect(run.out()).toContain('draining: readiness now answers 503');
    expect(run.out()).toContain('"msg":"stopped"');
  } finally {
    run.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 40_000);
