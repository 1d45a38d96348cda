import { kpiFromDigest } from '../../../src/core/kpi/kpi-digest';
import { readTarget } from '../../../src/core/kpi/kpi-target';
import { nextPeriod, periodOfKey } from '../../../src/core/kpi/kpi-period';
import { buildKpiView, dueState, kpiDigest, summarizeKpi } from '../../../src/core/kpi/kpi-summary';
import {
  DEFAULT_ESCALATION_RULES,
  KpiSummaryEntry,
  MAX_LEVEL_CHANGES,
  type KpiMeasurement,
  type PeriodKind,
} from '../../../src/core/kpi/kpi-types';
import { kpiFrom, pointsFrom } from './kpi-builders';

const AT = '2025-04-03T08:00:00.000Z';
const kpi = { ...kpiFrom({ target: '≥ 95 %', warningThreshold: '90 %', frequency: 'ежемесячно', name: 'On-time delivery' }), ownerRoleId: 'role-1' };

function record(key: string, value: number, extra: Partial<KpiMeasurement> = {}, kind: PeriodKind = 'month'): KpiMeasurement {
  const period = periodOfKey(kind, key)!;
  const entry = { action: 'recorded' as const, value, comment: '', by: 'acc-1', at: AT, source: 'user' as const };
  return {
    schemaVersion: 1,
    cardId: 'card-1',
    kpiId: kpi.id,
    periodKey: key,
    periodKind: kind,
    periodStart: period.start,
    periodEnd: period.end,
    status: 'current',
    revision: 1,
    current: entry,
    history: [],
    ...extra,
  };
}

const months = (values: number[], first = 2024) =>
  values.map((value, index) => record(`${first + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`, value));

const summarize = (current: KpiMeasurement[], previous?: KpiSummaryEntry, today = '2025-04-03') =>
  summarizeKpi({ kpi, current, previous, today, graceDays: 5, rules: DEFAULT_ESCALATION_RULES, at: AT });

describe('kpiDigest', () => {
  it('copies what the daily run needs', () => {
    expect(kpiDigest(kpi)).toMatchObject({ name: 'On-time delivery', kind: 'month', ownerRoleId: 'role-1', target: '≥ 95 %', unit: '%', direction: 'higher' });
    const bare = kpiDigest({ ...kpi, ownerRoleId: undefined, frequencyCode: undefined });
    expect(bare.kind).toBe('event');
    expect(bare).not.toHaveProperty('ownerRoleId');
    // The run judges values from the digest alone: a KPI rebuilt from it reads the same target.
    expect(readTarget(kpiFromDigest('k', kpiDigest(kpi)))).toEqual(readTarget(kpi));
  });
});

describe('dueState', () => {
  const march = pointsFrom('month', '2025-03', [96]);

  it('with the period that ended filled in, the current one is upcoming', () => {
    expect(dueState('month', march, '2025-04-03', 5)).toEqual({ periodKey: '2025-04', dueOn: '2025-05-01', overdueOn: '2025-05-06', state: 'upcoming' });
  });

  it('the period that ended without a value is due, then overdue once the grace days are over', () => {
    const february = pointsFrom('month', '2025-02', [96]);
    expect(dueState('month', february, '2025-04-05', 5)).toEqual({ periodKey: '2025-03', dueOn: '2025-04-01', overdueOn: '2025-04-06', state: 'due' });
    expect(dueState('month', february, '2025-04-06', 5)).toEqual({ periodKey: '2025-03', dueOn: '2025-04-01', overdueOn: '2025-04-06', state: 'overdue' });
    expect(dueState('month', [], '2025-04-01', 0)?.state).toBe('overdue');
  });

  it('a value entered before its period ended makes the next period the upcoming one', () => {
    const early = pointsFrom('month', '2025-03', [96, 97]);
    expect(dueState('month', early, '2025-04-20', 5)).toEqual({ periodKey: '2025-05', dueOn: '2025-06-01', overdueOn: '2025-06-06', state: 'upcoming' });
  });

  it('counts ISO weeks and quarters', () => {
    expect(dueState('week', [], '2021-01-05', 2)).toEqual({ periodKey: '2020-W53', dueOn: '2021-01-04', overdueOn: '2021-01-06', state: 'due' });
    expect(dueState('quarter', pointsFrom('quarter', '2024-Q4', [1]), '2025-01-10', 5)?.periodKey).toBe('2025-Q1');
  });

  it('an event KPI is never due', () => {
    expect(dueState('event', [], '2025-04-03', 5)).toBeNull();
  });
});

