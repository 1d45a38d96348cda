// @ts-check
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'static/*/dist/', 'workbench/host/dist/', '.workbench/', 'test-artifacts/', 'coverage/', 'schema/'],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The domain core runs in Node and in the browser: the platform stays behind ports.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@forge/*'], message: 'src/core must not depend on Forge: add a port and an adapter.' },
            { group: ['node:*', 'fs', 'path', 'crypto', 'http'], message: 'src/core also runs in the browser.' },
            { group: ['**/adapters/**', '**/resolvers/**'], message: 'Imports flow from adapters to core, not back.' },
          ],
        },
      ],
    },
  },
  {
    // One module owns the bridge, so the rest of the UI is testable and the bundle stays small.
    files: ['static/**/*.ts', 'static/**/*.tsx'],
    ignores: ['static/shared/bridge.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@forge/*', 'forge-bridge-out/*'], message: 'Use static/shared/bridge.ts.' }] },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
