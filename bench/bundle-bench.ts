import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  budget?: number;
}

const REPO = resolve(__dirname, '..');
const STATIC_DIR = join(REPO, 'static');
/** KB here is 1000 bytes: the stricter reading of "≤ 120 KB". */
const KB = 1000;
const BUDGETS_KB: Record<string, number> = { macro: 120 };

/**
 * Weight of each built Custom UI app, gzip level 9: what its index.html makes the browser
 * fetch before the first render (entry module, module preloads, stylesheets, and whatever
 * those modules import statically), and separately the chunks loaded only on demand.
 */
export async function benchBundle(): Promise<BenchRow[]> {
  const apps = customUiApps();
  if (apps.some((app) => !existsSync(join(app.dist, 'index.html')))) buildUi();
  const rows: BenchRow[] = [];
  for (const app of apps) {
    const weight = measureApp(app.dist);
    const budget = BUDGETS_KB[app.name];
    rows.push({
      name: `${app.name}: eager JS+CSS (gzip)`,
      value: round(weight.eagerBytes / KB),
      unit: 'KB',
      ...(budget === undefined ? {} : { budget }),
    });
    rows.push({ name: `${app.name}: eager files`, value: weight.eagerFiles.length, unit: 'files' });
    rows.push({ name: `${app.name}: lazy chunks (gzip)`, value: round(weight.lazyBytes / KB), unit: 'KB' });
    if (weight.importedNotPreloaded.length > 0) {
      // Vite lists every static import as a modulepreload; a gap means an extra round trip.
      rows.push({ name: `${app.name}: static imports missing from modulepreload`, value: weight.importedNotPreloaded.length, unit: 'files', budget: 0 });
    }
  }
  return rows;
}

export interface AppWeight {
  eagerFiles: string[];
  eagerBytes: number;
  lazyFiles: string[];
  lazyBytes: number;
  importedNotPreloaded: string[];
}

/** Measures one built app folder (static/<app>/dist). */
export function measureApp(distDir: string): AppWeight {
  const dist = resolve(distDir);
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const declared = htmlAssets(html).map((href) => resolve(dist, href));
  const eager = new Set<string>();
  const pending = [...declared];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (eager.has(file) || !existsSync(file)) continue;
    eager.add(file);
    if (file.endsWith('.js')) pending.push(...staticImports(readFileSync(file, 'utf8')).map((spec) => resolve(dirname(file), spec)));
  }
  const declaredSet = new Set(declared);
  const all = listFiles(dist).filter((file) => /\.(js|css)$/.test(file));
  const lazy = all.filter((file) => !eager.has(file));
  const name = (file: string) => relative(dist, file);
  return {
    eagerFiles: [...eager].map(name).sort(),
    eagerBytes: sum([...eager].map(gzipSize)),
    lazyFiles: lazy.map(name).sort(),
    lazyBytes: sum(lazy.map(gzipSize)),
    importedNotPreloaded: [...eager].filter((file) => !declaredSet.has(file)).map(name),
  };
}

/** Module scripts, module preloads and stylesheets named in index.html. */
function htmlAssets(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const src = attribute(tag, 'src') ?? attribute(tag, 'href');
    if (src === undefined || /^(https?:)?\/\//.test(src) || src.startsWith('data:')) continue;
    const isModuleScript = /^<script/i.test(tag) && attribute(tag, 'type') === 'module';
    const rel = attribute(tag, 'rel');
    if (isModuleScript || rel === 'modulepreload' || rel === 'stylesheet') found.push(src);
  }
  return found;
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** Relative specifiers of a built chunk's static imports (`import … from "./x.js"`, `import "./y.js"`). */
function staticImports(code: string): string[] {
  const specs: string[] = [];
  const pattern = /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
  for (const match of code.matchAll(pattern)) specs.push(match[1]!);
  return specs;
}

function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function customUiApps(): Array<{ name: string; dist: string }> {
  return readdirSync(STATIC_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && readdirSync(join(STATIC_DIR, entry.name)).some((file) => /^vite\.config\./.test(file)))
    .map((entry) => ({ name: entry.name, dist: join(STATIC_DIR, entry.name, 'dist') }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function buildUi(): void {
  const result = spawnSync(process.execPath, [join(REPO, 'scripts/build-ui.mjs')], { cwd: REPO, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed; the bundle cannot be measured');
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const round = (value: number) => Math.round(value * 10) / 10;
