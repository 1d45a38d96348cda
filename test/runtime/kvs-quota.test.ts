import { kvs } from '@forge/kvs';
import { installForgeRuntime, type ForgeRuntimeHandle } from '../../workbench/runtime';
import { failureOf, manualClock } from './forge-runtime-fixture';

// A set of this value sends just under 100,000 bytes: 10 units of 10 KB, so 400 of them fill a minute.
const TEN_UNITS = 'x'.repeat(99_900);

describe('KVS quota units and the optional quota mode (limits-kvs-ce, operation limits)', () => {
  let runtime: ForgeRuntimeHandle;
  afterEach(() => runtime.close());

  it('counts units of 10 KB rounded up, a 65 KB write as 7, even with quota mode off', async () => {
    runtime = installForgeRuntime();
    await kvs.set('big', 'x'.repeat(64_000));
    await kvs.set('small', 1);
    expect(await kvs.get('big')).toHaveLength(64_000);
    await kvs.get('missing');
    await kvs.transact().set('a', 'x'.repeat(15_000)).set('b', 1).execute();
    expect(runtime.kvsStats.units()).toEqual({ readUnits: 7 + 1, writeUnits: 7 + 1 + 2, throttled: 0 });
    for (let n = 0; n < 401; n += 1) await kvs.set('many', TEN_UNITS);
    expect(runtime.kvsStats.units().throttled).toBe(0);
    runtime.reset();
    expect(runtime.kvsStats.units()).toEqual({ readUnits: 0, writeUnits: 0, throttled: 0 });
  });

  it('refuses writes over 4,000 units a minute with 429 RATE_LIMIT_EXCEEDED, writing nothing, until the minute passes', async () => {
    const clock = manualClock();
    runtime = installForgeRuntime({ kvsQuota: true, now: clock.now });
    for (let n = 0; n < 400; n += 1) await kvs.set(`k${n}`, TEN_UNITS);
    clock.advance(59_999);
    const error = await failureOf(() => kvs.set('over', 1));
    expect(error.responseDetails?.status).toBe(429);
    expect(error.code).toBe('RATE_LIMIT_EXCEEDED');
    expect(error.context).toMatchObject({ quota: 'writeUnitsPerMinute' });
    clock.advance(1);
    await kvs.set('over', 1);
    expect(await kvs.get('over')).toBe(1);
    expect(runtime.kvsStats.units()).toMatchObject({ writeUnits: 4001, throttled: 1 });
  });

  it('refuses reads over 4,000 units a minute, measuring what they answer', async () => {
    const clock = manualClock();
    runtime = installForgeRuntime({ kvsQuota: true, now: clock.now });
    await kvs.set('big', TEN_UNITS);
    for (let n = 0; n < 400; n += 1) await kvs.get('big');
    const error = await failureOf(() => kvs.get('big'));
    expect(error.code).toBe('RATE_LIMIT_EXCEEDED');
    expect(error.context).toMatchObject({ quota: 'readUnitsPerMinute' });
    await kvs.set('still-writable', 1);
  });

  it('refuses the 1,001st request within a second', async () => {
    const clock = manualClock();
    runtime = installForgeRuntime({ kvsQuota: true, now: clock.now });
    for (let n = 0; n < 1000; n += 1) await kvs.get('missing');
    const error = await failureOf(() => kvs.get('missing'));
    expect(error.code).toBe('RATE_LIMIT_EXCEEDED');
    expect(error.context).toMatchObject({ quota: 'requestsPerSecond' });
    clock.advance(1000);
    expect(await kvs.get('missing')).toBeUndefined();
  });

  it('answers an over-quota transaction with 429 TOO_MANY_REQUESTS, as the transaction limits name it', async () => {
    runtime = installForgeRuntime({ kvsQuota: { writeUnitsPerMinute: 1 }, now: manualClock().now });
    await kvs.transact().set('a', 1).execute();
    const error = await failureOf(() => kvs.transact().set('b', 1).execute());
    expect(error.responseDetails?.status).toBe(429);
    expect(error.code).toBe('TOO_MANY_REQUESTS');
    expect(await kvs.get('b')).toBeUndefined();
  });
});
