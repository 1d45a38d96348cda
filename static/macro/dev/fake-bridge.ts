/**
 * Dev only: stands in for static/shared/bridge.ts in the KPI fixture (fixture/vite alias), so the
 * KPI table and its panels run against the fixture's records with no Forge behind them. A comment
 * containing "conflict" makes a write lose to someone else's, to show that path.
 */
import type { ResolverResult } from '@src/contracts/resolver-contracts';
import type { KpiSettingsView, MeasurementView } from '@src/contracts/kpi-contracts';
import type { ResolverApi } from '@shared/resolver-api';
import { FIXTURE_KPIS } from './fixture-card';
import { boardRow, fixtureMeasurements, kindOf, ME, spanOf, statusOf } from './fixture-data';

export type ResolverKeyOf = keyof ResolverApi;
export type { MacroContext } from '@shared/bridge';

const language = new URLSearchParams(location.search).get('locale')?.startsWith('ru') ? 'ru' : 'en';
const store = fixtureMeasurements(language);
const PAGE = 8;
let settings: KpiSettingsView = {
  cardId: 'card-fixture', version: 3, timeZone: null, siteTimeZone: 'Europe/Moscow', graceDays: 14,
  kpis: FIXTURE_KPIS.map((kpi) => ({ kpiId: kpi.id, name: kpi.name[language], rules: kpi.id === 'kpi-4' ? [{ when: 'off-target', periods: 2, level: 'corrective-action' }] : null })),
  defaultRules: [{ when: 'off-target', periods: 1, level: 'correction' }, { when: 'off-target', periods: 3, level: 'corrective-action' }, { when: 'on-target', periods: 6, level: 'improvement' }],
  feed: { configured: true, rotatedAt: '2025-02-03T10:00:00Z', url: 'https://a1b2c3.hello.atlassian-dev.net/x1/Zp0kq9/cards/card-fixture' },
  canEdit: true,
};

type Answer<K extends ResolverKeyOf> = ResolverResult<ResolverApi[K]['result']>;
const fail = (code: 'CONFLICT' | 'NOT_FOUND' | 'INTERNAL', reason: string | undefined, message: string) =>
  ({ ok: false, error: { code, ...(reason === undefined ? {} : { reason }), message } }) as never;

export async function invokeResolver<K extends ResolverKeyOf>(key: K, payload: ResolverApi[K]['payload']): Promise<Answer<K>> {
  await new Promise((done) => setTimeout(done, 120));
  return answer(key, payload as never) as Answer<K>;
}

function answer(key: ResolverKeyOf, payload: { kpiId?: string; cursor?: string; periodKey?: string; reason?: string }): ResolverResult<unknown> {
  const kpiId = payload.kpiId ?? '';
  const records = store[kpiId];
  switch (key) {
    case 'kpi/history': {
      if (records === undefined) return fail('NOT_FOUND', 'kpi', 'no such KPI');
      const sorted = [...records].sort((a, b) => b.periodStart.localeCompare(a.periodStart));
      const from = payload.cursor === undefined ? 0 : Number(payload.cursor);
      return { ok: true, data: history(kpiId, sorted, from) };
    }
    case 'kpi/record': {
      if (records === undefined) return fail('NOT_FOUND', 'kpi', 'no such KPI');
      const input = payload as unknown as ResolverApi['kpi/record']['payload'];
      const kpi = FIXTURE_KPIS.find((candidate) => candidate.id === input.kpiId)!;
      const periodKey = 'key' in input.period ? input.period.key : `E${input.period.eventDate}.${input.requestId.slice(0, 6)}`;
      const existing = records.find((record) => record.periodKey === periodKey);
      if ((input.comment ?? '').includes('conflict')) {
        upsert(records, periodKey, 31.5, 'someone-else-0a1b2c', kpi);
        return fail('CONFLICT', 'measurement-changed', 'the value changed meanwhile');
      }
      if ((existing?.revision ?? 0) !== input.expectedRevision) return fail('CONFLICT', existing ? 'measurement-changed' : 'period-has-value', 'stale revision');
      const measurement = upsert(records, periodKey, input.value, ME, kpi, input.comment ?? '', input.numerator, input.denominator);
      return { ok: true, data: { measurement, board: boardRow(input.kpiId, records) } };
    }
    case 'kpi/withdraw': {
      const record = records?.find((candidate) => candidate.periodKey === payload.periodKey);
      if (records === undefined || record === undefined) return fail('NOT_FOUND', 'measurement', 'no such value');
      record.history.unshift({ ...record.current });
      record.current = { ...record.current, action: 'withdrawn', comment: payload.reason ?? '', by: ME, at: new Date().toISOString() };
      record.status = 'withdrawn';
      record.revision += 1;
      return { ok: true, data: { measurement: record, board: boardRow(kpiId, records) } };
    }
    case 'kpi/settings-get':
      return { ok: true, data: settings };
    case 'kpi/settings-save': {
      const input = payload as unknown as ResolverApi['kpi/settings-save']['payload'];
      if (input.expectedVersion !== settings.version) return fail('CONFLICT', 'version', 'stale settings');
      settings = { ...settings, version: settings.version + 1, timeZone: input.timeZone, graceDays: input.graceDays, kpis: settings.kpis.map((kpi) => ({ ...kpi, rules: input.rules[kpi.kpiId] ?? null })) };
      return { ok: true, data: settings };
    }
    case 'kpi/feed-rotate':
      settings = { ...settings, version: settings.version + 1, feed: { ...settings.feed, configured: true, rotatedAt: new Date().toISOString() } };
      return { ok: true, data: { secret: 'pcs_7f3a9c2e4b8d1f6a0c5e9b3d7a2f4c8e', url: settings.feed.url!, settings } };
    case 'action/list':
      // One linked corrective action for the first KPI, as a reader with Jira access sees it.
      return {
        ok: true,
        data: {
          jira: 'ok',
          target: 'ready',
          issues: [{ id: '10042', key: 'QMS-12', summary: 'Lead conversion below target', statusName: 'CA: Root cause analysis', statusCategory: 'indeterminate', kind: 'corrective-action', kpiId: 'kpi-1', url: null }],
          more: false,
        },
      };
    default:
      return fail('INTERNAL', undefined, `${key} is not part of the KPI fixture`);
  }
}

