import { kvs } from '@forge/kvs';
import type { ImportCardResult, ListCardsResult, MacroCardResult } from '../../src/contracts/resolver-contracts';
import { ImportCardResultSchema, ListCardsResultSchema, MacroCardResultSchema, resolverResultSchema } from '../../src/contracts/resolver-outputs';
import { MAX_CARDS_PER_IMPORT, MAX_IMPORT_REQUEST_BYTES, requestBytes } from '../../src/contracts/limits';
import { readFixture, SEED_FIXTURE } from '../support/fixtures';
import { EDITOR, OUTSIDER, READER, importPayload, startHandlerHarness } from './forge-handler-harness';

const seed = readFixture(SEED_FIXTURE);
/** 14 short processes in one document: more than one storage transaction's worth of cards. */
const handbook = readFixture('documents/process-map-appendix.handbook-generator.en.txt');

/** `count` small process blocks, the shape of a process map appendix. */
const processes = (count: number) =>
  Array.from({ length: count }, (_, index) => `P${index + 1}: Process ${index + 1}\n- Purpose: p\n- Inputs: a\n`).join('\n');

describe('import: bounded, all or nothing, one winner (production handler in the local Forge runtime)', () => {
  let harness: ReturnType<typeof startHandlerHarness>;
  beforeEach(() => {
    harness = startHandlerHarness();
  });
  afterEach(() => {
    jest.restoreAllMocks();
    harness.close();
  });

  const listAll = async () => {
    const list = await harness.call<ListCardsResult>('card/list', {}, { accountId: EDITOR });
    expect(resolverResultSchema(ListCardsResultSchema).parse(list)).toEqual(list);
    if (!list.ok) throw new Error(list.error.message);
    return list.data.items;
  };

  it('answers every result in the declared output shape', async () => {
    const imported = await harness.call<ImportCardResult>('card/import', importPayload(seed), { accountId: EDITOR });
    expect(resolverResultSchema(ImportCardResultSchema).parse(imported)).toEqual(imported);
    const shown = await harness.call<MacroCardResult>('card/get-for-macro', {}, { accountId: READER });
    expect(resolverResultSchema(MacroCardResultSchema).parse(shown)).toEqual(shown);
    expect(shown.ok && shown.data.view?.card.content.roles.map((role) => role.name)).toContain('Руководитель отдела маркетинга');
  });

  it('refuses a request over the byte limit as Forge measures it (JSON, UTF-8), with the numbers, and stores nothing', async () => {
    // 230,000 Cyrillic letters are 460,000 bytes: under the limit in characters, over it in bytes.
    const payload = importPayload(`# Карта процесса: Закупки\n${'я'.repeat(230_000)}`);
    expect(payload.text.length).toBeLessThan(MAX_IMPORT_REQUEST_BYTES);
    const result = await harness.call('card/import', payload, { accountId: EDITOR });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'TOO_LARGE', reason: 'request', params: { bytes: requestBytes(payload), limit: MAX_IMPORT_REQUEST_BYTES } },
    });
    expect(await listAll()).toEqual([]);
  });

  it('refuses a document of more processes than the limit, before writing anything', async () => {
    harness.runtime.reset();
    const result = await harness.call('card/import', importPayload(processes(MAX_CARDS_PER_IMPORT + 1)), { accountId: EDITOR });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'TOO_LARGE', reason: 'card-count', params: { count: MAX_CARDS_PER_IMPORT + 1, limit: MAX_CARDS_PER_IMPORT } },
    });
    expect(harness.runtime.kvsStats.writes).toBe(0);
    const atLimit = await harness.call<ImportCardResult>('card/import', importPayload(processes(MAX_CARDS_PER_IMPORT)), { accountId: EDITOR });
    expect(atLimit.ok && atLimit.data.cardIds).toHaveLength(MAX_CARDS_PER_IMPORT);
  });

  it('leaves nothing visible when storage fails half-way, and a retry with the same import id completes it', async () => {
    const payload = importPayload(handbook);
    const realTransact = kvs.transact.bind(kvs);
    let transactions = 0;
    const spy = jest.spyOn(kvs, 'transact').mockImplementation(() => {
      const builder = realTransact();
      transactions += 1;
      // The second transaction (the second batch of cards) fails as a platform error would.
      if (transactions === 2) jest.spyOn(builder, 'execute').mockRejectedValue(new Error('storage is down'));
      return builder;
    });
    const failed = await harness.call('card/import', payload, { accountId: EDITOR });
    expect(failed).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(transactions).toBeGreaterThanOrEqual(2);
    spy.mockRestore();

    expect(await listAll()).toEqual([]);
    const shown = await harness.call<MacroCardResult>('card/get-for-macro', {}, { accountId: EDITOR });
    expect(shown).toEqual({ ok: true, data: { binding: 'none', view: null } });
    const exported = await harness.exportMacro({ exportType: 'pdf', context: { localId: 'macro-1', content: { id: '65537' } } }, { principal: { accountId: EDITOR } });
    expect(JSON.stringify(exported)).not.toContain('Process Map');

    const retried = await harness.call<ImportCardResult>('card/import', payload, { accountId: EDITOR });
    if (!retried.ok) throw new Error(retried.error.message);
    expect(retried.data.cardIds).toHaveLength(14);
    const listed = await listAll();
    expect(listed.map((item) => item.id).sort()).toEqual([...retried.data.cardIds].sort());
    // Retrying once more is the same import again: no second set of cards.
    const again = await harness.call<ImportCardResult>('card/import', payload, { accountId: EDITOR });
    expect(again.ok && again.data.cardIds).toEqual(retried.data.cardIds);
    expect(await listAll()).toHaveLength(14);
  });

  it('binds exactly one of two concurrent imports into one macro; the other gets a CONFLICT and leaves nothing', async () => {
    const [first, second] = await Promise.all([
      harness.call<ImportCardResult>('card/import', importPayload(seed), { accountId: EDITOR }),
      harness.call<ImportCardResult>('card/import', importPayload(handbook), { accountId: EDITOR }),
    ]);
    const results = [first, second];
    const won = results.filter((result) => result.ok);
    const lost = results.filter((result) => !result.ok);
    expect(won).toHaveLength(1);
    expect(lost).toEqual([{ ok: false, error: expect.objectContaining({ code: 'CONFLICT', reason: 'macro-has-card' }) }]);
    const winner = won[0]!.ok ? won[0]!.data : null;
    expect((await listAll()).map((item) => item.id).sort()).toEqual([...winner!.cardIds].sort());
    const shown = await harness.call<MacroCardResult>('card/get-for-macro', {}, { accountId: READER });
    expect(shown.ok && shown.data.view?.card.id).toBe(winner!.cardIds[0]);
  });

  it('treats a double submit of the same import (same import id, at once) as one import', async () => {
    const payload = importPayload(handbook);
    const [first, second] = await Promise.all([
      harness.call<ImportCardResult>('card/import', payload, { accountId: EDITOR }),
      harness.call<ImportCardResult>('card/import', payload, { accountId: EDITOR }),
    ]);
    expect([first, second].map((result) => (result.ok ? 'ok' : JSON.stringify(result.error)))).toEqual(['ok', 'ok']);
    const ids = first.ok ? first.data.cardIds : [];
    expect(second.ok && second.data.cardIds).toEqual(ids);
    expect((await listAll()).map((item) => item.id).sort()).toEqual([...ids].sort());
    const shown = await harness.call<MacroCardResult>('card/get-for-macro', {}, { accountId: READER });
    expect(shown.ok && shown.data.view?.card.id).toBe(ids[0]);
  });

  it('keeps an import whose commit was written but whose answer was lost', async () => {
    const realTransact = kvs.transact.bind(kvs);
    jest.spyOn(kvs, 'transact').mockImplementation(() => {
      const builder = realTransact();
      const realSet = builder.set.bind(builder);
      let commitsBinding = false;
      jest.spyOn(builder, 'set').mockImplementation((key, value, entity, options) => {
        if (entity?.entityName === 'macro-binding') commitsBinding = true;
        return realSet(key, value, entity, options);
      });
      const realExecute = builder.execute.bind(builder);
      jest.spyOn(builder, 'execute').mockImplementation(async () => {
        await realExecute();
        if (commitsBinding) throw new Error('the answer was lost on the way back');
      });
      return builder;
    });
    const imported = await harness.call<ImportCardResult>('card/import', importPayload(seed), { accountId: EDITOR });
    jest.restoreAllMocks();
    if (!imported.ok) throw new Error(imported.error.message);
    const shown = await harness.call<MacroCardResult>('card/get-for-macro', {}, { accountId: READER });
    expect(shown.ok && shown.data.view?.card.id).toBe(imported.data.cardIds[0]);
    expect(await listAll()).toHaveLength(1);
  });

  it('records the import in the audit log, with who and which cards', async () => {
    const imported = await harness.call<ImportCardResult>('card/import', importPayload(seed), { accountId: EDITOR });
    if (!imported.ok) throw new Error(imported.error.message);
    const page = await kvs.entity<{ entry: { action: string; actor: unknown; data: { cardIds: string[] } } }>('audit-entry')
      .query()
      .index('by-card', { partition: [imported.data.cardIds[0]!] })
      .getMany();
    expect(page.results.map((result) => result.value.entry)).toEqual([
      expect.objectContaining({ action: 'card.imported', actor: { kind: 'user', accountId: EDITOR }, data: expect.objectContaining({ cardIds: imported.data.cardIds }) }),
    ]);
  });
});

