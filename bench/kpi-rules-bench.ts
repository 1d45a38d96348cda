import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import type { BenchRow } from './bundle-bench';

const BUDGET_MS = 20;
const BUDGET_RATIO = 3;

/**
 * The rules are measured in the form they run in: bundled, as Forge deploys the app's functions.
 * Run from source under tsx, every call into another module goes through an export getter (a
 * dozen per KPI here), which is the dev tool's cost, not the rules'; the floor, one loop in one
 * module, pays none of it.
 */
export async function runKpiRulesBench(): Promise<{ ms: number; floorMs: number; ratio: number }> {
  const bundled = await build({
    entryPoints: [path.join(__dirname, 'kpi-rules-pass.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'kpi-rules-'));
  try {
    const file = path.join(dir, 'kpi-rules-pass.cjs');
    writeFileSync(file, bundled.outputFiles[0]!.text);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle is built just now
    const pass = require(file) as typeof import('./kpi-rules-pass');
    return pass.measureKpiRules();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (value: number): number => Math.round(value * 100) / 100;

/** The rows bench/run.ts prints. */
export async function benchKpiRules(): Promise<BenchRow[]> {
  const { ms, floorMs, ratio } = await runKpiRulesBench();
  const name = 'KPI status + trend + escalation, 200 KPIs × 120 periods';
  return [
    { name, value: round(ms), unit: 'ms', budget: BUDGET_MS },
    { name: `${name}: × the floor (a loop reading the same numbers, ${round(floorMs)} ms)`, value: round(ratio), unit: '×', budget: BUDGET_RATIO },
  ];
}

if (require.main === module) {
  void runKpiRulesBench().then((result) => console.table(result));
}
