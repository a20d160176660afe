/**
 * Unit and integration suites run in Node; component tests in jsdom; the browser suite drives real
 * Chromium. jose 6 is ESM only: jest (CommonJS here, on Node 20) loads it through swc like our own
 * sources, while Node itself loads it with require(esm) (Node >= 20.19).
 */
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest'] };
const transformIgnorePatterns = ['/node_modules/(?!jose/)'];
module.exports = {
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
  ],
};
