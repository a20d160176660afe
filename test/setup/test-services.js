/**
 * Starts and stops throwaway PostgreSQL and Redis servers with `.ci/test-services.sh`, the script
 * `.ci/services.sh` uses too. Plain CommonJS: jest's global setup, the fault suite and the bench
 * all load it, with or without a TypeScript transform.
 */
const { execFile, execFileSync } = require('node:child_process');
const { promisify } = require('node:util');
const { mkdtempSync } = require('node:fs');
const { createServer } = require('node:net');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const SCRIPT = join(__dirname, '../../.ci/test-services.sh');

function servicesAvailable() {
  try {
    execFileSync('bash', [SCRIPT, 'available'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A port nothing listens on right now (the kernel's pick, released at once). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function run(dir, args, env = {}) {
  return execFileSync('bash', [SCRIPT, ...args], {
    env: { ...process.env, UPNEXT_SERVICES_DIR: dir, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  });
}

function runAsync(dir, args) {
  return promisify(execFile)('bash', [SCRIPT, ...args], { env: { ...process.env, UPNEXT_SERVICES_DIR: dir }, timeout: 120_000 });
}

/**
 * Starts a pair on free ports: `{urls, dir, stop(what), start(what), down()}`. stop and start
 * ('pg' or 'redis') run without blocking the event loop, so a server in this process keeps serving.
 */
async function startTestServices(options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'upnext-services-'));
  const env = {
    PG_PORT: String(await freePort()),
    REDIS_PORT: String(await freePort()),
    SERVICES_LIFETIME_SECONDS: String(options.lifetimeSeconds ?? 3600),
  };
  const urls = {};
  for (const line of run(dir, ['up'], env).split('\n')) {
    const m = /^(TEST_DATABASE_URL|TEST_REDIS_URL)=(.+)$/.exec(line.trim());
    if (m) urls[m[1]] = m[2];
  }
  return {
    dir,
    urls,
    stop: (what) => runAsync(dir, ['stop', what]),
    start: (what) => runAsync(dir, ['start', what]),
    down: () => run(dir, ['down']),
  };
}

module.exports = { servicesAvailable, startTestServices };
