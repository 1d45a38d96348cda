import { kvs, Filter, FilterConditions, ForgeKvsAPIError } from '@forge/kvs';
import { CONDITION_FAILED_CODE, installForgeRuntime, type ForgeRuntimeHandle } from '../../workbench/runtime';
import { TEST_ENTITIES, failureOf } from './forge-runtime-fixture';

interface Card {
  title: string;
  version: number;
  body?: unknown;
}

const cards = kvs.entity<Card>('card');
const versionIs = (version: number) => new Filter<Card>().and('version', FilterConditions.equalTo(version));
const isNew = () => new Filter<Card>().and('version', FilterConditions.notExists());

describe('the KVS emulator, driven through the real @forge/kvs: transactions', () => {
  let runtime: ForgeRuntimeHandle;
  beforeEach(() => {
    runtime = installForgeRuntime({ entities: TEST_ENTITIES });
  });
  afterEach(() => runtime.close());

  it('commits sets and deletes of keys and entities together, counted as one write', async () => {
    await kvs.set('stale', true);
    runtime.reset();
    await kvs
      .transact()
      .set<Card>('card-1', { title: 'Marketing', version: 1 }, { entityName: 'card', conditions: isNew() })
      .set('binding:macro-1', 'card-1')
      .delete('stale')
      .delete('never-existed')
      .execute();
    expect(await cards.get('card-1')).toEqual({ title: 'Marketing', version: 1 });
    expect(await kvs.get('binding:macro-1')).toBe('card-1');
    expect(await kvs.get('stale')).toBeUndefined();
    expect(runtime.kvsStats.byOperation.transaction).toBe(1);
    expect(runtime.kvsStats.writes).toBe(1);
  });

  it('compare-and-set: a save whose expected version is stale fails and writes nothing', async () => {
    await cards.set('card-1', { title: 'Marketing', version: 2 });
    const error = await failureOf(() =>
      kvs
        .transact()
        .set<Card>('card-1', { title: 'Overwritten', version: 2 }, { entityName: 'card', conditions: versionIs(1) })
        .set('card-1:v000002', { title: 'revision', version: 2 }, { entityName: 'card' })
        .set('plain-side-effect', 'written?')
        .execute(),
    );
    expect(error).toBeInstanceOf(ForgeKvsAPIError);
    expect(error.code).toBe(CONDITION_FAILED_CODE);
    expect(error.responseDetails?.status).toBe(409);
    expect(error.context).toMatchObject({ failedOperation: { type: 'set', key: 'card-1', entityName: 'card' } });
    expect(await cards.get('card-1')).toEqual({ title: 'Marketing', version: 2 });
    expect(await cards.get('card-1:v000002')).toBeUndefined();
    expect(await kvs.get('plain-side-effect')).toBeUndefined();
  });

  it('compare-and-set: the matching version commits', async () => {
    await cards.set('card-1', { title: 'Marketing', version: 2 });
    await kvs.transact().set<Card>('card-1', { title: 'Edited', version: 3 }, { entityName: 'card', conditions: versionIs(2) }).execute();
    expect(await cards.get('card-1')).toEqual({ title: 'Edited', version: 3 });
  });

  it('a create guarded by notExists fails when the entity already exists', async () => {
    await cards.set('card-1', { title: 'First', version: 1 });
    const error = await failureOf(() =>
      kvs.transact().set<Card>('card-1', { title: 'Second', version: 1 }, { entityName: 'card', conditions: isNew() }).execute(),
    );
    expect(error.code).toBe(CONDITION_FAILED_CODE);
    expect(await cards.get('card-1')).toEqual({ title: 'First', version: 1 });
  });

  it('a check on another entity gates the whole transaction, and fails for a missing key', async () => {
    await cards.set('card-1', { title: 'Marketing', version: 4 });
    await kvs.transact().check('card-1', { entityName: 'card', conditions: versionIs(4) }).set('note', 'ok').execute();
    expect(await kvs.get('note')).toBe('ok');

    const stale = await failureOf(() =>
      kvs.transact().check('card-1', { entityName: 'card', conditions: versionIs(3) }).set('note', 'changed').execute(),
    );
    expect(stale.code).toBe(CONDITION_FAILED_CODE);
    const missing = await failureOf(() =>
      kvs.transact().check('card-9', { entityName: 'card', conditions: isNew() }).set('note', 'changed').execute(),
    );
    expect(missing.code).toBe(CONDITION_FAILED_CODE);
    expect(await kvs.get('note')).toBe('ok');
  });

  it('a conditional delete removes the entity only when its condition holds', async () => {
    await cards.set('card-1', { title: 'Marketing', version: 5 });
    const error = await failureOf(() => kvs.transact().delete('card-1', { entityName: 'card', conditions: versionIs(4) }).execute());
    expect(error.code).toBe(CONDITION_FAILED_CODE);
    expect(await cards.get('card-1')).toBeDefined();
    await kvs.transact().delete('card-1', { entityName: 'card', conditions: versionIs(5) }).execute();
    expect(await cards.get('card-1')).toBeUndefined();
  });

  it('an invalid value anywhere in the transaction rolls back the writes before it', async () => {
    const error = await failureOf(() =>
      kvs
        .transact()
        .set('first', 'fine')
        .set<unknown>('card-2', { title: 'Bad', version: 'two' }, { entityName: 'card' })
        .execute(),
    );
    expect(error.code).toBe('INVALID_ENTITY_VALUE');
    expect(await kvs.get('first')).toBeUndefined();
  });

  it('refuses more than 25 operations, and the same key twice', async () => {
    let tooMany = kvs.transact();
    for (let n = 0; n < 26; n += 1) tooMany = tooMany.set(`key-${n}`, n);
    expect((await failureOf(() => tooMany.execute())).code).toBe('TOO_MANY_TRANSACTION_OPERATIONS');

    let justEnough = kvs.transact();
    for (let n = 0; n < 25; n += 1) justEnough = justEnough.set(`key-${n}`, n);
    await justEnough.execute();
    expect(await kvs.get('key-24')).toBe(24);

    const twice = await failureOf(() => kvs.transact().set('dup', 1).delete('dup').execute());
    expect(twice.code).toBe('DUPLICATE_KEYS');
    expect(await kvs.get('dup')).toBeUndefined();
  });

  it('refuses a payload over 4 MB as a whole', async () => {
    const chunk = 'x'.repeat(200 * 1024);
    let big = kvs.transact();
    for (let n = 0; n < 21; n += 1) big = big.set(`chunk-${n}`, chunk);
    expect((await failureOf(() => big.execute())).code).toBe('MAX_SIZE');
    expect(await kvs.get('chunk-0')).toBeUndefined();
  });
});
