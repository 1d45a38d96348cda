import type { Kpi } from '../../../src/core/card/process-card';
import { readTarget } from '../../../src/core/kpi/kpi-target';
import { kpiStatus, valueStatus } from '../../../src/core/kpi/kpi-status';
import type { SummaryPoint } from '../../../src/core/kpi/kpi-types';
import { kpiFrom, pointsFrom } from './kpi-builders';

const statusOf = (cells: Parameters<typeof kpiFrom>[0], value: number) => valueStatus(readTarget(kpiFrom(cells)), value);

describe('valueStatus', () => {
  it.each([
    [95, 'on-target'],
    [120, 'on-target'],
    [94.99, 'warning'],
    [90, 'warning'],
    [89.99, 'off-target'],
  ])('≥ 95 % with a warning at 90 %: %s → %s', (value, expected) => {
    expect(statusOf({ target: '≥ 95 %', warningThreshold: '90 %' }, value)).toBe(expected);
  });

  it('without a warning threshold anything off target is off target', () => {
    expect(statusOf({ target: '≥ 95 %' }, 95)).toBe('on-target');
    expect(statusOf({ target: '≥ 95 %' }, 94.99)).toBe('off-target');
  });

  it.each([
    [0, 'on-target'],
    [2, 'on-target'],
    [2.5, 'warning'],
    [3, 'warning'],
    [3.01, 'off-target'],
  ])('lower is better, ≤ 2 % warning at 3 %: %s → %s', (value, expected) => {
    expect(statusOf({ target: '≤ 2 %', warningThreshold: '3 %' }, value)).toBe(expected);
  });

  it.each([
    [95, 'on-target'],
    [102, 'on-target'],
    [98.5, 'on-target'],
    [94.99, 'warning'],
    [90, 'warning'],
    [89.9, 'off-target'],
    [102.01, 'off-target'],
  ])('band 95–102 % warning from 90 %: %s → %s', (value, expected) => {
    expect(statusOf({ target: '95–102 %', warningThreshold: '90 %' }, value)).toBe(expected);
  });

  it.each([
    [0.5, 'on-target'],
    [0.8, 'on-target'],
    [0.9, 'warning'],
    [1, 'warning'],
    [1.2, 'off-target'],
  ])('an early warning inside the target, ≤ 1 % with > 0.8 %: %s → %s', (value, expected) => {
    expect(statusOf({ target: '≤ 1 %', warningThreshold: '> 0.8 %' }, value)).toBe(expected);
  });

  it.each([
    [15, 'on-target'],
    [13, 'warning'],
    [12, 'warning'],
    [11.9, 'off-target'],
  ])('the example card’s ≥ 15 % with «< 12 %»: %s → %s', (value, expected) => {
    expect(statusOf({ target: '≥ 15 %', warningThreshold: '< 12 %' }, value)).toBe(expected);
  });

  it('> 0 is missed by 0', () => {
    expect(statusOf({ target: '> 0' }, 0)).toBe('off-target');
    expect(statusOf({ target: '> 0' }, 0.01)).toBe('on-target');
  });

  it('no target → no-target', () => {
    expect(valueStatus(null, 95)).toBe('no-target');
    expect(statusOf({ target: 'по плану' }, 95)).toBe('no-target');
  });
});

