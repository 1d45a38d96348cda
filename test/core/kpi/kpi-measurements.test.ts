import { memoryDependencies } from '../../support/memory-dependencies';
import { composeUseCases } from '../../../src/resolvers/compose-use-cases';
import { generateCard, generateKpi, placed } from '../../support/card-builders';
import { withRoles } from '../../../src/core/card/card-roles';
import { userActor, ANONYMOUS, type Actor } from '../../../src/core/actor';
import type { MacroContext } from '../../../src/core/usecases/macro-context';
import { emptySettings } from '../../../src/core/settings/card-settings';
import { timestampFresh } from '../../../src/core/ports/feed-secrets';
import { buildKpi } from '../../../src/core/import/read-kpis';
import { nextPeriod, periodOfKey } from '../../../src/core/kpi/kpi-period';

const PAGE = 'page-1';
const REQUEST = '11111111-1111-4111-8111-111111111111';

async function setup(kpiOverrides: Parameters<typeof generateKpi>[0] = {}) {
  const deps = memoryDependencies({ 'acc-editor': [PAGE] }, { 'acc-reader': [PAGE], 'acc-owner': [PAGE], 'acc-editor': [PAGE] });
  deps.memory.clock.set('2026-04-03T09:00:00.000Z');
  const kpi = generateKpi(kpiOverrides);
  const card = placed(generateCard({ kpis: [kpi] }), 's', PAGE);
  const saved = await deps.cards.save({ card: { ...card, content: withRoles(card.content) }, expectedVersion: 0, savedBy: 'acc-editor', savedAt: deps.now() });
  const useCases = composeUseCases(deps);
  const context = (actor: Actor): MacroContext => ({ actor, localId: 'm-1', location: { spaceId: 's', pageId: PAGE }, configCardId: undefined });
  const record = (actor: Actor, periodKey: string, value: number, expectedRevision = 0, extra: Record<string, unknown> = {}) =>
    useCases.measurements.record(context(actor), {
      cardId: saved.id,
      kpiId: saved.content.kpis[0]!.id,
      period: { key: periodKey },
      value,
      comment: '',
      expectedRevision,
      requestId: REQUEST,
      ...extra,
    });
  return { deps, useCases, card: saved, kpi: saved.content.kpis[0]!, context, record };
}

const entries = async (deps: ReturnType<typeof memoryDependencies>, cardId: string) => (await deps.audit.list(cardId)).items;

