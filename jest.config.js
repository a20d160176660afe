/**
 * Unit and integration suites run in Node; component tests in jsdom; the browser suite drives real
 * Chromium; the fault suite stops and restarts its own PostgreSQL and Redis. The global setup
 * starts a throwaway PostgreSQL and Redis when they are installed and not already named.
 * jose 6 is ESM only: jest (CommonJS here, on Node 20) loads it through swc like our own
 * sources, while Node itself loads it with require(esm) (Node >= 20.19).
 */
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest'] };
const transformIgnorePatterns = ['/node_modules/(?!jose/)'];
module.exports = {
  globalSetup: '<rootDir>/test/setup/global-setup.js',
  globalTeardown: '<rootDir>/test/setup/global-teardown.js',
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      transformIgnorePatterns,
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/test/e2e/'],
    },
    {
      displayName: 'ui',
      testEnvironment: 'jsdom',
      transform,
      transformIgnorePatterns,
      testMatch: ['<rootDir>/test/**/*.test.tsx'],
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      transform,
      transformIgnorePatterns,
      testMatch: ['<rootDir>/test/e2e/**/*.e2e.ts'],
    },
    {
      displayName: 'faults',
      testEnvironment: 'node',
      transform,
      transformIgnorePatterns,
      testMatch: ['<rootDir>/test/faults/**/*.fault.ts'],
    },
  ],
};
