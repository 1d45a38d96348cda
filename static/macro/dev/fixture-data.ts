import { kpiTrend } from '@src/core/kpi/kpi-trend';
import type { KpiPointView, KpiView, MeasurementView } from '@src/contracts/kpi-contracts';
import type { ParsedBound } from '@src/core/card/process-card';
import type { KpiStatus } from '../src/kpi/kpi-view-types';
import { FIXTURE_KPIS } from './fixture-card';

/**
 * The fixture's measurements (dev only): one record per period, as the store would hold them,
 * and the board row each KPI's records give. Today is 12 April 2025 in Moscow, grace 14 days.
 */
export const TODAY = '2025-04-12';
export const ME = '5b3e0c1d2f4a6b7c8d9e0f1a';

const months = (from: string, count: number) => Array.from({ length: count }, (_, index) => {
  const [year, month] = from.split('-').map(Number) as [number, number];
  const at = new Date(Date.UTC(year, month - 1 + index, 1));
  return `${at.getUTCFullYear()}-${String(at.getUTCMonth() + 1).padStart(2, '0')}`;
});
const quarters = (from: string, count: number) => Array.from({ length: count }, (_, index) => {
  const [year, q] = [Number(from.slice(0, 4)), Number(from.slice(6))];
  const n = q - 1 + index;
  return `${year + Math.floor(n / 4)}-Q${(n % 4) + 1}`;
});
const halves = (from: string, count: number) => Array.from({ length: count }, (_, index) => {
  const n = Number(from.slice(6)) - 1 + index;
  return `${Number(from.slice(0, 4)) + Math.floor(n / 2)}-H${(n % 2) + 1}`;
});

/** Start and (exclusive) end of a period key. */
export function spanOf(key: string): { start: string; end: string } {
  const date = (year: number, month: number, day = 1) => new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
  const year = Number(key.replace(/^E/, '').slice(0, 4));
  let match: RegExpExecArray | null;
  if ((match = /^\d{4}-(\d{2})$/.exec(key))) return { start: date(year, Number(match[1])), end: date(year, Number(match[1]) + 1) };
  if ((match = /^\d{4}-Q(\d)$/.exec(key))) return { start: date(year, Number(match[1]) * 3 - 2), end: date(year, Number(match[1]) * 3 + 1) };
  if ((match = /^\d{4}-H(\d)$/.exec(key))) return { start: date(year, Number(match[1]) * 6 - 5), end: date(year, Number(match[1]) * 6 + 1) };
  const day = key.slice(1, 11);
  return { start: day, end: new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10) };
}

/** The fixture's own status rule: the target met, else beyond the warning threshold is off target. */
export function statusOf(value: number, target: ParsedBound | undefined, warning: ParsedBound | undefined): KpiStatus {
  if (target === undefined) return 'no-target';
  if (meets(value, target)) return 'on-target';
  return warning !== undefined && meets(value, warning) ? 'off-target' : 'warning';
}

function meets(value: number, bound: ParsedBound): boolean {
  switch (bound.comparator) {
    case '>=': return value >= bound.value;
    case '<=': return value <= bound.value;
    case '>': return value > bound.value;
    case '<': return value < bound.value;
    case '=': return value === bound.value;
    case 'range': return value >= bound.value && value <= (bound.max ?? bound.value);
  }
}

const VALUES: Record<string, Array<[string, number]>> = {
  'kpi-1': zip(months('2024-04', 12), [13.1, 14.2, 15.5, 16, 14.8, 15.9, 16.4, 17, 16.2, 17.8, 18.1, 17.2]),
  'kpi-2': zip(quarters('2023-Q2', 8), [88, 87, 86.5, 85.2, 84.1, 86, 83, 82]),
  'kpi-3': zip(months('2024-03', 12), [97, 99, 101.5, 103, 98, 96, 94, 97.5, 100, 99.2, 98.7, 101]),
  'kpi-4': zip(quarters('2023-Q2', 8), [24100, 23800, 24500, 26200, 27900, 31000, 32500, 30800]),
  'kpi-5': zip(halves('2021-H2', 6), [41, 44, 47, 51, 55, 52]),
  'kpi-6': [],
  'kpi-7': zip(months('2024-10', 6), [12400, 13100, 12900, 14200, 15100, 16050]),
  'kpi-8': [['E2024-06-10.a1', 35], ['E2024-09-02.b2', 18], ['E2024-11-20.c3', 8], ['E2025-01-15.d4', -4], ['E2025-03-03.e5', 22]],
};

function zip(keys: string[], values: number[]): Array<[string, number]> {
  return keys.map((key, index) => [key, values[index]!]);
}

