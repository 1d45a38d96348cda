import { dirname, relative, sep } from 'node:path';
import ts from 'typescript';

/** One import: the file it lands on (repository path) and the line that names it. */
export interface ImportEdge {
  to: string;
  line: number;
}

/** Repository path of a file → what it imports inside the graph, type-only imports included. */
export type ImportGraph = Map<string, ImportEdge[]>;

/** Every module specifier in a file, where it is written: static, dynamic, `import('x').T`, require. */
function specifiers(source: ts.SourceFile): Array<{ text: string; position: number }> {
  const found: Array<{ text: string; position: number }> = [];
  const add = (node: ts.Node | undefined) => {
    if (node && ts.isStringLiteralLike(node)) found.push({ text: node.text, position: node.getStart(source) });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) add(node.moduleSpecifier);
    else if (ts.isExternalModuleReference(node)) add(node.expression);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal);
    else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    ) {
      add(node.arguments[0]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Reads the imports of the files that `tsconfigs` compile, resolved as each tsconfig resolves
 * them (so the UI's `@src/` and `@shared/` aliases count), keeping the files `keep` accepts.
 */
export function readImportGraph(root: string, tsconfigs: string[], keep: (repoPath: string) => boolean): ImportGraph {
  const repoPath = (file: string) => relative(root, file).split(sep).join('/');
  const graph: ImportGraph = new Map();
  for (const tsconfig of tsconfigs) {
    const parsed = ts.getParsedCommandLineOfConfigFile(tsconfig, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    if (!parsed) throw new Error(`Cannot read ${tsconfig}`);
    const cache = ts.createModuleResolutionCache(dirname(tsconfig), (name) => name, parsed.options);
    for (const file of parsed.fileNames.filter((name) => keep(repoPath(name)))) {
      const source = ts.createSourceFile(file, ts.sys.readFile(file) ?? '', ts.ScriptTarget.Latest, true);
      const edges: ImportEdge[] = [];
      for (const { text, position } of specifiers(source)) {
        const resolved = ts.resolveModuleName(text, file, parsed.options, ts.sys, cache).resolvedModule;
        if (!resolved || resolved.isExternalLibraryImport || !keep(repoPath(resolved.resolvedFileName))) continue;
        edges.push({ to: repoPath(resolved.resolvedFileName), line: source.getLineAndCharacterOfPosition(position).line + 1 });
      }
      graph.set(repoPath(file), edges);
    }
  }
  return graph;
}
