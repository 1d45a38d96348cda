import { kpiEscalation } from '../../../src/core/kpi/kpi-escalation';
import type { EscalationRule } from '../../../src/core/kpi/kpi-types';
import type { KpiPointView } from '../../../src/core/results/kpi-results';
import { kpiWith, pointsFrom } from './kpi-builders';

const monthly = kpiWith({ frequencyCode: 'monthly' });
const threeOff: KpiPointView[] = pointsFrom('month', '2025-01', [0, 0, 0]).map((point) => ({ ...point, status: 'off-target' }));

const correction: EscalationRule = { when: 'off-target', periods: 1, level: 'correction' };
const corrective: EscalationRule = { when: 'off-target', periods: 3, level: 'corrective-action' };
const improvement: EscalationRule = { when: 'on-target', periods: 6, level: 'improvement' };

/** Every order of a list. */
function orders<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) => orders([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]));
}

describe('escalation rules sorted once per list', () => {
  it('picks the most severe rule that holds, in whatever order the rules are listed', () => {
    for (const rules of orders([correction, corrective, improvement])) {
      expect(kpiEscalation(monthly, threeOff, rules)).toMatchObject({ level: 'corrective-action', reason: { rule: corrective, streak: 3 } });
      expect(kpiEscalation(monthly, threeOff.slice(1), rules)).toMatchObject({ level: 'correction', reason: { rule: correction, streak: 2 } });
    }
  });

  it('keeps the listed order within a level, the same on every use of one list', () => {
    const first: EscalationRule = { when: 'warning-or-worse', periods: 1, level: 'correction' };
    const rules = [first, correction];
    for (let use = 0; use < 3; use += 1) expect(kpiEscalation(monthly, threeOff, rules).reason?.rule).toBe(first);
  });

  it('sorts a list again when it is changed in place', () => {
    const rules: EscalationRule[] = [correction];
    expect(kpiEscalation(monthly, threeOff, rules).level).toBe('correction');
    rules.push(corrective);
    expect(kpiEscalation(monthly, threeOff, rules).level).toBe('corrective-action');
    rules[1] = { when: 'off-target', periods: 4, level: 'corrective-action' };
    expect(kpiEscalation(monthly, threeOff, rules).level).toBe('correction');
    const edited = { ...correction };
    rules.splice(0, 2, edited, corrective);
    expect(kpiEscalation(monthly, threeOff, rules).level).toBe('corrective-action');
    // A rule's level edited in place moves it in the order (now listed first of its level); its length is read on each use.
    Object.assign(edited, { level: 'corrective-action', periods: 2 });
    expect(kpiEscalation(monthly, threeOff, rules).reason?.rule).toBe(edited);
    Object.assign(edited, { periods: 5 });
    expect(kpiEscalation(monthly, threeOff, rules).reason?.rule).toBe(corrective);
  });
});
