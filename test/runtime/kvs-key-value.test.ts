import { kvs, ForgeKvsAPIError, MetadataField, WhereConditions } from '@forge/kvs';
import { FORGE_EXPIRED_PURGE_MS, installForgeRuntime, type ForgeRuntimeHandle } from '../../workbench/runtime';
import { failureOf, manualClock } from './forge-runtime-fixture';

describe('the KVS emulator, driven through the real @forge/kvs: plain keys', () => {
  const clock = manualClock();
  let runtime: ForgeRuntimeHandle;
  beforeEach(() => {
    runtime = installForgeRuntime({ now: clock.now });
  });
  afterEach(() => runtime.close());

  it('stores, reads back and deletes JSON values of every kind', async () => {
    const values = { text: 'Привлечение клиентов', number: 42, flag: false, list: [1, 'two'], object: { a: { b: null } } };
    for (const [key, value] of Object.entries(values)) await kvs.set(key, value);
    for (const [key, value] of Object.entries(values)) expect(await kvs.get(key)).toEqual(value);

    await kvs.delete('text');
    expect(await kvs.get('text')).toBeUndefined();
    expect(await kvs.get('number')).toBe(42);
  });

  it('answers a missing key with undefined, and deleting it is not an error', async () => {
    expect(await kvs.get('never-written')).toBeUndefined();
    await expect(kvs.delete('never-written')).resolves.toBeUndefined();
  });

  it('returns createdAt/updatedAt (epoch seconds) only when asked, and keeps createdAt on overwrite', async () => {
    await kvs.set('stamped', 1);
    clock.advance(5000);
    await kvs.set('stamped', 2);
    const result = await kvs.get('stamped', { metadataFields: [MetadataField.CREATED_AT, MetadataField.UPDATED_AT] });
    expect(result).toEqual({
      key: 'stamped',
      value: 2,
      createdAt: Math.floor(clock.now() / 1000) - 5,
      updatedAt: Math.floor(clock.now() / 1000),
    });
  });

  it('refuses an overwrite with keyPolicy FAIL_IF_EXISTS and keeps the first value', async () => {
    await kvs.set('unique', 'first', { keyPolicy: 'FAIL_IF_EXISTS' });
    const error = await failureOf(() => kvs.set('unique', 'second', { keyPolicy: 'FAIL_IF_EXISTS' }));
    expect(error).toBeInstanceOf(ForgeKvsAPIError);
    expect(error.code).toBe('KEY_ALREADY_EXISTS');
    expect(await kvs.get('unique')).toBe('first');
  });

  it('returns the previous or the latest value with keyPolicy OVERRIDE and returnValue', async () => {
    expect(await kvs.set('counter', 1, { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' })).toBeUndefined();
    expect(await kvs.set('counter', 2, { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' })).toEqual({ key: 'counter', value: 1 });
    expect(await kvs.set('counter', 3, { keyPolicy: 'OVERRIDE', returnValue: 'LATEST' })).toEqual({ key: 'counter', value: 3 });
  });

  it.each([
    { what: 'an empty key', key: '', code: 'KEY_TOO_SHORT' },
    { what: 'a key over 500 characters', key: 'k'.repeat(501), code: 'KEY_TOO_LONG' },
    { what: 'a key with characters outside the pattern', key: 'card/1', code: 'INVALID_KEY' },
    { what: 'a key of whitespace only', key: '   ', code: 'INVALID_KEY' },
  ])('refuses $what with $code and writes nothing', async ({ key, code }) => {
    const error = await failureOf(() => kvs.set(key, 'value'));
    expect(error).toBeInstanceOf(ForgeKvsAPIError);
    expect(error.code).toBe(code);
    expect(error.responseDetails?.status).toBe(400);
    expect(runtime.kvsStats.byOperation).toEqual({ set: 1 });
    const { results } = await kvs.query().getMany();
    expect(results).toEqual([]);
  });

  it('accepts a 500-character key and the characters the pattern allows', async () => {
    await kvs.set('k'.repeat(500), 1);
    await kvs.set('card:1.v_2-a#b c', 2);
    expect(await kvs.get('k'.repeat(500))).toBe(1);
    expect(await kvs.get('card:1.v_2-a#b c')).toBe(2);
  });

  it('refuses a value over 240 KiB of JSON with MAX_SIZE, keeping the old value', async () => {
    await kvs.set('big', 'small');
    const atLimit = 'x'.repeat(240 * 1024 - 2); // two quote characters make it exactly 240 KiB
    await kvs.set('exact', atLimit);
    const error = await failureOf(() => kvs.set('big', `${atLimit}y`));
    expect(error.code).toBe('MAX_SIZE');
    expect(error.message).toContain('245761 bytes');
    expect(await kvs.get('big')).toBe('small');
    expect(await kvs.get<string>('exact')).toHaveLength(atLimit.length);
  });

  it('refuses a value nested deeper than 31 levels with MAX_DEPTH', async () => {
    const nest = (levels: number): unknown => (levels === 0 ? 'leaf' : { child: nest(levels - 1) });
    await kvs.set('deep-ok', nest(31));
    const error = await failureOf(() => kvs.set('too-deep', nest(32)));
    expect(error.code).toBe('MAX_DEPTH');
    expect(await kvs.get('too-deep')).toBeUndefined();
  });

  it('reports a value’s expiry when asked, and forgets it once the platform’s 48 h of purging have passed', async () => {
    await kvs.set('session', 'token', { ttl: { value: 2, unit: 'MINUTES' } });
    const expected = new Date(clock.now() + 120_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    expect(await kvs.get('session', { metadataFields: [MetadataField.EXPIRE_TIME] })).toEqual({
      key: 'session',
      value: 'token',
      expireTime: expected,
    });
    clock.advance(120_000 + FORGE_EXPIRED_PURGE_MS);
    expect(await kvs.get('session')).toBeUndefined();
    // A purged key no longer blocks FAIL_IF_EXISTS.
    await kvs.set('session', 'fresh', { keyPolicy: 'FAIL_IF_EXISTS' });
    expect(await kvs.get('session')).toBe('fresh');
  });

  it('keeps returning an expired value, and refusing FAIL_IF_EXISTS over it, until it is purged 48 h later (stand-in behaviour: confirm on a dev site)', async () => {
    await kvs.set('lease', { token: 'dead' }, { ttl: { value: 60, unit: 'SECONDS' } });
    clock.advance(61_000);
    expect(await kvs.get('lease')).toEqual({ token: 'dead' });
    const refused = await failureOf(() => kvs.set('lease', { token: 'next' }, { keyPolicy: 'FAIL_IF_EXISTS' }));
    expect(refused.responseDetails?.status).toBe(409);
    expect((await kvs.query().where('key', WhereConditions.beginsWith('lease')).getMany()).results).toHaveLength(1);
    clock.advance(FORGE_EXPIRED_PURGE_MS - 1_001);
    expect(await kvs.get('lease')).toEqual({ token: 'dead' });
    clock.advance(1);
    expect(await kvs.get('lease')).toBeUndefined();
  });

  it('hides an expired value at once when the runtime is asked to purge at expiry', async () => {
    const instant = installForgeRuntime({ now: clock.now, expiredPurgeMs: 0 });
    try {
      await kvs.set('session', 'token', { ttl: { value: 2, unit: 'MINUTES' } });
      clock.advance(119_000);
      expect(await kvs.get('session')).toBe('token');
      clock.advance(1_000);
      expect(await kvs.get('session')).toBeUndefined();
    } finally {
      instant.close();
    }
  });

  it('keeps secrets apart from plain keys', async () => {
    await kvs.setSecret('api-token', { token: 's3cret' });
    await kvs.set('api-token', 'plain');
    expect(await kvs.getSecret('api-token')).toEqual({ token: 's3cret' });
    expect(await kvs.get('api-token')).toBe('plain');
    const { results } = await kvs.query().getMany();
    expect(results).toEqual([{ key: 'api-token', value: 'plain' }]);

    await kvs.deleteSecret('api-token');
    expect(await kvs.getSecret('api-token')).toBeUndefined();
    expect(await kvs.get('api-token')).toBe('plain');
  });

  it('holds secret values to the 128 KiB the secret store documents', async () => {
    const error = await failureOf(() => kvs.setSecret('huge-secret', 'x'.repeat(128 * 1024)));
    expect(error.code).toBe('MAX_SIZE');
    expect(await kvs.getSecret('huge-secret')).toBeUndefined();
  });

  it('counts reads and writes per operation, and reset() clears the counts', async () => {
    await kvs.set('a', 1);
    await kvs.get('a');
    await kvs.get('missing');
    await kvs.getSecret('missing');
    await kvs.delete('a');
    expect(runtime.kvsStats.snapshot()).toEqual({
      reads: 3,
      writes: 2,
      byOperation: { set: 1, get: 2, 'secret/get': 1, delete: 1 },
    });
    runtime.reset();
    expect(runtime.kvsStats.snapshot()).toEqual({ reads: 0, writes: 0, byOperation: {} });
  });
});
