import { performance } from 'node:perf_hooks';
import type { Kpi } from '../src/core/card/process-card';
import { buildKpi } from '../src/core/import/read-kpis';
import { kpiEscalation } from '../src/core/kpi/kpi-escalation';
import { nextPeriod, periodOfKey } from '../src/core/kpi/kpi-period';
import { kpiStatus } from '../src/core/kpi/kpi-status';
import { readTarget } from '../src/core/kpi/kpi-target';
import { kpiTrend } from '../src/core/kpi/kpi-trend';
import { DEFAULT_ESCALATION_RULES, SUMMARY_WINDOW, type SummaryPoint } from '../src/core/kpi/kpi-types';
import type { BenchRow } from './bundle-bench';

const KPIS = 200;
const PERIODS = 120;
/** Passes before timing: the rules are small functions the JIT optimises only after a few calls. */
const WARMUP = 5;
const RUNS = 21;
const BUDGET_MS = 20;
const BUDGET_RATIO = 3;
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
  /** The last SUMMARY_WINDOW points, as the card's summary keeps them. */
  window: SummaryPoint[];
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
    return { kpi, points, window: points.slice(-SUMMARY_WINDOW) };
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
  for (const { kpi, points, window } of kpis) {
    const status = kpiStatus({ kpi, points: window, today: TODAY, graceDays: 5 });
    const trend = kpiTrend(points, readTarget(kpi)?.direction ?? kpi.direction);
    const escalation = kpiEscalation(kpi, status.points, DEFAULT_ESCALATION_RULES);
    checksum += status.status.length + trend.length + escalation.level.length + (escalation.reason?.streak ?? 0);
  }
  return checksum;
}

/** The floor: a plain loop that only reads the same numbers. */
function floorPass(kpis: readonly BenchKpi[]): number {
  let checksum = 0;
  for (const { points, window } of kpis) {
    for (const point of window) checksum += point.value;
    for (const point of points) checksum += point.value;
  }
  return checksum;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timed(pass: (kpis: readonly BenchKpi[]) => number, kpis: readonly BenchKpi[]): number {
  let sink = 0;
  for (let run = 0; run < WARMUP; run += 1) sink += pass(kpis);
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    sink += pass(kpis);
    times.push(performance.now() - start);
  }
  // Keep the result alive so the work is not optimised away.
  if (Number.isNaN(sink)) throw new Error('unreachable');
  return median(times);
}

export async function runKpiRulesBench(): Promise<{ ms: number; floorMs: number; ratio: number }> {
  const kpis = buildBenchKpis();
  const ms = timed(rulesPass, kpis);
  const floorMs = timed(floorPass, kpis);
  return { ms, floorMs, ratio: ms / floorMs };
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
