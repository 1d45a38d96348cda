import type { CardStore } from '../../src/core/ports/card-store';
import { AppError } from '../../src/core/errors';
import { generateCard, placed } from '../support/card-builders';

const AT = '2026-11-25T10:00:00.000Z';
const LATER = '2026-11-25T11:00:00.000Z';

/**
 * One specification for every CardStore: the in-memory fake and the Forge adapter (on the
 * local KVS emulator) must behave the same, or unit tests on the fake would prove nothing.
 */
export function describeCardStoreContract(name: string, makeStore: () => Promise<CardStore> | CardStore): void {
  describe(`CardStore contract: ${name}`, () => {
    let store: CardStore;
    beforeEach(async () => {
      store = await makeStore();
    });

    it('creates a card at version 1 and reads it back unchanged', async () => {
      const card = placed(generateCard(), 'space-1', 'page-1');
      const saved = await store.save({ card, expectedVersion: 0, savedBy: 'acc-1', savedAt: AT });
      expect(saved.version).toBe(1);
      expect(saved.createdBy).toBe('acc-1');
      expect(saved.updatedAt).toBe(AT);
      expect(await store.get(card.id)).toEqual(saved);
    });

    it('answers null for a card that does not exist', async () => {
      expect(await store.get('no-such-card')).toBeNull();
    });

    it('refuses a stale save with a CONFLICT error and keeps the other person’s work', async () => {
      const card = generateCard();
      const v1 = await store.save({ card, expectedVersion: 0, savedBy: 'alice', savedAt: AT });
      const alice = { ...v1, content: { ...v1.content, scope: 'Alice’s scope' } };
      const bob = { ...v1, content: { ...v1.content, improvement: 'Bob’s improvement' } };
      await store.save({ card: alice, expectedVersion: 1, savedBy: 'alice', savedAt: LATER });
      const stale = store.save({ card: bob, expectedVersion: 1, savedBy: 'bob', savedAt: LATER });
      await expect(stale).rejects.toMatchObject({ code: 'CONFLICT' });
      await expect(stale).rejects.toBeInstanceOf(AppError);
      const stored = await store.get(card.id);
      expect(stored?.version).toBe(2);
      expect(stored?.content.scope).toBe('Alice’s scope');
      expect(stored?.content.improvement).toBe('');
    });

    it('lets exactly one of two simultaneous saves of the same version win', async () => {
      const v1 = await store.save({ card: generateCard(), expectedVersion: 0, savedBy: 'alice', savedAt: AT });
      const attempts = await Promise.allSettled([
        store.save({ card: { ...v1, content: { ...v1.content, scope: 'A' } }, expectedVersion: 1, savedBy: 'alice', savedAt: LATER }),
        store.save({ card: { ...v1, content: { ...v1.content, scope: 'B' } }, expectedVersion: 1, savedBy: 'bob', savedAt: LATER }),
      ]);
      const won = attempts.filter((attempt) => attempt.status === 'fulfilled');
      const lost = attempts.filter((attempt): attempt is PromiseRejectedResult => attempt.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]!.reason).toMatchObject({ code: 'CONFLICT' });
      const stored = await store.get(v1.id);
      expect(stored?.version).toBe(2);
      expect((await store.history(v1.id)).items).toHaveLength(2);
    });

    it('refuses to create a card whose id already exists', async () => {
      const card = generateCard();
      await store.save({ card, expectedVersion: 0, savedBy: 'alice', savedAt: AT });
      await expect(store.save({ card, expectedVersion: 0, savedBy: 'bob', savedAt: AT })).rejects.toMatchObject({
        code: 'CONFLICT',
      });
      expect((await store.get(card.id))?.createdBy).toBe('alice');
    });

    it('records who changed what and when in the history, newest first', async () => {
      const card = generateCard();
      const v1 = await store.save({ card, expectedVersion: 0, savedBy: 'alice', savedAt: AT });
      const edited = {
        ...v1,
        content: {
          ...v1.content,
          inputs: [{ ...v1.content.inputs[0]!, supplier: 'Бухгалтерия' }],
        },
      };
      await store.save({ card: edited, expectedVersion: 1, savedBy: 'bob', savedAt: LATER });
      const history = await store.history(card.id);
      expect(history.items.map((revision) => [revision.version, revision.savedBy, revision.savedAt])).toEqual([
        [2, 'bob', LATER],
        [1, 'alice', AT],
      ]);
      expect(history.items[0]!.changes).toEqual([
        {
          area: 'inputs',
          kind: 'changed',
          path: 'inputs.in-1.supplier',
          before: 'Финансовый департамент',
          after: 'Бухгалтерия',
        },
      ]);
      expect(history.items[1]!.card.version).toBe(1);
    });

    it('lists cards by space, a page of at most 20 at a time, with a cursor to the rest', async () => {
      for (let index = 0; index < 23; index += 1) {
        const card = placed(generateCard({ title: `Card ${String(index).padStart(2, '0')}` }), 'space-big', `page-${index}`);
        await store.save({ card, expectedVersion: 0, savedBy: 'alice', savedAt: AT });
      }
      await store.save({ card: placed(generateCard(), 'space-other', 'page-x'), expectedVersion: 0, savedBy: 'a', savedAt: AT });
      const first = await store.list({ spaceId: 'space-big', limit: 50 });
      expect(first.items).toHaveLength(20);
      expect(first.cursor).not.toBeNull();
      const second = await store.list({ spaceId: 'space-big', cursor: first.cursor! });
      expect(second.items).toHaveLength(3);
      expect(second.cursor).toBeNull();
      const titles = [...first.items, ...second.items].map((item) => item.title);
      expect(titles).toEqual([...titles].sort());
      expect(new Set(titles).size).toBe(23);
    });

    it('lists the cards of one page', async () => {
      await store.save({ card: placed(generateCard({ title: 'A' }), 's', 'p-1'), expectedVersion: 0, savedBy: 'a', savedAt: AT });
      await store.save({ card: placed(generateCard({ title: 'B' }), 's', 'p-2'), expectedVersion: 0, savedBy: 'a', savedAt: AT });
      const page = await store.list({ pageId: 'p-2' });
      expect(page.items.map((item) => item.title)).toEqual(['B']);
    });

    it('refuses a card larger than Forge storage holds, with a clear error, and stores nothing', async () => {
      const huge = generateCard({ scope: 'x'.repeat(19_000), terms: [] });
      const big = {
        ...huge,
        content: {
          ...huge.content,
          terms: Array.from({ length: 300 }, (_, index) => ({ id: `t-${index}`, term: `T${index}`, definition: 'д'.repeat(900) })),
        },
      };
      const attempt = store.save({ card: big, expectedVersion: 0, savedBy: 'a', savedAt: AT });
      await expect(attempt).rejects.toMatchObject({ code: 'TOO_LARGE' });
      await expect(attempt).rejects.toThrow(/240 KiB/);
      expect(await store.get(big.id)).toBeNull();
    });
  });
}
