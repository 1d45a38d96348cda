// @ts-check
// An ESLint rule that judges an import by the repository file it lands on, not by how its
// specifier is spelled: `@src/core/x`, `../../../src/core/x` and `../core/x` are one file,
// and a pattern on the text would need a variant per spelling (and would miss one).
import path from 'node:path';

/**
 * @typedef {object} Restriction
 * @property {string[]} paths repository paths: a folder ends in `/`, a file is named with its extension
 * @property {string[]} [except] paths inside `paths` that stay allowed
 * @property {boolean} [allowTypeImports] `import type` / `export type` only, which the compiler erases
 * @property {string} message why the import is refused
 *
 * @typedef {object} ZoneOptions
 * @property {string} root absolute path of the repository
 * @property {Record<string, string>} aliases specifier prefix → repository folder, e.g. `@src/` → `src/`
 * @property {Restriction[]} restrictions the first one that matches decides
 */

const SOURCE_EXTENSION = /\.(?:d\.)?(?:ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

/** `src/core/x.ts`, `src/core/x` and `src/core/x/index.ts` name the same module. */
const moduleKey = (/** @type {string} */ repoPath) => repoPath.replace(SOURCE_EXTENSION, '').replace(/\/index$/, '');

/** @param {string} repoPath @param {string} zonePath */
const inPath = (repoPath, zonePath) =>
  zonePath === '' || (zonePath.endsWith('/') ? repoPath.startsWith(zonePath) : moduleKey(repoPath) === moduleKey(zonePath));

/**
 * The repository path an import lands on, or undefined for a package (those are
 * `no-restricted-imports`' business) or a path that leaves the repository.
 * @param {ZoneOptions} options @param {string} fromFile absolute @param {string} specifier
 */
function resolveInRepo(options, fromFile, specifier) {
  let absolute;
  if (specifier.startsWith('.')) {
    absolute = path.resolve(path.dirname(fromFile), specifier);
  } else {
    const alias = Object.keys(options.aliases).find((prefix) => specifier.startsWith(prefix));
    if (alias === undefined) return undefined;
    absolute = path.resolve(options.root, options.aliases[alias] ?? '', specifier.slice(alias.length));
  }
  const relative = path.relative(options.root, absolute).split(path.sep).join('/');
  return relative.startsWith('..') ? undefined : relative;
}

/** @param {Restriction} restriction @param {string} target @param {boolean} typeOnly */
const refuses = (restriction, target, typeOnly) =>
  restriction.paths.some((zonePath) => inPath(target, zonePath)) &&
  !(restriction.except ?? []).some((zonePath) => inPath(target, zonePath)) &&
  !(restriction.allowTypeImports && typeOnly);

/** @type {import('eslint').Rule.RuleModule} */
export const importZonesRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports between folders of the repository flow one way.' },
    schema: [{ type: 'object' }],
    messages: { refused: "'{{specifier}}' ({{target}}): {{message}}" },
  },
  create(context) {
    const options = /** @type {ZoneOptions} */ (context.options[0]);
    /**
     * @param {import('estree').Node} node
     * @param {unknown} source
     * @param {boolean} typeOnly
     */
    const check = (node, source, typeOnly) => {
      const specifier = /** @type {{ value?: unknown } | null} */ (source)?.value;
      if (typeof specifier !== 'string') return;
      const target = resolveInRepo(options, context.filename, specifier);
      if (target === undefined) return;
      const restriction = options.restrictions.find((candidate) => refuses(candidate, target, typeOnly));
      if (restriction) {
        context.report({ node, messageId: 'refused', data: { specifier, target, message: restriction.message } });
      }
    };
    // `import { type A }` is not type-only: under verbatimModuleSyntax it stays `import {} from`,
    // which still runs the module (and bundles zod); only `import type` is erased.
    /** @type {Record<string, (node: any) => void>} */
    const visitors = {
      ImportDeclaration: (node) => check(node, node.source, node.importKind === 'type'),
      ExportNamedDeclaration: (node) => check(node, node.source, node.exportKind === 'type'),
      ExportAllDeclaration: (node) => check(node, node.source, node.exportKind === 'type'),
      ImportExpression: (node) => check(node, node.source, false),
      TSImportType: (node) => check(node, node.source ?? node.argument?.literal, true),
      TSExternalModuleReference: (node) => check(node, node.expression, node.parent?.importKind === 'type'),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') check(node, node.arguments[0], false);
      },
    };
    return visitors;
  },
};
