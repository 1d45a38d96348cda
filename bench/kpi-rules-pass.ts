/**
 * The KPI rules' pass and its floor, measured. kpi-rules-bench.ts bundles this module (with the
 * core it imports) before running it, as Forge bundles the functions it deploys.
 */
import { performance } from 'node:perf_hooks';
import type { Kpi } from '../src/core/card/process-card';
import { buildKpi } from '../src/core/import/read-kpis';
import { assessKpi } from '../src/core/kpi/kpi-assessment';
import { nextPeriod, periodOfKey } from '../src/core/kpi/kpi-period';
import { DEFAULT_ESCALATION_RULES, type SummaryPoint } from '../src/core/kpi/kpi-types';

const KPIS = 200;
const PERIODS = 120;
/** Passes of each before timing (see measureKpiRules). */
const WARMUP = 300;
const RUNS = 21;
const PASSES_PER_SAMPLE = 10;
const TODAY = '2026-01-10';

/** The seed card's kinds of target, each with values scattered around it so every status occurs. */
const SHAPES: ReadonlyArray<{ cells: Record<string, string>; centre: number; spread: number }> = [
  { cells: { target: '≥ 95 %', warningThreshold: '90 %' }, centre: 94, spread: 12 },
  { cells: { target: '≤ 2 %', warningThreshold: '3 %' }, centre: 2.2, spread: 2 },
  { cells: { target: '95–102 %' }, centre: 98, spread: 10 },
  { cells: { target: '> 0' }, centre: 0.2, spread: 1 },
  { cells: { target: 'LTV:CAC ≥ 3' }, centre: 3, spread: 2 },
  { cells: { target: '≥ 10 %/year', unit: '%' }, centre: 0.9, spread: 1.5 },
];

interface BenchKpi {
  kpi: Kpi;
  points: SummaryPoint[];
}

/** 200 monthly KPIs × 120 months (2016-01 … 2025-12), from a fixed-seed generator: every run sees the same data. */
export function buildBenchKpis(): BenchKpi[] {
  let seed = 12345;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const months: Array<Omit<SummaryPoint, 'value'>> = [];
  for (let period = periodOfKey('month', '2016-01')!; months.length < PERIODS; period = nextPeriod(period)) {
    months.push({ periodKey: period.key, periodStart: period.start, periodEnd: period.end });
  }
  return Array.from({ length: KPIS }, (_, index) => {
    const shape = SHAPES[index % SHAPES.length]!;
    const kpi: Kpi = { id: `kpi-${index}`, ...buildKpi({ name: `KPI ${index}`, frequency: 'monthly', ...shape.cells }) };
    // Built field by field, as JSON.parse or the summary builds them (a spread copy is several times slower to read in V8).
    const points = months.map(({ periodKey, periodStart, periodEnd }) => {
      const value = Math.round((shape.centre + (random() - 0.5) * shape.spread) * 100) / 100;
      return { periodKey, periodStart, periodEnd, value };
    });
    return { kpi, points };
  });
}

/**
 * What a summary write or the daily run does for every KPI of a large card: the status of the
 * latest period (over the rolling year where the target is per year), the trend over all 120
 * values, and the escalation proposal. Escalation rules reach at most 12 periods back
 * (EscalationRule.periods ≤ 12), so the judged window the status returns is all they need.
 */
function rulesPass(kpis: readonly BenchKpi[]): number {
  let checksum = 0;
  for (const { kpi, points } of kpis) {
    const result = assessKpi({ kpi, points, today: TODAY, graceDays: 5, rules: DEFAULT_ESCALATION_RULES });
    checksum += result.status.length + result.trend.length + result.escalation.level.length + (result.escalation.reason?.streak ?? 0);
  }
  return checksum;
}

/** The floor: a plain loop that only reads the same numbers. */
function floorPass(kpis: readonly BenchKpi[]): number {
  let checksum = 0;
  for (const { points } of kpis) {
    for (const point of points) checksum += point.value;
  }
  return checksum;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** One sample: PASSES_PER_SAMPLE passes timed together, in ms per pass (one pass is ~0.1 ms, near the timer's grain). */
function sample(pass: (kpis: readonly BenchKpi[]) => number, kpis: readonly BenchKpi[]): { ms: number; sink: number } {
  let sink = 0;
  const start = performance.now();
  for (let i = 0; i < PASSES_PER_SAMPLE; i += 1) sink += pass(kpis);
  return { ms: (performance.now() - start) / PASSES_PER_SAMPLE, sink };
}

/**
 * Both passes warmed to steady state (the floor's one loop is optimised at once, the rules' dozen
 * small functions only after a few hundred calls: comparing a cold pass with a hot loop would
 * measure the JIT), then sampled in turn, so a busy moment on the machine slows both alike.
 */
export function measureKpiRules(): { ms: number; floorMs: number; ratio: number } {
  const kpis = buildBenchKpis();
  let sink = 0;
  for (let run = 0; run < WARMUP; run += 1) sink += rulesPass(kpis) + floorPass(kpis);
  const rules: number[] = [];
  const floor: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const a = sample(rulesPass, kpis);
    const b = sample(floorPass, kpis);
    rules.push(a.ms);
    floor.push(b.ms);
    sink += a.sink + b.sink;
  }
  // Keep the results alive so the work is not optimised away.
  if (Number.isNaN(sink)) throw new Error('unreachable');
  const ms = median(rules);
  const floorMs = median(floor);
  return { ms, floorMs, ratio: ms / floorMs };
}