describe('summarizeKpi', () => {
  it('keeps the last 12 current values by period, oldest first, whatever order they come in', () => {
    const records = months([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 99, 98, 97, 96]).reverse();
    records.push(record('2025-03', 10, { status: 'withdrawn', kpiId: kpi.id }), record('2025-01', 1, { kpiId: 'other' }));
    const { entry } = summarize(records);
    expect(entry.points.map((p) => p.periodKey)).toEqual(['2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03']);
    expect(entry.points[11]).toEqual({ periodKey: '2025-03', periodStart: '2025-03-01', periodEnd: '2025-04-01', value: 96 });
    expect(KpiSummaryEntry.parse(entry)).toEqual(entry);
  });

  it('keeps the newest revision of a period listed twice', () => {
    const { entry } = summarize([record('2025-03', 80), record('2025-03', 97, { revision: 2 })]);
    expect(entry.points.map((p) => p.value)).toEqual([97]);
  });

  it('records a level change with when and for which period', () => {
    const result = summarize(months([80, 85, 70], 2025));
    expect(result.entry).toEqual({
      kpiId: kpi.id,
      def: kpiDigest(kpi),
      points: pointsFrom('month', '2025-01', [80, 85, 70]),
      status: 'off-target',
      level: 'corrective-action',
      levelChanges: [{ at: AT, from: 'none', to: 'corrective-action', periodKey: '2025-03' }],
      due: { periodKey: '2025-04', dueOn: '2025-05-01', overdueOn: '2025-05-06', state: 'upcoming' },
    });
    expect(result.levelChanged).toEqual({ from: 'none', to: 'corrective-action' });
    expect(result.dueChanged).toBe(true);
  });

  it('a level back to none is a change too; the same level is none', () => {
    const first = summarize(months([80, 85, 70], 2025)).entry;
    const back = summarize(months([80, 85, 96], 2025), first, '2025-04-04');
    expect(back.levelChanged).toEqual({ from: 'corrective-action', to: 'none' });
    expect(back.entry.levelChanges.at(-1)).toEqual({ at: AT, from: 'corrective-action', to: 'none', periodKey: '2025-03' });
    expect(back.dueChanged).toBe(false);
    const again = summarize(months([80, 85, 96], 2025), back.entry, '2025-04-05');
    expect(again.levelChanged).toBeNull();
    expect(again.entry.levelChanges).toEqual(back.entry.levelChanges);
  });

  it('keeps the newest MAX_LEVEL_CHANGES level changes', () => {
    const old = Array.from({ length: MAX_LEVEL_CHANGES }, (_, i) => ({ at: `2024-01-${String(i + 1).padStart(2, '0')}T00:00:00.000Z`, from: 'none' as const, to: 'none' as const, periodKey: null }));
    const previous: KpiSummaryEntry = { kpiId: kpi.id, def: kpiDigest(kpi), points: [], status: 'no-data', level: 'none', levelChanges: old, due: null };
    const { entry } = summarize([record('2025-03', 70)], previous);
    expect(entry.levelChanges).toHaveLength(MAX_LEVEL_CHANGES);
    expect(entry.levelChanges[0]!.at).toBe('2024-01-02T00:00:00.000Z');
    expect(entry.levelChanges.at(-1)).toEqual({ at: AT, from: 'none', to: 'correction', periodKey: '2025-03' });
  });

  it('an overdue KPI says so in the entry and its due state', () => {
    const { entry } = summarize(months([96], 2025), undefined, '2025-04-10');
    expect(entry.status).toBe('overdue');
    expect(entry.due).toEqual({ periodKey: '2025-03', dueOn: '2025-04-01', overdueOn: '2025-04-06', state: 'overdue' });
  });
});

