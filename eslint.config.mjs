// @ts-check
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import tseslint from 'typescript-eslint';
import { importZonesRule } from './scripts/eslint/import-zones-rule.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * Modules of src/ that the Custom UI bundles as values. They must stay pure (no zod, Forge or
 * Node), and may import values only from each other; the flowchart ones are what
 * layout-flowchart.ts pulls in, for an editor that loads it lazily; the KPI ones read and write
 * numbers and periods the way the reader does.
 */
const UI_BUNDLED = [
  'src/contracts/limits.ts',
  'src/core/import/import-limits.ts',
  'src/core/card/card-labels.ts',
  'src/core/card/card-outline.ts',
  'src/core/card/card-document.ts',
  'src/core/flowchart/layout-flowchart.ts',
  'src/core/flowchart/flowchart-layout.ts',
  'src/core/flowchart/wrap-label.ts',
  'src/core/flowchart/route-edge.ts',
  'src/core/kpi/kpi-number.ts',
  'src/core/kpi/kpi-trend.ts',
];
/** What static/ may name in src/ besides UI_BUNDLED, with `import type` only (they hold zod schemas). */
const UI_TYPES = ['src/contracts/', 'src/core/card/process-card.ts'];

/** The UI's path aliases, read from the tsconfig that defines them so a new alias is covered too. */
function staticAliases() {
  const file = path.join(root, 'static/tsconfig.json');
  const { config } = ts.readConfigFile(file, ts.sys.readFile);
  /** @type {Record<string, string[]>} */
  const paths = config?.compilerOptions?.paths ?? {};
  return Object.fromEntries(
    Object.entries(paths).map(([alias, [target = '']]) => [
      alias.replace(/\*$/, ''),
      `${path.relative(root, path.resolve(path.dirname(file), target.replace(/\*$/, '')))}/`,
    ]),
  );
}

/** @param {import('./scripts/eslint/import-zones-rule.mjs').Restriction[]} restrictions */
const zone = (restrictions) => ['error', { root, aliases: staticAliases(), restrictions }];

const nodeBuiltins = { paths: builtinModules, patterns: ['node:*'] };
const NOT_IN_BROWSER = 'This module also runs in the browser.';

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'static/*/dist/', 'workbench/host/dist/', '.workbench/', 'test-artifacts/', 'coverage/', 'schema/'],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { zones: { rules: { layers: importZonesRule, 'ui-bundle': importZonesRule } } },
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
          paths: nodeBuiltins.paths.map((name) => ({ name, message: NOT_IN_BROWSER })),
          patterns: [
            { group: ['@forge/*'], message: 'src/core must not depend on Forge: add a port and an adapter.' },
            { group: nodeBuiltins.patterns, message: NOT_IN_BROWSER },
          ],
        },
      ],
      'zones/layers': zone([
        {
          paths: ['src/contracts/', 'src/adapters/', 'src/resolvers/'],
          message: 'src/core is the centre: contracts, adapters and resolvers depend on it, never the reverse (types included).',
        },
      ]),
    },
  },
  {
    files: ['src/adapters/**/*.ts'],
    rules: {
      'zones/layers': zone([{ paths: ['src/resolvers/'], message: 'Resolvers wire adapters in; adapters never reach back.' }]),
    },
  },
  {
    files: ['src/contracts/**/*.ts'],
    rules: {
      'zones/layers': zone([
        {
          paths: ['src/adapters/', 'src/resolvers/'],
          message: 'Contracts are shared with the UI: they may build on the core, not on the back end.',
        },
      ]),
    },
  },
  {
    files: ['static/**/*.ts', 'static/**/*.tsx'],
    rules: {
      'zones/layers': zone([
        {
          paths: [''],
          except: ['static/', 'node_modules/', ...UI_TYPES, ...UI_BUNDLED],
          message: 'The UI reaches src/ only through src/contracts/ and the pure modules in UI_BUNDLED (eslint.config.mjs).',
        },
      ]),
    },
  },
  {
    // The UI bundle, and what it pulls from src/, take values only from the pure modules.
    files: ['static/**/*.ts', 'static/**/*.tsx', ...UI_BUNDLED],
    rules: {
      'zones/ui-bundle': zone([
        {
          paths: ['src/'],
          except: UI_BUNDLED,
          allowTypeImports: true,
          message: 'A value import bundles this module (and zod) into the UI: use `import type`, or list a pure module in UI_BUNDLED (eslint.config.mjs).',
        },
      ]),
    },
  },
  {
    files: UI_BUNDLED,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', allowTypeImports: true, message: 'This module is bundled into the UI: zod would come with it.' },
            ...nodeBuiltins.paths.map((name) => ({ name, message: NOT_IN_BROWSER })),
          ],
          patterns: [{ group: ['@forge/*', ...nodeBuiltins.patterns], message: NOT_IN_BROWSER }],
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