describe('entering KPI values', () => {
  it('stores a page editor’s value for a started period, updates the summary and records who and when', async () => {
    const { deps, card, kpi, record } = await setup();
    const result = await record(userActor('acc-editor'), '2026-03', 17.5);
    expect(result.measurement).toMatchObject({ periodKey: '2026-03', revision: 1, status: 'current', valueStatus: 'on-target' });
    expect(result.measurement.current).toMatchObject({ action: 'recorded', value: 17.5, by: 'acc-editor', at: '2026-04-03T09:00:00.000Z', source: 'user' });
    expect(result.board).toMatchObject({ kpiId: kpi.id, status: 'on-target', latest: { periodKey: '2026-03', value: 17.5 } });
    const summary = await deps.measurements.getSummary(card.id);
    expect(summary?.version).toBe(1);
    expect(summary?.kpis[kpi.id]?.points.map((point) => point.value)).toEqual([17.5]);
    expect((await entries(deps, card.id)).map((entry) => entry.action)).toEqual(['kpi.measured']);
  });

  it('refuses a reader with no role, and an anonymous caller, and changes nothing', async () => {
    const { deps, card, record } = await setup();
    await expect(record(userActor('acc-reader'), '2026-03', 10)).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'edit' });
    await expect(record(ANONYMOUS, '2026-03', 10)).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'sign-in' });
    expect(await deps.measurements.getSummary(card.id)).toBeNull();
    expect(await entries(deps, card.id)).toEqual([]);
  });

  it('lets the person mapped to the KPI’s owner role enter values', async () => {
    const { deps, card, kpi, record } = await setup();
    await deps.settings.save({
      settings: { ...emptySettings(card.id), roleMapping: { [kpi.ownerRoleId!]: { people: [{ accountId: 'acc-owner', name: 'Ольга' }], groups: [] } } },
      expectedVersion: 0,
      savedBy: 'acc-editor',
      savedAt: deps.now(),
      audit: { schemaVersion: 1, id: 'x', cardId: card.id, at: deps.now(), actor: userActor('acc-editor'), action: 'roles.mapped', summary: '', data: {} },
    });
    const result = await record(userActor('acc-owner'), '2026-03', 9);
    expect(result.measurement.valueStatus).toBe('off-target');
    expect(result.board.isMine).toBe(true);
  });

  it('refuses a period that has not started in the card’s time zone, and one of another frequency', async () => {
    const { deps, card, record } = await setup();
    await expect(record(userActor('acc-editor'), '2026-05', 10)).rejects.toMatchObject({ code: 'VALIDATION', reason: 'period-not-started' });
    await expect(record(userActor('acc-editor'), '2026-Q1', 10)).rejects.toMatchObject({ code: 'VALIDATION', reason: 'period-kind' });
    expect(await deps.measurements.getSummary(card.id)).toBeNull();
  });

  it('keeps one value per period: a second entry is a correction that keeps the first in its history', async () => {
    const { deps, card, record } = await setup();
    await record(userActor('acc-editor'), '2026-03', 10);
    await expect(record(userActor('acc-editor'), '2026-03', 11)).rejects.toMatchObject({ code: 'CONFLICT', reason: 'measurement-changed' });
    const corrected = await record(userActor('acc-editor'), '2026-03', 16, 1, { requestId: '22222222-2222-4222-8222-222222222222' });
    expect(corrected.measurement).toMatchObject({ revision: 2, current: { action: 'corrected', value: 16 } });
    expect(corrected.measurement.history.map((entry) => entry.value)).toEqual([10]);
    expect((await entries(deps, card.id)).map((entry) => entry.action).sort()).toEqual(['kpi.corrected', 'kpi.measured']);
    const list = await deps.measurements.listForKpi(card.id, card.content.kpis[0]!.id, { limit: 10 });
    expect(list.items).toHaveLength(1);
  });

  it('answers a retried request (its answer lost) as done, without a second record or audit entry', async () => {
    const { deps, card, record } = await setup();
    await record(userActor('acc-editor'), '2026-03', 10);
    const again = await record(userActor('acc-editor'), '2026-03', 10);
    expect(again.measurement.revision).toBe(1);
    expect(await entries(deps, card.id)).toHaveLength(1);
  });

  it('withdraws a value entered by mistake: kept in the history, no longer counted', async () => {
    const { deps, useCases, card, kpi, context, record } = await setup();
    await record(userActor('acc-editor'), '2026-02', 20);
    await record(userActor('acc-editor'), '2026-03', 5, 0, { requestId: '33333333-3333-4333-8333-333333333333' });
    const withdrawn = await useCases.measurements.withdraw(context(userActor('acc-editor')), {
      cardId: card.id,
      kpiId: kpi.id,
      periodKey: '2026-03',
      expectedRevision: 1,
      reason: 'typed into the wrong KPI',
    });
    expect(withdrawn.measurement).toMatchObject({ status: 'withdrawn', revision: 2, current: { action: 'withdrawn', value: 5, comment: 'typed into the wrong KPI' } });
    expect(withdrawn.board.latest).toMatchObject({ periodKey: '2026-02', value: 20 });
    expect((await deps.measurements.getSummary(card.id))?.kpis[kpi.id]?.points.map((point) => point.periodKey)).toEqual(['2026-02']);
    expect((await entries(deps, card.id)).map((entry) => entry.action)).toContain('kpi.withdrawn');
    await expect(
      useCases.measurements.withdraw(context(userActor('acc-editor')), { cardId: card.id, kpiId: kpi.id, periodKey: '2026-01', expectedRevision: 1, reason: 'x' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('gives a per-event KPI a period of its own for each event, named by the request id', async () => {
    const { useCases, card, kpi, context } = await setup({ frequencyCode: 'per-event', frequency: 'по кампании', target: '> 0', targetParsed: { comparator: '>', value: 0, unit: '' } });
    const input = { cardId: card.id, kpiId: kpi.id, value: 0.4, comment: 'spring campaign', expectedRevision: 0 };
    const first = await useCases.measurements.record(context(userActor('acc-editor')), { ...input, period: { eventDate: '2026-03-20' }, requestId: REQUEST });
    const second = await useCases.measurements.record(context(userActor('acc-editor')), {
      ...input,
      period: { eventDate: '2026-03-20' },
      requestId: '44444444-4444-4444-8444-444444444444',
    });
    expect(first.measurement.periodKey).not.toBe(second.measurement.periodKey);
    expect(first.measurement.periodStart).toBe('2026-03-20');
    await expect(
      useCases.measurements.record(context(userActor('acc-editor')), { ...input, period: { key: '2026-03' }, requestId: REQUEST }),
    ).rejects.toMatchObject({ code: 'VALIDATION', reason: 'period-kind' });
  });

  it('keeps events of one day in the order they were entered, whatever their random ids', async () => {
    const { deps, useCases, card, kpi, context } = await setup({ frequencyCode: 'per-event', frequency: 'по кампании', target: '> 0', targetParsed: { comparator: '>', value: 0, unit: '' } });
    const input = { cardId: card.id, kpiId: kpi.id, comment: '', expectedRevision: 0, period: { eventDate: '2026-03-20' } };
    // The first event's id sorts after the second's.
    await useCases.measurements.record(context(userActor('acc-editor')), { ...input, value: 1, requestId: 'ffffffff-ffff-4fff-8fff-ffffffffffff' });
    deps.memory.clock.set('2026-04-03T10:00:00.000Z');
    await useCases.measurements.record(context(userActor('acc-editor')), { ...input, value: 2, requestId: '00000000-0000-4000-8000-000000000001' });
    const summary = await deps.measurements.getSummary(card.id);
    expect(summary?.kpis[kpi.id]?.points.map((point) => point.value)).toEqual([1, 2]);
    const history = await useCases.kpiHistory(context(userActor('acc-editor')), { cardId: card.id, kpiId: kpi.id });
    expect(history.measurements.map((measurement) => measurement.current.value)).toEqual([2, 1]);
    expect(history.board.latest?.value).toBe(2);
  });

  it('judges a per-year target on a weekly KPI over the whole year of values, not the 12 the summary keeps', async () => {
    const { deps, card, kpi, record } = await setup(buildKpi({ name: 'Incidents', target: '≤ 12 в год', frequency: 'еженедельно' }));
    let period = periodOfKey('week', '2025-W06')!;
    for (let i = 0; i < 60; i += 1, period = nextPeriod(period)) {
      await record(userActor('acc-editor'), period.key, 1, 0, { requestId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` });
    }
    const entry = (await deps.measurements.getSummary(card.id))!.kpis[kpi.id]!;
    expect(entry.points).toHaveLength(12);
    expect(entry.points[11]).toMatchObject({ periodKey: '2026-W13', yearValue: 52 });
    // One incident a week is 52 a year: over the 12 allowed, though the 12 weeks kept add up to 12.
    expect(entry.status).toBe('off-target');
  });

  it('records a change of the escalation proposal with the value that caused it', async () => {
    const { deps, card, kpi, record } = await setup();
    await record(userActor('acc-editor'), '2026-03', 5);
    const summary = await deps.measurements.getSummary(card.id);
    expect(summary?.kpis[kpi.id]?.level).toBe('correction');
    expect(summary?.kpis[kpi.id]?.levelChanges).toEqual([expect.objectContaining({ from: 'none', to: 'correction' })]);
    const [entry] = await entries(deps, card.id);
    expect(entry?.data).toMatchObject({ levelFrom: 'none', levelTo: 'correction' });
  });
});

describe('the feed signature window', () => {
  it('accepts a timestamp within 5 minutes either way, to the second, and nothing that is not whole seconds', () => {
    const now = new Date('2026-04-03T09:00:00.000Z');
    const at = (offset: number) => String(now.getTime() / 1000 + offset);
    expect(timestampFresh(at(300), now)).toBe(true);
    expect(timestampFresh(at(-300), now)).toBe(true);
    expect(timestampFresh(at(301), now)).toBe(false);
    expect(timestampFresh(at(-301), now)).toBe(false);
    expect(timestampFresh('1775206800.5', now)).toBe(false);
    expect(timestampFresh('', now)).toBe(false);
  });
});
