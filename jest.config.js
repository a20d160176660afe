/**
 * Unit and integration suites run in Node; component tests in jsdom; the browser suite drives real
 * Chromium; the fault suite stops and restarts its own PostgreSQL and Redis. The global setup
 * starts a throwaway PostgreSQL and Redis when they are installed and not already named.
 */
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest'] };
module.exports = {
  globalSetup: '<rootDir>/test/setup/global-setup.js',
  globalTeardown: '<rootDir>/test/setup/global-teardown.js',
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/test/e2e/'],
    },
    {
      displayName: 'ui',
      testEnvironment: 'jsdom',
      transform,
      testMatch: ['<rootDir>/test/**/*.test.tsx'],
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/e2e/**/*.e2e.ts'],
    },
    {
      displayName: 'faults',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/faults/**/*.fault.ts'],
    },
  ],
};