function history(kpiId: string, sorted: MeasurementView[], from: number): ResolverApi['kpi/history']['result'] {
  const kpi = FIXTURE_KPIS.find((candidate) => candidate.id === kpiId)!;
  const board = boardRow(kpiId, sorted);
  const open = kpi.frequencyCode === 'per-event' ? [] : kpi.frequencyCode === 'quarterly' ? ['2025-Q2', '2025-Q1'] : kpi.frequencyCode === 'half-yearly' ? ['2025-H1', '2024-H2'] : ['2025-04', '2025-03', '2025-02'];
  return {
    cardId: 'card-fixture', kpiId, kind: board.kind, target: kpi.targetParsed ?? null, warning: kpi.warningParsed ?? null, direction: kpi.direction,
    measurements: sorted.slice(from, from + PAGE),
    cursor: from + PAGE < sorted.length ? String(from + PAGE) : null,
    openPeriods: open.map((periodKey) => ({ periodKey, periodStart: spanOf(periodKey).start, periodEnd: spanOf(periodKey).end, revision: sorted.find((record) => record.periodKey === periodKey)?.revision ?? 0 })),
    ratio: kpiId === 'kpi-1',
    canRecord: kpiId !== 'kpi-7',
    board,
    levelChanges:
      kpiId === 'kpi-4'
        ? [{ at: '2024-10-03T06:00:00Z', from: 'none', to: 'correction', periodKey: '2024-Q3' }, { at: '2025-04-02T06:00:00Z', from: 'correction', to: 'corrective-action', periodKey: '2025-Q1' }]
        : kpiId === 'kpi-1' ? [{ at: '2025-04-02T06:00:00Z', from: 'none', to: 'improvement', periodKey: '2025-03' }] : [],
    people: {},
  };
}

function upsert(records: MeasurementView[], periodKey: string, value: number, by: string, kpi: (typeof FIXTURE_KPIS)[number], comment = '', numerator?: number, denominator?: number): MeasurementView {
  const entry = { action: 'recorded' as 'recorded' | 'corrected', value, comment, by, at: new Date().toISOString(), source: 'user' as const, ...(numerator === undefined ? {} : { numerator }), ...(denominator === undefined ? {} : { denominator }) };
  const existing = records.find((record) => record.periodKey === periodKey);
  const valueStatus = statusOf(value, kpi.targetParsed, kpi.warningParsed);
  if (existing !== undefined) {
    existing.history.unshift(existing.current);
    Object.assign(existing, { current: { ...entry, action: 'corrected' }, revision: existing.revision + 1, status: 'current', valueStatus });
    return existing;
  }
  const { start, end } = spanOf(periodKey);
  const created: MeasurementView = { periodKey, periodKind: kindOf(periodKey), periodStart: start, periodEnd: end, status: 'current', revision: 1, valueStatus, current: entry, history: [] };
  records.push(created);
  return created;
}

export async function enableTheme(): Promise<void> {}
/** Links to Jira go nowhere in the fixture. */
export async function openExternal(): Promise<void> {}
export async function readMacroContext(): Promise<never> {
  throw new Error('not in the fixture');
}
