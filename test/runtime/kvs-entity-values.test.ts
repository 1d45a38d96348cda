import { kvs } from '@forge/kvs';
import { installForgeRuntime, type ForgeRuntimeHandle } from '../../workbench/runtime';
import { TEST_ENTITIES, failureOf } from './forge-runtime-fixture';

const measurements = kvs.entity<Record<string, unknown>>('kpi-measurement');
const cards = kvs.entity<Record<string, unknown>>('card');
const base = { kpiId: 'leads', period: '2026-01', value: 1 };

describe('the KVS emulator holds entity values to the documented limits (limits-kvs-ce)', () => {
  let runtime: ForgeRuntimeHandle;
  beforeEach(() => {
    runtime = installForgeRuntime({ entities: TEST_ENTITIES });
  });
  afterEach(() => runtime.close());

  it.each([
    { what: 'an empty string', status: '' },
    { what: 'a blank string', status: ' ' },
    { what: 'a string of only tabs, newlines and no-break spaces', status: '\t\n\u00a0' },
  ])('refuses $what for a string attribute with INVALID_ENTITY_VALUE', async ({ status }) => {
    const error = await failureOf(() => measurements.set('m', { ...base, status }));
    expect(error.code).toBe('INVALID_ENTITY_VALUE');
    expect(error.responseDetails?.status).toBe(400);
    expect(await measurements.get('m')).toBeUndefined();
  });

  it('accepts a string with one visible character, and an omitted attribute', async () => {
    await measurements.set('m', { ...base, status: ' x ' });
    await measurements.set('n', base);
    expect(await measurements.get('m')).toMatchObject({ status: ' x ' });
  });

  it.each([1e-131, -1e-131, 1e126, -1e126])('refuses the float %p, outside 1E-130…9.99E+125', async (value) => {
    expect((await failureOf(() => measurements.set('m', { ...base, value }))).code).toBe('INVALID_ENTITY_VALUE');
  });

  it.each([0, 1e-130, -1e-130, 9.99e125, -9.99e125, 5.5])('accepts the float %p', async (value) => {
    await measurements.set('m', { ...base, value });
    expect((await measurements.get('m'))?.value).toBe(value);
  });

  it('refuses range values over 900 UTF-8 bytes, counting a Cyrillic letter as two', async () => {
    await cards.set('at-limit', { title: 'Ж'.repeat(450), version: 1 });
    const error = await failureOf(() => cards.set('over', { title: `${'Ж'.repeat(450)}a`, version: 1 }));
    expect(error.code).toBe('INVALID_ENTITY_VALUE');
    expect(error.context).toMatchObject({ index: 'title', size: 901, maxSize: 900 });
    expect(await cards.get('over')).toBeUndefined();
  });

  it('refuses partition values over 1,700 bytes', async () => {
    await measurements.set('at-limit', { ...base, kpiId: 'k'.repeat(1700) });
    const error = await failureOf(() => measurements.set('over', { ...base, kpiId: 'k'.repeat(1701) }));
    expect(error.code).toBe('INVALID_ENTITY_VALUE');
    expect(error.context).toMatchObject({ index: 'by-kpi-period', size: 1701, maxSize: 1700 });
  });

  it('holds entity values in batches and transactions to the same rules', async () => {
    const batch = await kvs.batchSet([{ key: 'blank', value: { ...base, status: ' ' }, entityName: 'kpi-measurement' }]);
    expect(batch.failedKeys).toEqual([expect.objectContaining({ key: 'blank', error: expect.objectContaining({ code: 'INVALID_ENTITY_VALUE' }) })]);
    const error = await failureOf(() =>
      kvs.transact().set('long', { title: 'x'.repeat(901), version: 1 }, { entityName: 'card' }).execute(),
    );
    expect(error.code).toBe('INVALID_ENTITY_VALUE');
  });
});
