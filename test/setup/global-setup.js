/**
 * jest's global setup: when TEST_DATABASE_URL / TEST_REDIS_URL are not set and PostgreSQL and
 * Redis are installed, start a throwaway pair for this run (global-teardown.js stops it), so
 * `npm test` runs their suites with no manual step. Says loudly when it cannot.
 */
const { servicesAvailable, startTestServices } = require('./test-services');

module.exports = async function globalSetup() {
  if (process.env.TEST_DATABASE_URL && process.env.TEST_REDIS_URL) return;
  if (!servicesAvailable()) {
    console.warn(
      '\n*** PostgreSQL and/or Redis are not installed: their suites WILL NOT RUN. ' +
        'On Debian: apt-get install postgresql redis-server (then npm test starts them itself). ***\n',
    );
    return;
  }
  const services = await startTestServices({ lifetimeSeconds: 5400 });
  globalThis.__upnextServices = services;
  for (const [name, url] of Object.entries(services.urls)) if (!process.env[name]) process.env[name] = url;
  console.log(`\nservices: started a throwaway PostgreSQL and Redis for this run (${services.urls.TEST_DATABASE_URL}, ${services.urls.TEST_REDIS_URL})`);
};
