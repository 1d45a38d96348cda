import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findImportCycles } from '../../scripts/import-graph/find-import-cycles';
import { readImportGraph } from '../../scripts/import-graph/read-import-graph';

/** A repository in miniature: a back end and a UI with its own aliases, as in the real one. */
const FILES: Record<string, string> = {
  'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'esnext', moduleResolution: 'bundler', strict: true }, include: ['src'] }),
  'static/tsconfig.json': JSON.stringify({
    compilerOptions: { module: 'esnext', moduleResolution: 'bundler', paths: { '@src/*': ['../src/*'], '@shared/*': ['./shared/*'] } },
    include: ['shared', 'app'],
  }),
  // A value cycle.
  'src/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
  'src/b.ts': "\nimport { a } from './a';\nexport const b = () => a;\n",
  // A cycle of types only, one of them written as import('…').
  'src/c.ts': "import type { D } from './d';\nexport interface C { d?: D }\n",
  'src/d.ts': "export type D = import('./c').C[];\n",
  // A cycle through the UI's alias, from static/ into src/ and back.
  'static/shared/x.ts': "import { e } from '@src/e';\nexport const x = e;\n",
  'src/e.ts': "import type { X } from '../static/shared/x';\nexport const e = 1;\nexport type Y = X;\n",
  // No cycle: a chain, an alias into static/shared, and a package.
  'src/f.ts': "import { g } from './g';\nimport ts from 'typescript';\nexport const f = [g, ts];\n",
  'src/g.ts': 'export const g = 1;\n',
  'static/app/h.ts': "import { i } from '@shared/i';\nimport { g } from '@src/g';\nexport const h = [i, g];\n",
  'static/shared/i.ts': 'export const i = 1;\n',
};

describe('import cycles (scripts/check-import-cycles.ts)', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'import-cycles-'));
    for (const [path, text] of Object.entries(FILES)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const cycles = () =>
    findImportCycles(readImportGraph(root, [join(root, 'tsconfig.json'), join(root, 'static/tsconfig.json')], () => true));

  it('finds each cycle, type-only and through an alias too, and nothing in the acyclic files', () => {
    const files = cycles().map((cycle) => cycle.map(({ from }) => from).sort());
    expect(files.sort()).toEqual([
      ['src/a.ts', 'src/b.ts'],
      ['src/c.ts', 'src/d.ts'],
      ['src/e.ts', 'static/shared/x.ts'],
    ]);
  });

  it('names the line of each import in a cycle, closing it where it began', () => {
    const cycle = cycles().find(([first]) => first!.from === 'src/a.ts');
    expect(cycle).toEqual([
      { from: 'src/a.ts', edge: { to: 'src/b.ts', line: 1 } },
      { from: 'src/b.ts', edge: { to: 'src/a.ts', line: 2 } },
    ]);
  });

  it('fails the command, for npm run lint, and says where', () => {
    let failure: { status: number; stderr: string } | undefined;
    try {
      execFileSync(process.execPath, [require.resolve('tsx/cli'), join(__dirname, '../../scripts/check-import-cycles.ts'), root], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      failure = error as { status: number; stderr: string };
    }
    expect(failure?.status).toBe(1);
    expect(failure?.stderr).toContain('src/b.ts:2 imports src/a.ts');
    expect(failure?.stderr).toContain('3 import cycle(s)');
  });
});
