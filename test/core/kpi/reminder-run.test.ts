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
  it('enqueues the cards 25 a batch, and spreads more than 450 events a minute with delays', async () => {
    const { deps, useCases } = await setup(60);
    expect(await useCases.reminders.enqueue()).toEqual({ cards: 60, events: 3, pushRequests: 1 });
    expect(deps.memory.reminderQueue.pushed.map((item) => item.batch.cardIds.length)).toEqual([25, 25, 10]);
    expect(deps.memory.reminderQueue.pushed.every((item) => item.delayInSeconds === 0)).toBe(true);
  });

  it('marks a value overdue once the grace days have passed, once: a redelivered batch changes nothing', async () => {
    const { deps, useCases, cards } = await setup(2);
    const kpiId = cards[0]!.content.kpis[0]!.id;
    const summaryBefore = await deps.measurements.getSummary(cards[0]!.id);
    expect(summaryBefore?.kpis[kpiId]?.due).toMatchObject({ periodKey: '2026-02', state: 'due' });

    deps.memory.clock.set('2026-03-12T06:00:00.000Z');
    const batch = { cardIds: cards.map((card) => card.id), runAt: deps.now() };
    expect(await useCases.reminders.check(batch)).toEqual({ checked: 2, skipped: 0, written: 2 });
    const after = await deps.measurements.getSummary(cards[0]!.id);
    expect(after?.kpis[kpiId]).toMatchObject({ status: 'overdue', due: { periodKey: '2026-02', state: 'overdue' } });
    expect(after?.remindersRunDate).toBe('2026-03-12');
    const auditCount = (await deps.audit.list(cards[0]!.id)).items.length;

    expect(await useCases.reminders.check(batch)).toEqual({ checked: 2, skipped: 2, written: 0 });
    expect((await deps.measurements.getSummary(cards[0]!.id))?.version).toBe(after?.version);
    expect((await deps.audit.list(cards[0]!.id)).items).toHaveLength(auditCount);
  });

  it('skips cards that were deleted since the run was enqueued', async () => {
    const { useCases } = await setup(1);
    expect(await useCases.reminders.check({ cardIds: ['gone-card'], runAt: '2026-03-12T06:00:00.000Z' })).toEqual({ checked: 0, skipped: 0, written: 0 });
  });
});
