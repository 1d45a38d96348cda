import { kvs, WhereConditions, MetadataField } from '@forge/kvs';
import { installForgeRuntime, type ForgeRuntimeHandle } from '../../workbench/runtime';
import { failureOf } from './forge-runtime-fixture';

const cardKey = (n: number) => `card:${String(n).padStart(3, '0')}`;

describe('the KVS emulator, driven through the real @forge/kvs: key queries', () => {
  let runtime: ForgeRuntimeHandle;
  beforeEach(async () => {
    runtime = installForgeRuntime();
    // Written out of order, so key order has to come from the store.
    for (const n of [...Array(45).keys()].reverse()) await kvs.set(cardKey(n), { n });
    await kvs.set('binding:one', 'card:001');
    runtime.reset();
  });
  afterEach(() => runtime.close());

  it('pages 45 keys by the maximum 20 with cursors, in key order, ending without a cursor', async () => {
    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      let query = kvs.query().where('key', WhereConditions.beginsWith('card:')).limit(20);
      if (cursor) query = query.cursor(cursor);
      const page = await query.getMany<{ n: number }>();
      pages.push(page.results.map((result) => result.key));
      cursor = page.nextCursor;
    } while (cursor);

    expect(pages.map((page) => page.length)).toEqual([20, 20, 5]);
    expect(pages.flat()).toEqual([...Array(45).keys()].map(cardKey));
    expect(runtime.kvsStats.snapshot()).toMatchObject({ reads: 3, byOperation: { query: 3 } });
  });

  it('answers 10 results by default', async () => {
    const page = await kvs.query().where('key', WhereConditions.beginsWith('card:')).getMany();
    expect(page.results).toHaveLength(10);
    expect(page.nextCursor).toEqual(expect.any(String));
  });

  it('takes a page limit of 1–100 and refuses others with LIST_QUERY_LIMIT_EXCEEDED instead of quietly shortening', async () => {
    expect((await kvs.query().limit(100).getMany()).results).toHaveLength(46);
    expect((await kvs.query().limit(1).getMany()).results).toHaveLength(1);
    for (const limit of [0, 101]) {
      const error = await failureOf(() => kvs.query().limit(limit).getMany());
      expect(error.code).toBe('LIST_QUERY_LIMIT_EXCEEDED');
      expect(error.responseDetails?.status).toBe(400);
    }
  });

  it('answers the documented codes for where clauses a key query cannot take', async () => {
    const byValue = kvs.query().where('value' as 'key', WhereConditions.beginsWith('x'));
    expect((await failureOf(() => byValue.getMany())).code).toBe('QUERY_WHERE_FIELD_INVALID');
    // The SDK's types allow only beginsWith here; an untyped caller can still send another condition.
    const between = kvs.query().where('key', WhereConditions.between('a', 'b') as unknown as ReturnType<typeof WhereConditions.beginsWith>);
    expect((await failureOf(() => between.getMany())).code).toBe('INVALID_FILTER_CONDITION');
  });

  it('lists every key without a condition, and only matching keys with one', async () => {
    const all = await kvs.query().limit(20).getMany();
    expect(all.results[0]).toEqual({ key: 'binding:one', value: 'card:001' });
    const one = await kvs.query().where('key', WhereConditions.beginsWith('binding:')).getMany();
    expect(one).toEqual({ results: [{ key: 'binding:one', value: 'card:001' }] });
  });

  it('gives metadata in results only when asked', async () => {
    const page = await kvs
      .query({ metadataFields: [MetadataField.CREATED_AT] })
      .where('key', WhereConditions.beginsWith('binding:'))
      .getMany();
    expect(page.results).toEqual([{ key: 'binding:one', value: 'card:001', createdAt: expect.any(Number) }]);
  });

  it('getOne answers the first key of the match', async () => {
    expect(await kvs.query().where('key', WhereConditions.beginsWith('card:')).getOne()).toEqual({
      key: 'card:000',
      value: { n: 0 },
    });
  });

  it('refuses a cursor that was not issued for this query', async () => {
    const first = await kvs.query().where('key', WhereConditions.beginsWith('card:')).getMany();
    const error = await failureOf(() =>
      kvs.query().where('key', WhereConditions.beginsWith('binding:')).cursor(first.nextCursor!).getMany(),
    );
    expect(error.code).toBe('INVALID_CURSOR');
    const garbage = await failureOf(() => kvs.query().cursor('not-a-cursor').getMany());
    expect(garbage.code).toBe('INVALID_CURSOR');
  });
});
