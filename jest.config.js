const transform = { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] };

/**
 * Three projects: `npm test` runs them all; `npm run test:unit` (pure code, seconds),
 * `npm run test:integration` (the local Forge runtime, resolvers, stores) and
 * `npm run test:browser` (the workbench in Chromium) run one each.
 */
const project = (displayName, testMatch, extra = {}) => ({
  displayName,
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/test'],
  testMatch,
  transform,
  // The UI's own aliases (static/vite.shared.mjs), for the UI modules the unit tests import.
  moduleNameMapper: { '^@src/(.*)$': '<rootDir>/src/$1', '^@shared/(.*)$': '<rootDir>/static/shared/$1' },
  ...extra,
});

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 30000,
  projects: [
    project('unit', [
      '<rootDir>/test/core/**/*.test.ts',
      '<rootDir>/test/import/**/*.test.ts',
      '<rootDir>/test/lint/**/*.test.ts',
      '<rootDir>/test/spec/**/*.test.ts',
      '<rootDir>/test/ui/**/!(*.browser).test.ts',
    ]),
    project('integration', [
      '<rootDir>/test/runtime/**/*.test.ts',
      '<rootDir>/test/storage/**/*.test.ts',
      '<rootDir>/test/resolvers/**/*.test.ts',
      '<rootDir>/test/workbench/**/*.test.ts',
    ]),
    project('browser', ['<rootDir>/test/**/*.browser.test.ts']),
  ],
};
