import type { Kpi } from '../../../src/core/card/process-card';
import { readTarget, readTargetUncached } from '../../../src/core/kpi/kpi-target';
import { kpiFrom, kpiWith } from './kpi-builders';

/** Every target and threshold form the other KPI tests read, readable or not. */
const TARGETS = [
  '≥ 95 %', '>= 95%', '≤ 2 %', '95–102 %', '95-102%', 'от 95 до 102 %', 'between 5 and 10 days', '> 0', 'LTV:CAC ≥ 3',
  'не менее 95%', 'Не более 2 %', 'at least 15 %', 'at most 3 days', 'доля брака не более 0,5 %', '≥ 10 %/year',
  '≥ 10 % в год', '≥ 10 %/год', 'annual growth ≥ 10 %', '95 % и более', '5 days or less', '= 100 %', '≥ −5',
  'до 5 рабочих дней', '≥ 1 000 руб.', '10% per year', '≥ 95', '≥ 10', '102–95 %', '≤ 1 %', '≥ 15 %', '= 100',
  '', 'см. п. 6.7', 'снижение на 5 %', 'рост', 'TBD', '95 % 102 %', '≥', '≥ 95 % ≤ 102 %', '±2 %', '95 % – 102 руб.', 'see the plan',
];
const THRESHOLDS = ['', '90 %', '3 %', '-5', '> 90 %', '< 12 %', '< 90 %', '90–105 %', '> 0,8 %', '97 %', 'ask the owner', '95'];
const UNITS = ['', '%', '% в год'];

/** The KPIs both ways they are made (as the importer reads the cells, and with the text alone), with each threshold, unit and direction. */
function everyForm(): Kpi[] {
  const kpis: Kpi[] = [];
  for (const target of TARGETS) {
    for (const warningThreshold of THRESHOLDS) kpis.push(kpiFrom({ target, warningThreshold }), kpiWith({ target, warningThreshold }));
    for (const unit of UNITS) {
      for (const direction of [null, 'higher', 'lower'] as const) kpis.push(kpiWith({ target, unit, direction, warningThreshold: '90 %' }));
      kpis.push(kpiFrom({ target, unit, warningThreshold: '< 12 %' }));
    }
  }
  return kpis;
}

describe('readTarget memo', () => {
  it('answers as an uncached read for every target form, on the first read and every read after', () => {
    for (const kpi of everyForm()) {
      const expected = readTargetUncached(kpi);
      expect(readTarget(kpi)).toEqual(expected);
      expect(readTarget(kpi)).toEqual(expected);
    }
  });

  it('gives the same object for the same unchanged KPI, frozen so no caller changes it for the others', () => {
    const kpi = kpiFrom({ target: '≥ 95 %', warningThreshold: '90 %' });
    const rule = readTarget(kpi);
    expect(readTarget(kpi)).toBe(rule);
    expect(Object.isFrozen(rule)).toBe(true);
    expect(Object.isFrozen(rule?.bound)).toBe(true);
    expect(Object.isFrozen(rule?.warning)).toBe(true);
  });

  it('reads again when a field it depends on changes on the same object', () => {
    const kpi = kpiWith({ target: '≥ 95 %' });
    const changes: Array<(k: Kpi) => void> = [
      (k) => (k.target = '≤ 2 %'),
      (k) => (k.warningThreshold = '3 %'),
      (k) => (k.unit = '% в год'),
      (k) => (k.direction = 'lower'),
      (k) => (k.targetParsed = { comparator: '>=', value: 80, unit: '%' }),
      (k) => (k.warningParsed = { comparator: '>=', value: 70, unit: '%' }),
      (k) => (k.target = '95 %'),
      (k) => (k.targetParsed = undefined),
    ];
    for (const change of changes) {
      readTarget(kpi);
      change(kpi);
      expect(readTarget(kpi)).toEqual(readTargetUncached(kpi));
    }
  });
});
