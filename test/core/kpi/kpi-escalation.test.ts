import { kpiEscalation } from '../../../src/core/kpi/kpi-escalation';
import { DEFAULT_ESCALATION_RULES, type EscalationRule, type KpiStatus, type PeriodKind } from '../../../src/core/kpi/kpi-types';
import type { KpiPointView } from '../../../src/core/results/kpi-results';
import { kpiWith, pointsFrom } from './kpi-builders';

const monthly = kpiWith({ frequencyCode: 'monthly' });

/** Consecutive periods from `firstKey` with these statuses; null leaves a period out. */
function views(kind: PeriodKind, firstKey: string, statuses: ReadonlyArray<KpiStatus | null>): KpiPointView[] {
  const points = pointsFrom(kind, firstKey, statuses.map((status) => (status === null ? null : 0)));
  const present = statuses.filter((status): status is KpiStatus => status !== null);
  return points.map((point, index) => ({ ...point, status: present[index]! }));
}

const ON = 'on-target';
const OFF = 'off-target';
const WARN = 'warning';

describe('kpiEscalation with the default rules', () => {
  const propose = (statuses: ReadonlyArray<KpiStatus | null>) => kpiEscalation(monthly, views('month', '2025-01', statuses), DEFAULT_ESCALATION_RULES);

  it('proposes a correction for one miss', () => {
    expect(propose([ON, ON, OFF])).toEqual({
      level: 'correction',
      reason: { rule: { when: 'off-target', periods: 1, level: 'correction' }, streak: 1, fromPeriod: '2025-03', toPeriod: '2025-03' },
    });
  });

  it('a corrective action for three misses in a row, naming the whole run', () => {
    expect(propose([OFF, OFF, OFF])).toEqual({
      level: 'corrective-action',
      reason: { rule: { when: 'off-target', periods: 3, level: 'corrective-action' }, streak: 3, fromPeriod: '2025-01', toPeriod: '2025-03' },
    });
    expect(propose([ON, OFF, OFF, OFF, OFF, OFF]).reason).toMatchObject({ streak: 5, fromPeriod: '2025-02', toPeriod: '2025-06' });
  });

  it('a missing period breaks the run', () => {
    expect(propose([OFF, OFF, null, OFF])).toMatchObject({ level: 'correction', reason: { streak: 1, fromPeriod: '2025-04' } });
    expect(propose([OFF, null, OFF, OFF, OFF])).toMatchObject({ level: 'corrective-action', reason: { streak: 3, fromPeriod: '2025-03' } });
  });

  it('an improvement after six periods on target, not five', () => {
    expect(propose([ON, ON, ON, ON, ON, ON])).toMatchObject({ level: 'improvement', reason: { streak: 6, fromPeriod: '2025-01', toPeriod: '2025-06' } });
    expect(propose([OFF, ON, ON, ON, ON, ON])).toEqual({ level: 'none', reason: null });
    expect(propose([ON, ON, ON, null, ON, ON, ON])).toEqual({ level: 'none', reason: null });
  });

  it('nothing for a warning, no values, or no target', () => {
    expect(propose([OFF, OFF, WARN])).toEqual({ level: 'none', reason: null });
    expect(propose([])).toEqual({ level: 'none', reason: null });
    expect(propose(['no-target', 'no-target', 'no-target', 'no-target', 'no-target', 'no-target'])).toEqual({ level: 'none', reason: null });
  });
});

describe('kpiEscalation rules', () => {
  it('are checked from the most severe level down, whatever order they are listed in', () => {
    const rules: EscalationRule[] = [
      { when: 'warning-or-worse', periods: 1, level: 'correction' },
      { when: 'warning-or-worse', periods: 2, level: 'corrective-action' },
    ];
    const points = views('month', '2025-01', [WARN, OFF]);
    expect(kpiEscalation(monthly, points, rules)).toMatchObject({ level: 'corrective-action', reason: { rule: rules[1], streak: 2 } });
    expect(kpiEscalation(monthly, points.slice(1), rules)).toMatchObject({ level: 'correction', reason: { rule: rules[0], streak: 1 } });
  });

  it('count ISO weeks across the year boundary', () => {
    const weekly = kpiWith({ frequencyCode: 'weekly' });
    const points = views('week', '2020-W52', [OFF, OFF, OFF]);
    expect(points.map((p) => p.periodKey)).toEqual(['2020-W52', '2020-W53', '2021-W01']);
    expect(kpiEscalation(weekly, points, DEFAULT_ESCALATION_RULES).reason).toMatchObject({ streak: 3, fromPeriod: '2020-W52' });
  });

  it('count events in a row whatever their dates', () => {
    const campaign = kpiWith({ frequencyCode: 'per-event' });
    const points: KpiPointView[] = ['E2025-01-10.a', 'E2025-05-02.b', 'E2025-11-30.c'].map((periodKey) => ({
      periodKey,
      periodStart: periodKey.slice(1, 11),
      periodEnd: periodKey.slice(1, 11),
      value: -1,
      status: OFF,
    }));
    expect(kpiEscalation(campaign, points, DEFAULT_ESCALATION_RULES)).toMatchObject({ level: 'corrective-action', reason: { streak: 3 } });
  });

  it('do not chain periods of another kind (the frequency was changed)', () => {
    const quarterly = kpiWith({ frequencyCode: 'quarterly' });
    expect(kpiEscalation(quarterly, views('month', '2025-01', [OFF, OFF, OFF]), DEFAULT_ESCALATION_RULES)).toMatchObject({
      level: 'correction',
      reason: { streak: 1 },
    });
  });
});
