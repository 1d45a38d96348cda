import { memoryDependencies } from '../../support/memory-dependencies';
import { composeUseCases } from '../../../src/resolvers/compose-use-cases';
import { generateCard, generateKpi, placed } from '../../support/card-builders';
import { withRoles } from '../../../src/core/card/card-roles';
import { userActor } from '../../../src/core/actor';

const PAGE = 'page-1';

async function setup(cardCount: number) {
  const deps = memoryDependencies({ 'acc-editor': [PAGE] });
  deps.memory.clock.set('2026-03-05T09:00:00.000Z');
  const useCases = composeUseCases(deps);
  const cards = [];
  for (let index = 0; index < cardCount; index += 1) {
    const card = placed(generateCard({ kpis: [generateKpi()] }), 's', PAGE);
    const saved = await deps.cards.save({ card: { ...card, content: withRoles(card.content) }, expectedVersion: 0, savedBy: 'acc-editor', savedAt: deps.now() });
    // A value for January: February's is due from 1 March and overdue after the grace days.
    await useCases.measurements.record(
      { actor: userActor('acc-editor'), localId: 'm', location: { spaceId: 's', pageId: PAGE }, configCardId: undefined },
      { cardId: saved.id, kpiId: saved.content.kpis[0]!.id, period: { key: '2026-01' }, value: 20, comment: '', expectedRevision: 0, requestId: '11111111-1111-4111-8111-111111111111' },
    );
    cards.push(saved);
  }
  return { deps, useCases, cards };
}

describe('the daily reminder run', () => {
  it('enqueues the cards 25 a batch, starting 20 batches a minute (delays) to stay inside the storage quotas', async () => {
    const { deps, useCases } = await setup(60);
    expect(await useCases.reminders.enqueue()).toEqual({ cards: 60, events: 3, pushRequests: 1 });
    expect(deps.memory.reminderQueue.pushed.map((item) => item.batch.cardIds.length)).toEqual([25, 25, 10]);
    expect(deps.memory.reminderQueue.pushed.every((item) => item.delayInSeconds === 0)).toBe(true);
  });

  it('spreads a large run over minutes', async () => {
    const { deps, useCases } = await setup(0);
    const ids = Array.from({ length: 1000 }, (_, index) => `card-${index}`);
    deps.measurements.listSummaries = async () => ({ items: ids.map((cardId) => ({ cardId }) as never), cursor: null });
    expect(await useCases.reminders.enqueue()).toEqual({ cards: 1000, events: 40, pushRequests: 1 });
    expect(deps.memory.reminderQueue.pushed.map((item) => item.delayInSeconds)).toEqual([...Array(20).fill(0), ...Array(20).fill(60)]);
  });

  it('marks a value overdue once the grace days have passed, once: a redelivered batch changes nothing', async () => {
    const { deps, useCases, cards } = await setup(2);
    const kpiId = cards[0]!.content.kpis[0]!.id;
    const summaryBefore = await deps.measurements.getSummary(cards[0]!.id);
    expect(summaryBefore?.kpis[kpiId]?.due).toMatchObject({ periodKey: '2026-02', state: 'due' });

    deps.memory.clock.set('2026-03-12T06:00:00.000Z');
    const batch = { cardIds: cards.map((card) => card.id), runAt: deps.now() };
    expect(await useCases.reminders.check(batch)).toEqual({ checked: 2, skipped: 0, written: 2, raised: 0 });
    const after = await deps.measurements.getSummary(cards[0]!.id);
    expect(after?.kpis[kpiId]).toMatchObject({ status: 'overdue', due: { periodKey: '2026-02', state: 'overdue' } });
    expect(after?.remindersRunDate).toBe('2026-03-12');
    const trail = (await deps.audit.list(cards[0]!.id)).items;
    const auditCount = trail.length;
    expect(trail[0]).toMatchObject({ action: 'kpi.due-changed', actor: { kind: 'system', source: 'consumer' }, data: { runDate: '2026-03-12', states: [`${kpiId}:overdue`] } });
    expect(trail[0]?.summary).toMatch(/1 overdue/);

    expect(await useCases.reminders.check(batch)).toEqual({ checked: 2, skipped: 2, written: 0, raised: 0 });
    expect((await deps.measurements.getSummary(cards[0]!.id))?.version).toBe(after?.version);
    expect((await deps.audit.list(cards[0]!.id)).items).toHaveLength(auditCount);
  });

  it('is simply redone when the consumer dies half-way: the cards already done are skipped, the rest finished', async () => {
    const { deps, useCases, cards } = await setup(3);
    deps.memory.clock.set('2026-03-12T06:00:00.000Z');
    const batch = { cardIds: cards.map((card) => card.id), runAt: deps.now() };
    const write = deps.measurements.writeSummary.bind(deps.measurements);
    let calls = 0;
    deps.measurements.writeSummary = async (command) => {
      calls += 1;
      if (calls === 2) throw new Error('the invocation was killed');
      return write(command);
    };
    await expect(useCases.reminders.check(batch)).rejects.toThrow('killed');
    expect((await deps.measurements.getSummary(cards[1]!.id))?.remindersRunDate).toBeNull();
    expect(await useCases.reminders.check(batch)).toEqual({ checked: 3, skipped: 1, written: 2, raised: 0 });
    for (const card of cards) expect((await deps.measurements.getSummary(card.id))?.remindersRunDate).toBe('2026-03-12');
  });

  it('skips cards that were deleted since the run was enqueued', async () => {
    const { useCases } = await setup(1);
    expect(await useCases.reminders.check({ cardIds: ['gone-card'], runAt: '2026-03-12T06:00:00.000Z' })).toEqual({ checked: 0, skipped: 0, written: 0, raised: 0 });
  });
});
