import type { CardStore } from '../../src/core/ports/card-store';
import { AppError } from '../../src/core/errors';
import { generateCard, placed } from '../support/card-builders';
import { MAX_VALUE_BYTES, storedBytes } from '../../src/core/ports/storage-limits';

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

    it('refuses a cursor it did not give out as a VALIDATION error', async () => {
      await store.save({ card: placed(generateCard(), 's', 'p-1'), expectedVersion: 0, savedBy: 'a', savedAt: AT });
      await expect(store.list({ spaceId: 's', cursor: 'not-a-cursor' })).rejects.toMatchObject({ code: 'VALIDATION', reason: 'cursor' });
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
  
    it('refuses a save whose revision record (card and changes) exceeds the storage limit, and stores nothing', async () => {
      // The card alone fits; the revision that holds it and its changes does not.
      const definition = 'д'.repeat(1_990);
      const terms = Array.from({ length: 55 }, (_, index) => ({ id: `t-${index}`, term: `T${index}`, definition }));
      const card = generateCard({ terms, scope: 'я'.repeat(4_000) });
      expect(storedBytes(card)).toBeLessThan(MAX_VALUE_BYTES);
      const v1 = await store.save({ card, expectedVersion: 0, savedBy: 'a', savedAt: AT });
      const edited = {
        ...v1,
        content: { ...v1.content, terms: terms.map((term) => ({ ...term, definition: 'ё'.repeat(1_990) })), scope: 'ю'.repeat(4_000) },
      };
      expect(storedBytes(edited)).toBeLessThan(MAX_VALUE_BYTES);
      const attempt = store.save({ card: edited, expectedVersion: 1, savedBy: 'a', savedAt: LATER });
      await expect(attempt).rejects.toMatchObject({ code: 'TOO_LARGE', message: expect.stringMatching(/revision/) });
      expect((await store.get(card.id))?.version).toBe(1);
      expect((await store.history(card.id)).items).toHaveLength(1);
    });

    describe('pending cards of an import', () => {
      const pendingOf = (importId: string, macroKey: string, ...cards: ReturnType<typeof generateCard>[]) => ({
        importId,
        macroKey,
        cards: cards.map((card) => placed(card, 'space-1', 'page-1')),
        savedBy: 'alice',
        savedAt: AT,
      });

      it('writes them at version 1 and keeps them out of get and list until they are settled', async () => {
        const a = generateCard({ title: 'A' });
        const b = generateCard({ title: 'B' });
        const stored = await store.writePending(pendingOf('imp-1', 'macro:page-1:m', a, b));
        expect(stored.map((card) => [card.id, card.version, card.createdBy])).toEqual([
          [a.id, 1, 'alice'],
          [b.id, 1, 'alice'],
        ]);
        expect(await store.get(a.id)).toBeNull();
        expect((await store.list({ spaceId: 'space-1' })).items).toEqual([]);
        await store.settle('imp-1', [a.id, b.id]);
        expect((await store.get(a.id))?.content.title).toBe('A');
        expect((await store.list({ spaceId: 'space-1' })).items.map((item) => item.title)).toEqual(['A', 'B']);
        expect((await store.history(a.id)).items.map((revision) => revision.version)).toEqual([1]);
      });

      it('is idempotent for the same import, and refuses an id another import or card holds', async () => {
        const a = generateCard();
        await store.writePending(pendingOf('imp-2', 'macro:page-1:m', a));
        await store.writePending(pendingOf('imp-2', 'macro:page-1:m', a));
        await expect(store.writePending(pendingOf('imp-3', 'macro:page-1:m', a))).rejects.toMatchObject({
          code: 'CONFLICT',
          reason: 'import-id-reused',
        });
        await expect(store.writePending(pendingOf('imp-2', 'macro:page-2:m', a))).rejects.toMatchObject({ code: 'CONFLICT' });
        const committed = await store.save({ card: generateCard(), expectedVersion: 0, savedBy: 'a', savedAt: AT });
        await expect(store.writePending(pendingOf('imp-4', 'macro:page-1:m', committed))).rejects.toMatchObject({ code: 'CONFLICT' });
        expect((await store.get(committed.id))?.version).toBe(1);
      });

      it('discards only the cards still pending under that import', async () => {
        const a = generateCard();
        const b = generateCard();
        await store.writePending(pendingOf('imp-5', 'macro:page-1:m', a));
        await store.writePending(pendingOf('imp-6', 'macro:page-1:n', b));
        await store.settle('imp-6', [b.id]);
        await store.discardPending('imp-5', [a.id, b.id]);
        await store.discardPending('imp-6', [b.id]);
        await store.settle('imp-5', [a.id]);
        expect(await store.get(a.id)).toBeNull();
        expect((await store.get(b.id))?.id).toBe(b.id);
        // The discarded id is free again: the same import can be written anew.
        await store.writePending(pendingOf('imp-5', 'macro:page-1:m', a));
      });
    });
  });
}
