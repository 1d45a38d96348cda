import { kvs } from '@forge/kvs';
import { installForgeRuntime, type ForgeRuntimeHandle } from '../../workbench/runtime';
import { TEST_ENTITIES, failureOf } from './forge-runtime-fixture';

describe('the KVS emulator, driven through the real @forge/kvs: batch operations', () => {
  let runtime: ForgeRuntimeHandle;
  beforeEach(() => {
    runtime = installForgeRuntime({ entities: TEST_ENTITIES });
  });
  afterEach(() => runtime.close());

  it('sets plain keys and entities in one batch, reporting each item', async () => {
    const result = await kvs.batchSet<unknown>([
      { key: 'binding:a', value: 'card-a' },
      { key: 'card-a', value: { title: 'A', version: 1 }, entityName: 'card' },
      { key: 'card-b', value: { title: 'B', version: 'one' }, entityName: 'card' },
      { key: 'bad/key', value: 1 },
    ]);
    expect(result.successfulKeys).toEqual([{ key: 'binding:a' }, { key: 'card-a', entityName: 'card' }]);
    expect(result.failedKeys).toEqual([
      { key: 'card-b', entityName: 'card', error: { code: 'INVALID_ENTITY_VALUE', message: expect.any(String) } },
      { key: 'bad/key', error: { code: 'INVALID_KEY', message: expect.any(String) } },
    ]);
    expect(await kvs.entity('card').get('card-a')).toEqual({ title: 'A', version: 1 });
    expect(await kvs.entity('card').get('card-b')).toBeUndefined();
  });

  it('gets several items, listing missing ones as KEY_NOT_FOUND; each item counts as a read', async () => {
    await kvs.set('binding:a', 'card-a');
    await kvs.entity('card').set('card-a', { title: 'A', version: 1 });
    runtime.reset();
    const result = await kvs.batchGet([
      { key: 'binding:a' },
      { key: 'card-a', entityName: 'card' },
      { key: 'card-z', entityName: 'card' },
    ]);
    expect(result.successfulKeys).toEqual([
      { key: 'binding:a', value: 'card-a' },
      { key: 'card-a', entityName: 'card', value: { title: 'A', version: 1 } },
    ]);
    expect(result.failedKeys).toEqual([
      { key: 'card-z', entityName: 'card', error: { code: 'KEY_NOT_FOUND', message: expect.any(String) } },
    ]);
    expect(runtime.kvsStats.snapshot()).toEqual({ reads: 3, writes: 0, byOperation: { 'batch/get': 1 } });
  });

  it('deletes several items, listing missing ones as KEY_NOT_FOUND', async () => {
    await kvs.set('one', 1);
    await kvs.set('two', 2);
    const result = await kvs.batchDelete([{ key: 'one' }, { key: 'two' }, { key: 'three' }]);
    expect(result.successfulKeys).toEqual([{ key: 'one' }, { key: 'two' }]);
    expect(result.failedKeys).toEqual([{ key: 'three', error: { code: 'KEY_NOT_FOUND', message: expect.any(String) } }]);
    expect(await kvs.get('one')).toBeUndefined();
  });

  it('refuses a whole batch that is empty, over 25 items, or names a key twice', async () => {
    expect((await failureOf(() => kvs.batchSet([]))).code).toBe('BAD_REQUEST');
    const many = Array.from({ length: 26 }, (_, n) => ({ key: `key-${n}`, value: n }));
    expect((await failureOf(() => kvs.batchSet(many))).code).toBe('TOO_MANY_BATCH_ITEMS');
    expect((await failureOf(() => kvs.batchGet(many.map(({ key }) => ({ key }))))).code).toBe('TOO_MANY_BATCH_ITEMS');
    expect((await failureOf(() => kvs.batchSet([{ key: 'x', value: 1 }, { key: 'x', value: 2 }]))).code).toBe('DUPLICATE_KEYS');
    expect(await kvs.get('key-0')).toBeUndefined();
    expect(await kvs.get('x')).toBeUndefined();
    await expect(kvs.batchSet(many.slice(0, 25))).resolves.toMatchObject({ failedKeys: [] });
  });
});
