/**
 * `npm run test:instants [-- <jest args>]`: the whole suite once per chosen instant (test/helpers/test-clock.ts),
 * after one type-check and one front-end build, then a table of what passed where. Fails when any
 * instant fails. Jest arguments narrow every run alike (a path, `--selectProjects e2e`).
 */
import { spawnSync } from 'node:child_process';
import { TEST_INSTANTS, type InstantName } from '../test/helpers/test-clock';

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status ?? 1;
}

const jestArgs = process.argv.slice(2);
for (const step of ['typecheck', 'build:web']) {
  if (run('npm', ['run', '--silent', step]) !== 0) process.exit(1);
}

const results: Array<{ name: InstantName; at: string; ok: boolean; seconds: number }> = [];
for (const [name, at] of Object.entries(TEST_INSTANTS) as Array<[InstantName, string]>) {
  console.log(`\n=== ${name} (${at}) ===`);
  const started = performance.now();
  const status = run('npx', ['jest', '--runInBand', ...jestArgs], { ...process.env, UPNEXT_TEST_NOW: name });
  results.push({ name, at, ok: status === 0, seconds: Math.round((performance.now() - started) / 1000) });
}

console.log('\ninstant            UTC                    result  time');
for (const r of results) console.log(`${r.name.padEnd(18)} ${r.at.padEnd(22)} ${(r.ok ? 'pass' : 'FAIL').padEnd(7)} ${r.seconds} s`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