export function fixtureMeasurements(language: 'ru' | 'en'): Record<string, MeasurementView[]> {
  const say = (ru: string, en: string) => (language === 'ru' ? ru : en);
  const records: Record<string, MeasurementView[]> = {};
  for (const kpi of FIXTURE_KPIS) {
    records[kpi.id] = (VALUES[kpi.id] ?? []).map(([key, value], index) => {
      const { start, end } = spanOf(key);
      const by = index % 3 === 2 ? 'system:webtrigger' : ME;
      return {
        periodKey: key, periodKind: kindOf(key), periodStart: start, periodEnd: end, status: 'current', revision: 1,
        valueStatus: statusOf(value, kpi.targetParsed, kpi.warningParsed),
        current: { action: 'recorded', value, comment: '', by, at: `${end}T07:30:00Z`, source: by === ME ? 'user' : 'webtrigger' },
        history: [],
      };
    });
  }
  const cac = records['kpi-4']!;
  const last = cac[cac.length - 1]!;
  last.revision = 2;
  last.history = [{ ...last.current, value: 29800 }];
  last.current = { ...last.current, action: 'corrected', at: '2025-04-08T11:05:00Z', comment: say('Учтены расходы на выставку', 'Exhibition costs added') };
  cac.unshift({
    periodKey: '2023-Q1', periodKind: 'quarter', ...spanOfRecord('2023-Q1'), status: 'withdrawn', revision: 2, valueStatus: 'on-target',
    current: { action: 'withdrawn', value: 19000, comment: say('Затраты учтены дважды', 'Costs counted twice'), by: ME, at: '2023-04-20T09:00:00Z', source: 'user' },
    history: [{ action: 'recorded', value: 19000, comment: '', by: ME, at: '2023-04-03T09:00:00Z', source: 'user' }],
  });
  records['kpi-1']![11]!.current.numerator = 43;
  records['kpi-1']![11]!.current.denominator = 250;
  return records;
}

function spanOfRecord(key: string) {
  const { start, end } = spanOf(key);
  return { periodStart: start, periodEnd: end };
}

export function kindOf(key: string): MeasurementView['periodKind'] {
  if (key.startsWith('E')) return 'event';
  if (key.includes('-Q')) return 'quarter';
  if (key.includes('-H')) return 'half-year';
  return 'month';
}

/** The board row the records give, with the fixture's due states and proposals. */
export function boardRow(kpiId: string, records: readonly MeasurementView[]): KpiView {
  const kpi = FIXTURE_KPIS.find((candidate) => candidate.id === kpiId)!;
  const points: KpiPointView[] = records
    .filter((record) => record.status === 'current')
    .sort((a, b) => a.periodStart.localeCompare(b.periodStart))
    .slice(-12)
    .map((record) => ({ periodKey: record.periodKey, periodStart: record.periodStart, periodEnd: record.periodEnd, value: record.current.value, status: record.valueStatus }));
  const latest = points[points.length - 1] ?? null;
  const extra = EXTRA[kpiId] ?? {};
  return {
    kpiId,
    kind: kindOf(latest?.periodKey ?? (kpi.frequencyCode === 'quarterly' ? '2025-Q1' : '2025-03')),
    status: extra.status ?? latest?.status ?? 'no-data',
    comparison: kpi.targetParsed === undefined ? 'none' : 'period',
    comparedValue: null,
    latest,
    points,
    trend: kpiTrend(points, kpi.direction),
    due: extra.due ?? null,
    escalation: extra.escalation ?? { level: 'none', reason: null },
    isMine: kpi.ownerRoleId === 'role-head',
  };
}

const upcoming = (periodKey: string, dueOn: string, overdueOn: string) => ({ periodKey, dueOn, overdueOn, state: 'upcoming' as const });
const EXTRA: Record<string, Partial<Pick<KpiView, 'status' | 'due' | 'escalation'>>> = {
  'kpi-1': {
    due: upcoming('2025-04', '2025-05-01', '2025-05-15'),
    escalation: { level: 'improvement', reason: { rule: { when: 'on-target', periods: 6, level: 'improvement' }, streak: 7, fromPeriod: '2024-09', toPeriod: '2025-03' } },
  },
  'kpi-2': { due: upcoming('2025-Q2', '2025-07-01', '2025-07-15') },
  'kpi-3': { due: { periodKey: '2025-03', dueOn: '2025-04-01', overdueOn: '2025-04-15', state: 'due' } },
  'kpi-4': {
    due: upcoming('2025-Q2', '2025-07-01', '2025-07-15'),
    escalation: { level: 'corrective-action', reason: { rule: { when: 'off-target', periods: 3, level: 'corrective-action' }, streak: 3, fromPeriod: '2024-Q3', toPeriod: '2025-Q1' } },
  },
  'kpi-5': { status: 'overdue', due: { periodKey: '2024-H2', dueOn: '2025-01-01', overdueOn: '2025-01-15', state: 'overdue' } },
  'kpi-6': { due: { periodKey: '2025-03', dueOn: '2025-04-01', overdueOn: '2025-04-15', state: 'due' } },
  'kpi-7': { due: upcoming('2025-04', '2025-05-01', '2025-05-15') },
};
