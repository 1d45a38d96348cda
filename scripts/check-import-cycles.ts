// Fails when files of src/ or static/ import each other in a circle. Type-only imports count
// too: a cycle of types still ties the layers together, and the next value import closes it.
// Usage: tsx scripts/check-import-cycles.ts [repository root]
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findImportCycles } from './import-graph/find-import-cycles';
import { readImportGraph } from './import-graph/read-import-graph';

const root = resolve(process.argv[2] ?? join(__dirname, '..'));
// The back end and the UI resolve imports differently (the UI has path aliases): each its own tsconfig.
const tsconfigs = ['tsconfig.json', 'static/tsconfig.json'].map((name) => join(root, name)).filter((file) => existsSync(file));
const graph = readImportGraph(root, tsconfigs, (file) => /^(src|static)\//.test(file));
const cycles = findImportCycles(graph);

for (const cycle of cycles) {
  const steps = cycle.map(({ from, edge }) => `  ${from}:${edge.line} imports ${edge.to}`);
  console.error(`Import cycle:\n${steps.join('\n')}`);
}
if (cycles.length > 0) {
  console.error(`${cycles.length} import cycle(s) in src/ and static/.`);
  process.exitCode = 1;
} else {
  console.log(`No import cycles among ${graph.size} files of src/ and static/.`);
}