describe('a macro shows only what its page may show', () => {
  let harness: ReturnType<typeof startHandlerHarness>;
  beforeEach(() => {
    harness = startHandlerHarness();
  });
  afterEach(() => harness.close());

  it('finds a binding written before page scoping (macro:{localId}) and moves it to the page-scoped key', async () => {
    const imported = await harness.call<ImportCardResult>('card/import', importPayload(seed), { accountId: EDITOR, localId: 'new-style' });
    if (!imported.ok) throw new Error(imported.error.message);
    const cardId = imported.data.cardIds[0]!;
    await kvs.set('macro:old-macro', { cardId });
    const shown = await harness.call<MacroCardResult>('card/get-for-macro', {}, { accountId: READER, localId: 'old-macro' });
    expect(shown.ok && shown.data).toMatchObject({ binding: 'local-id', view: { card: { id: cardId } } });
    const migrated = await kvs.entity<{ cardId: string }>('macro-binding').get('macro:65537:old-macro');
    expect(migrated?.cardId).toBe(cardId);
    expect(await kvs.get('macro:old-macro')).toBeUndefined();
    const again = await harness.call<MacroCardResult>('card/get-for-macro', {}, { accountId: READER, localId: 'old-macro' });
    expect(again.ok && again.data.view?.card.id).toBe(cardId);
  });

  it('does not show a card through a localId that turned up on another page to someone who cannot see its home page', async () => {
    const imported = await harness.call<ImportCardResult>('card/import', importPayload(seed), { accountId: EDITOR, localId: 'copied' });
    if (!imported.ok) throw new Error(imported.error.message);
    // A page copy carries the macro's localId to page 70000; a new-style binding is per page.
    const onCopy = await harness.call<MacroCardResult>('card/get-for-macro', {}, { accountId: OUTSIDER, localId: 'copied', pageId: '70000' });
    expect(onCopy).toEqual({ ok: true, data: { binding: 'none', view: null } });
    // An old binding (by localId alone) is followed, but only for readers of the card's home page.
    await kvs.set('macro:copied-old', { cardId: imported.data.cardIds[0]! });
    const outsider = await harness.call('card/get-for-macro', {}, { accountId: OUTSIDER, localId: 'copied-old', pageId: '70000' });
    expect(outsider).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'view' } });
    const reader = await harness.call<MacroCardResult>('card/get-for-macro', {}, { accountId: READER, localId: 'copied-old', pageId: '70000' });
    expect(reader.ok && reader.data.view?.card.id).toBe(imported.data.cardIds[0]);
    // …and it is not moved to the copy's page-scoped key, so the copy never owns the card.
    expect(await kvs.entity('macro-binding').get('macro:70000:copied-old')).toBeUndefined();
    const exported = await harness.exportMacro(
      { exportType: 'pdf', context: { localId: 'copied-old', extension: { content: { id: '70000' } } } },
      { principal: { accountId: OUTSIDER } },
    );
    expect(JSON.stringify(exported)).not.toContain('Привлечение клиентов');
  });

  it('lets an editor of a page copy import into its macro without learning the title of the card its old binding names', async () => {
    const imported = await harness.call<ImportCardResult>('card/import', importPayload(seed), { accountId: EDITOR, localId: 'copied' });
    if (!imported.ok) throw new Error(imported.error.message);
    await kvs.set('macro:copied', { cardId: imported.data.cardIds[0]! });
    const onCopy = await harness.call<ImportCardResult>('card/import', importPayload(handbook), { accountId: EDITOR, localId: 'copied', pageId: '70000' });
    expect(JSON.stringify(onCopy)).not.toContain('Привлечение клиентов');
    expect(onCopy.ok).toBe(true);
    const shown = await harness.call<MacroCardResult>('card/get-for-macro', {}, { accountId: EDITOR, localId: 'copied', pageId: '70000' });
    expect(shown.ok && shown.data.view?.card.id).toBe(onCopy.ok ? onCopy.data.cardIds[0] : 'none');
  });

  it('skips a stored card that cannot be read instead of failing the list for everyone', async () => {
    await harness.call('card/import', importPayload(seed), { accountId: EDITOR });
    await kvs.entity('card').set('card-corrupt', {
      schemaVersion: 2,
      cardId: 'card-corrupt',
      spaceId: '10001',
      pageId: '65537',
      title: 'Broken',
      version: 1,
      card: { schemaVersion: 2, id: 'card-corrupt', content: 'not a card' },
    });
    const list = await harness.call<ListCardsResult>('card/list', {}, { accountId: EDITOR });
    expect(list.ok && list.data.items.map((item) => item.title)).toEqual(['Привлечение клиентов и маркетинг']);
  });
});
