import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * The real PostgreSQL and Redis the suites use when TEST_DATABASE_URL / TEST_REDIS_URL are set
 * (`.ci/services.sh` starts both). Without them the suites say loudly that they did not run; with
 * REQUIRE_TEST_SERVICES=1 (as CI sets) a missing service is a failure.
 */
export function serviceUrl(name: 'TEST_DATABASE_URL' | 'TEST_REDIS_URL'): string | undefined {
  const url = process.env[name];
  if (url) return url;
  if (process.env.REQUIRE_TEST_SERVICES === '1') throw new Error(`${name} is not set but REQUIRE_TEST_SERVICES=1: start the services (.ci/services.sh)`);
  console.warn(`\n*** ${name} is not set: the suites that need it DID NOT RUN. Source .ci/services.sh to run them. ***\n`);
  return undefined;
}

/** A fresh, empty database on the test server; dropped by the returned function. */
export async function freshDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `upnext_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