describe('a per-year target on a weekly KPI', () => {
  // At most 12 incidents a year, counted weekly: one a week is 52 a year, far over.
  const weekly = kpiFrom({ target: '≤ 12 в год', frequency: 'еженедельно', name: 'Incidents' });
  const weeks = (count: number) => {
    const records: KpiMeasurement[] = [];
    let period = periodOfKey('week', '2024-W01')!;
    for (let i = 0; i < count; i += 1, period = nextPeriod(period)) records.push({ ...record(period.key, 1, {}, 'week'), kpiId: weekly.id });
    return { records, today: period.start };
  };

  it('keeps each point’s year, worked out from the whole year of values, not the 12 the summary holds', () => {
    const { records, today } = weeks(70);
    const { entry } = summarizeKpi({ kpi: weekly, current: records, previous: undefined, today, graceDays: 5, rules: DEFAULT_ESCALATION_RULES, at: AT });
    expect(entry.points).toHaveLength(12);
    expect(entry.points.map((point) => point.yearValue)).toEqual(Array(12).fill(52));
    expect(entry.status).toBe('off-target');
    const view = buildKpiView({ kpi: weekly, entry, today, graceDays: 5, rules: DEFAULT_ESCALATION_RULES, isMine: false });
    expect(view).toMatchObject({ status: 'off-target', comparison: 'rolling-year', comparedValue: 52 });
    // The 12 points alone would have read as on target (12 in the year).
    const bare = { ...entry, points: entry.points.map(({ yearValue: _kept, ...point }) => point) };
    expect(buildKpiView({ kpi: weekly, entry: bare, today, graceDays: 5, rules: DEFAULT_ESCALATION_RULES, isMine: false })).toMatchObject({ status: 'on-target', comparedValue: 12 });
  });

  it('a KPI compared period by period keeps no year value', () => {
    const { entry } = summarize(months([96, 97, 98], 2025));
    expect(entry.points.every((point) => point.yearValue === undefined)).toBe(true);
  });
});

describe('buildKpiView', () => {
  it('recomputes status and due state for today from an entry written earlier', () => {
    const { entry } = summarize(months([96, 97, 98], 2025));
    expect(entry.status).toBe('on-target');
    const view = buildKpiView({ kpi, entry, today: '2025-05-07', graceDays: 5, rules: DEFAULT_ESCALATION_RULES, isMine: true });
    const latest = { periodKey: '2025-03', periodStart: '2025-03-01', periodEnd: '2025-04-01', value: 98, status: 'on-target' };
    expect(view).toEqual({
      kpiId: kpi.id,
      kind: 'month',
      status: 'overdue',
      comparison: 'period',
      comparedValue: null,
      latest,
      points: [
        { periodKey: '2025-01', periodStart: '2025-01-01', periodEnd: '2025-02-01', value: 96, status: 'on-target' },
        { periodKey: '2025-02', periodStart: '2025-02-01', periodEnd: '2025-03-01', value: 97, status: 'on-target' },
        latest,
      ],
      due: { periodKey: '2025-04', dueOn: '2025-05-01', overdueOn: '2025-05-06', state: 'overdue' },
      trend: 'improving',
      escalation: { level: 'none', reason: null },
      isMine: true,
    });
  });

  it('shows no data for a KPI the summary has no entry for', () => {
    const view = buildKpiView({ kpi, entry: undefined, today: '2025-04-02', graceDays: 5, rules: DEFAULT_ESCALATION_RULES, isMine: false });
    expect(view).toMatchObject({ status: 'no-data', latest: null, points: [], escalation: { level: 'none', reason: null }, isMine: false });
    expect(view.due?.state).toBe('due');
  });

  it('uses the rules it is given', () => {
    const { entry } = summarize([record('2025-03', 80)]);
    const view = (rules: typeof DEFAULT_ESCALATION_RULES) => buildKpiView({ kpi, entry, today: '2025-04-03', graceDays: 5, rules, isMine: false });
    expect(view(DEFAULT_ESCALATION_RULES).escalation.level).toBe('correction');
    expect(view([]).escalation).toEqual({ level: 'none', reason: null });
  });
});
