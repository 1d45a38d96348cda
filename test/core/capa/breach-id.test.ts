import { breachIdOf } from '../../../src/core/capa/breach-id';
import { ItemId } from '../../../src/core/card/process-card';
import { generateKpi } from '../../support/card-builders';
import { kpiDigest } from '../../../src/core/kpi/kpi-digest';
import type { EscalationLevel, KpiSummaryEntry } from '../../../src/core/kpi/kpi-types';

const kpi = generateKpi();
const month = (index: number) => `${2025 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
const point = (index: number) => ({ periodKey: month(index), periodStart: `${month(index)}-01`, periodEnd: `${month(index + 1)}-01`, value: 8 });

/** A summary entry for months 0..last, its level and the changes that led there ([month, to]). */
function entry(last: number, level: EscalationLevel, changes: Array<[number, EscalationLevel]>): KpiSummaryEntry {
  let from: EscalationLevel = 'none';
  const levelChanges = changes.map(([index, to]) => {
    const change = { at: `${month(index + 1)}-02T09:00:00.000Z`, from, to, periodKey: month(index) };
    from = to;
    return change;
  });
  const points = Array.from({ length: Math.min(12, last + 1) }, (_, offset) => point(last - Math.min(12, last + 1) + 1 + offset));
  return { kpiId: kpi.id, def: kpiDigest(kpi), points, status: 'off-target', level, levelChanges, due: null };
}

describe('the id of a KPI breach', () => {
  const firstBreach: Array<[number, EscalationLevel]> = [
    [0, 'correction'],
    [2, 'corrective-action'],
  ];

  it('is none unless the rules call for a corrective action', () => {
    expect(breachIdOf('card-1', entry(0, 'correction', [[0, 'correction']]))).toBeNull();
    expect(breachIdOf('card-1', entry(5, 'improvement', [[5, 'improvement']]))).toBeNull();
    // A level with no change that led to it names no breach: nothing is raised rather than raised twice.
    expect(breachIdOf('card-1', entry(2, 'corrective-action', []))).toBeNull();
  });

  it('stays the same while the breach lasts, also once the run outgrows the twelve periods the summary keeps', () => {
    const id = breachIdOf('card-1', entry(2, 'corrective-action', firstBreach));
    expect(id).toMatch(/^breach-[0-9a-f]{16}$/);
    expect(ItemId.safeParse(id).success).toBe(true);
    for (const last of [3, 11, 12, 20]) expect(breachIdOf('card-1', entry(last, 'corrective-action', firstBreach))).toBe(id);
  });

  it('is new for a breach after the KPI recovered, and differs between KPIs and cards', () => {
    const first = breachIdOf('card-1', entry(2, 'corrective-action', firstBreach));
    const again = breachIdOf('card-1', entry(8, 'corrective-action', [...firstBreach, [3, 'none'], [6, 'correction'], [8, 'corrective-action']]));
    expect(again).not.toBeNull();
    expect(again).not.toBe(first);
    expect(breachIdOf('card-2', entry(2, 'corrective-action', firstBreach))).not.toBe(first);
    expect(breachIdOf('card-1', { ...entry(2, 'corrective-action', firstBreach), kpiId: 'kpi-other' })).not.toBe(first);
  });
});