describe('kpiStatus', () => {
  const monthly = kpiFrom({ target: '≥ 95 %', warningThreshold: '90 %', frequency: 'ежемесячно' });
  const run = (kpi: Kpi, points: SummaryPoint[], today: string, graceDays = 5) => kpiStatus({ kpi, points, today, graceDays });

  it('compares the latest value when the period that ended has one', () => {
    const result = run(monthly, pointsFrom('month', '2025-01', [96, 97, 92]), '2025-04-03');
    expect(result.status).toBe('warning');
    expect(result.comparison).toBe('period');
    expect(result.comparedValue).toBeNull();
    expect(result.latest).toEqual({ periodKey: '2025-03', periodStart: '2025-03-01', periodEnd: '2025-04-01', value: 92, status: 'warning' });
    expect(result.points.map((p) => p.status)).toEqual(['on-target', 'on-target', 'warning']);
  });

  it('is overdue from the day the grace days run out, not the day before', () => {
    const points = pointsFrom('month', '2025-01', [96, 97]);
    // March ended on 2025-04-01 (exclusive end); 5 grace days → overdue on 2025-04-06.
    expect(run(monthly, points, '2025-04-05').status).toBe('on-target');
    expect(run(monthly, points, '2025-04-06').status).toBe('overdue');
    expect(run(monthly, points, '2025-04-01', 0).status).toBe('overdue');
    expect(run(monthly, points, '2025-03-31', 0).status).toBe('on-target');
  });

  it('keeps the latest point and its comparison while overdue', () => {
    const result = run(monthly, pointsFrom('month', '2025-01', [80]), '2025-05-20');
    expect(result).toMatchObject({ status: 'overdue', comparison: 'period', latest: { periodKey: '2025-01', status: 'off-target' } });
  });

  it('no value at all: no-data within the grace days, overdue after', () => {
    expect(run(monthly, [], '2025-04-02')).toEqual({ status: 'no-data', comparison: 'period', comparedValue: null, latest: null, points: [] });
    expect(run(monthly, [], '2025-04-10').status).toBe('overdue');
  });

  it('an event KPI is never overdue', () => {
    const campaign = kpiFrom({ target: '> 0', frequency: 'по каждой кампании' });
    expect(run(campaign, [], '2030-01-01').status).toBe('no-data');
    const points: SummaryPoint[] = [{ periodKey: 'E2025-03-15.abc', periodStart: '2025-03-15', periodEnd: '2025-03-16', value: -1 }];
    expect(run(campaign, points, '2030-01-01').status).toBe('off-target');
  });

  it('a target it cannot read: no-target, compared with nothing', () => {
    const vague = kpiFrom({ target: 'по плану', frequency: 'ежемесячно' });
    const result = run(vague, pointsFrom('month', '2025-01', [1, 2, 3]), '2025-04-02');
    expect(result).toMatchObject({ status: 'no-target', comparison: 'none', comparedValue: null });
    expect(result.points.map((p) => p.status)).toEqual(['no-target', 'no-target', 'no-target']);
    expect(run(vague, pointsFrom('month', '2025-01', [1]), '2025-04-20').status).toBe('overdue');
  });

  it('orders the points by period, whatever order they come in', () => {
    const result = run(monthly, pointsFrom('month', '2025-01', [80, 96, 92]).reverse(), '2025-04-03');
    expect(result.points.map((p) => p.periodKey)).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(result.latest?.value).toBe(92);
  });

  describe('a per-year target on a finer KPI is compared over the rolling year', () => {
    const growth = kpiFrom({ target: '≥ 10 %/year', unit: '%', frequency: 'ежеквартально' });

    it('compounds percentages', () => {
      const result = run(growth, pointsFrom('quarter', '2024-Q1', [2, 2, 3, 3, 2]), '2025-04-02');
      expect(result.comparison).toBe('rolling-year');
      // 2024-Q2..2025-Q1: 1.02 × 1.03 × 1.03 × 1.02 − 1
      expect(result.comparedValue).toBeCloseTo(10.376036, 6);
      expect(result.status).toBe('on-target');
      expect(result.points.map((p) => p.status)).toEqual(['off-target', 'off-target', 'off-target', 'on-target', 'on-target']);
      expect(result.latest?.value).toBe(2);
    });

    it('sums anything else, and a missing period counts as nothing', () => {
      const sales = kpiFrom({ target: '≥ 1200 руб./год', frequency: 'ежемесячно' });
      const full = run(sales, pointsFrom('month', '2024-01', Array(12).fill(100)), '2025-01-03');
      expect(full).toMatchObject({ status: 'on-target', comparison: 'rolling-year', comparedValue: 1200 });
      const short = run(sales, pointsFrom('month', '2024-01', [...Array(11).fill(100), 99]), '2025-01-03');
      expect(short).toMatchObject({ status: 'off-target', comparedValue: 1199 });
      const gap = run(sales, pointsFrom('month', '2024-01', [100, null, ...Array(10).fill(100)]), '2025-01-03');
      expect(gap).toMatchObject({ status: 'off-target', comparedValue: 1100 });
    });

    it('leaves the periods before the year out', () => {
      const result = run(growth, pointsFrom('quarter', '2023-Q1', [50, 0, 0, 0, 0, 0]), '2024-07-02');
      expect(result.comparedValue).toBe(0);
      expect(result.status).toBe('off-target');
    });

    it('a yearly KPI compares its own value', () => {
      const yearly = kpiFrom({ target: '≥ 10 %/year', unit: '%', frequency: 'ежегодно' });
      expect(run(yearly, pointsFrom('year', '2024', [11]), '2025-01-02')).toMatchObject({ comparison: 'period', comparedValue: null, status: 'on-target' });
    });
  });
});
