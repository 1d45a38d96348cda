import type { ParsedBound } from '../../../src/core/card/process-card';
import { readTarget, readTargetUncached, type TargetRule } from '../../../src/core/kpi/kpi-target';
import { kpiStatus, valueStatus } from '../../../src/core/kpi/kpi-status';
import type { Kpi } from '../../../src/core/card/process-card';
import { periodKindOf } from '../../../src/core/kpi/kpi-period';
import { compileJudge, judgeValue, statusProfile } from '../../../src/core/kpi/point-status';
import { kpiFrom, kpiWith } from './kpi-builders';

const TARGETS = ['≥ 95 %', '≤ 2 %', '95–102 %', '> 0', '< 5', '= 100', '95 %', 'LTV:CAC ≥ 3', '≥ 10 %/year', '≤ 1 %', '≥ 15 %', '≥ −5'];
const THRESHOLDS = ['', '90 %', '3 %', '< 12 %', '> 0,8 %', '90–105 %', '97 %', '-5'];
const EPSILON = 1e-9;

/** Values on, just inside and just outside every limit a bound has, and the odd non-finite one. */
function valuesAround(rule: TargetRule): number[] {
  const limits = [rule.bound, rule.warning, rule.early].flatMap((bound) => (bound ? [bound.value, bound.max ?? bound.value] : []));
  const values = [0, -1, 1e6, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
  for (const limit of limits) {
    for (const offset of [0, EPSILON, -EPSILON, 2 * EPSILON, -2 * EPSILON, 0.5 * EPSILON, -0.5 * EPSILON, 0.01, -0.01]) values.push(limit + offset);
  }
  return values;
}

describe('the compiled judge', () => {
  it('answers as valueStatus for every target form, threshold and value around their limits', () => {
    for (const target of TARGETS) {
      for (const warningThreshold of THRESHOLDS) {
        const rule = readTarget(kpiFrom({ target, warningThreshold }));
        if (rule === null) continue;
        const judge = compileJudge(rule);
        for (const value of valuesAround(rule)) expect([target, warningThreshold, value, judgeValue(judge, value)]).toEqual([target, warningThreshold, value, valueStatus(rule, value)]);
      }
    }
    expect(judgeValue(null, 5)).toBe(valueStatus(null, 5));
  });

  it('meets nothing with a comparator the schema does not know, as meetsBound', () => {
    const odd = { comparator: '≈', value: 5, unit: '' } as unknown as ParsedBound;
    const rule: TargetRule = { bound: odd, warning: null, early: null, direction: null, perYear: false };
    for (const value of [4, 5, 6]) expect(judgeValue(compileJudge(rule), value)).toBe(valueStatus(rule, value));
  });
});

describe('the status profile kept per KPI', () => {
  const fresh = (kpi: Kpi) => {
    const rule = readTargetUncached(kpi);
    const kind = periodKindOf(kpi);
    const rolling = rule !== null && rule.perYear && kind !== 'year' && kind !== 'event';
    return { kind, rule, rolling, compound: rule?.bound.unit === '%', comparison: rule === null ? 'none' : rolling ? 'rolling-year' : 'period' };
  };

  it('is what the KPI’s fields say, read again when one of them changes', () => {
    const kpi = kpiFrom({ target: '≥ 10 %/year', unit: '%', frequency: 'ежеквартально' });
    const changes: Array<(k: Kpi) => void> = [
      () => undefined,
      (k) => (k.frequencyCode = 'yearly'),
      (k) => (k.frequencyCode = 'monthly'),
      (k) => (k.target = '≥ 95 %'),
      (k) => (k.targetParsed = undefined),
      (k) => (k.warningThreshold = '90 %'),
      (k) => (k.frequencyCode = undefined),
    ];
    for (const change of changes) {
      change(kpi);
      const profile = statusProfile(kpi);
      expect(profile).toMatchObject(fresh(kpi));
      expect(profile.judge).toEqual(profile.rule && compileJudge(profile.rule));
      expect(statusProfile(kpi)).toBe(profile);
      expect(Object.isFrozen(profile)).toBe(true);
    }
  });
});

describe('the rolling year with the year-back dates kept', () => {
  it('reads a malformed period end as an error every time, not once', () => {
    const kpi = kpiWith({ target: '≥ 10 %/year', unit: '%', frequencyCode: 'monthly' });
    const points = [{ periodKey: '2025-02', periodStart: '2025-02-01', periodEnd: '2025-02-30', value: 1 }];
    expect(() => kpiStatus({ kpi, points, today: '2025-03-02', graceDays: 5 })).toThrow(RangeError);
    expect(() => kpiStatus({ kpi, points, today: '2025-03-02', graceDays: 5 })).toThrow(RangeError);
  });
});
