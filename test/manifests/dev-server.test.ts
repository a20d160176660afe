import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCertificates } from 'office-addin-dev-certs';
import { useMachineClock } from '../helpers/test-clock';
import { REPO } from './helpers';

// The certificate is judged by OpenSSL against the machine's clock: make it at the machine's time.
useMachineClock();

// `npm run dev` itself needs the development CA trusted by the OS (administrator rights), which a
// test cannot grant; so the certificates office-addin-dev-certs generates are passed with --cert/--key.
let dir: string;
let child: ChildProcess | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'upnext-dev-'));
  const log = jest.spyOn(console, 'log').mockImplementation(() => undefined); // the generator's progress line
  await generateCertificates(join(dir, 'ca.crt'), join(dir, 'localhost.crt'), join(dir, 'localhost.key'), 1, ['127.0.0.1', 'localhost']);
  log.mockRestore();
});

afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

function startDev(args: string[]): ChildProcess {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: dir, PORT: '0', DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'info' };
  return spawn(process.execPath, ['--import', 'tsx', 'scripts/dev.ts', ...args], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
}

function output(proc: ChildProcess): { text: () => string } {
  let text = '';
  proc.stdout!.on('data', (d: Buffer) => (text += d.toString()));
  proc.stderr!.on('data', (d: Buffer) => (text += d.toString()));
  return { text: () => text };
}

it('serves /healthz over https with the development certificate', async () => {
  child = startDev(['--cert', join(dir, 'localhost.crt'), '--key', join(dir, 'localhost.key'), '--host', '127.0.0.1']);
  const out = output(child);
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`dev server did not start:\n${out.text()}`)), 25_000);
    child!.stdout!.on('data', () => {
      const match = /"port":(\d+),"publicUrl":"https:\/\/localhost:0".*over https/.exec(out.text());
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child!.on('exit', () => reject(new Error(`dev server exited:\n${out.text()}`)));
  });
  const body = await new Promise<string>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/healthz', servername: 'localhost', ca: readFileSync(join(dir, 'ca.crt')) }, (res) => {
      let data = '';
      res.on('data', (d: Buffer) => (data += d.toString()));
      res.on('end', () => resolve(`${res.statusCode} ${data}`));
    });
    req.on('error', reject);
    req.end();
  });
  expect(body).toBe('200 {"status":"ok"}');
  child.kill('SIGTERM');
  await new Promise((resolve) => child!.once('exit', resolve));
}, 40_000);

it('fails with a clear message when the certificate cannot be read', async () => {
  const proc = startDev(['--cert', join(dir, 'missing.crt'), '--key', join(dir, 'missing.key')]);
  const out = output(proc);
  const code = await new Promise<number | null>((resolve) => proc.on('exit', resolve));
  expect(code).toBe(1);
  expect(out.text()).toMatch(/^Upnext dev server cannot start: Cannot read the certificate or key: ENOENT/m);
}, 40_000);

it('refuses a plain-http PUBLIC_URL rather than serving a mismatched origin', async () => {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'scripts/dev.ts'], {
    cwd: REPO,
    env: { PATH: process.env.PATH, HOME: dir, PUBLIC_URL: 'http://localhost:3000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = output(proc);
  expect(await new Promise((resolve) => proc.on('exit', resolve))).toBe(1);
  expect(out.text()).toContain('npm run dev serves https');
}, 40_000);
