import { kvs, WhereConditions, Filter, FilterConditions, Sort } from '@forge/kvs';
import { installForgeRuntime, type ForgeRuntimeHandle } from '../../workbench/runtime';
import { TEST_ENTITIES, failureOf } from './forge-runtime-fixture';

interface Measurement {
  kpiId: string;
  period: string;
  value: number;
  status?: string;
  count?: number;
  reviewed?: boolean;
  note?: unknown;
}

const measurements = kvs.entity<Measurement>('kpi-measurement');
const keysOf = (page: { results: { key: string }[] }) => page.results.map((result) => result.key);

describe('the KVS emulator, driven through the real @forge/kvs: custom entities', () => {
  let runtime: ForgeRuntimeHandle;
  beforeEach(async () => {
    runtime = installForgeRuntime({ entities: TEST_ENTITIES });
    const rows: Array<[string, Measurement]> = [
      ['leads-2026-03', { kpiId: 'leads', period: '2026-03', value: 130, status: 'ok', reviewed: true }],
      ['leads-2026-01', { kpiId: 'leads', period: '2026-01', value: 90, status: 'warning' }],
      ['leads-2026-02', { kpiId: 'leads', period: '2026-02', value: 110, status: 'ok', reviewed: false }],
      ['leads-2025-12', { kpiId: 'leads', period: '2025-12', value: 70, status: 'breach' }],
      ['cost-2026-01', { kpiId: 'cost', period: '2026-01', value: 5.5, status: 'ok' }],
    ];
    for (const [key, value] of rows) await measurements.set(key, value);
    runtime.reset();
  });
  afterEach(() => runtime.close());

  it('stores and reads an entity by key, and deletes it', async () => {
    expect(await measurements.get('cost-2026-01')).toEqual({ kpiId: 'cost', period: '2026-01', value: 5.5, status: 'ok' });
    await measurements.delete('cost-2026-01');
    expect(await measurements.get('cost-2026-01')).toBeUndefined();
    expect(runtime.kvsStats.snapshot()).toEqual({ reads: 2, writes: 1, byOperation: { 'entity/get': 2, 'entity/delete': 1 } });
  });

  it('keeps entities apart from plain keys of the same name', async () => {
    expect(await kvs.get('cost-2026-01')).toBeUndefined();
    await kvs.set('cost-2026-01', 'plain');
    expect(await measurements.get('cost-2026-01')).toMatchObject({ kpiId: 'cost' });
  });

  it('queries one partition of an index in range order, ascending by default', async () => {
    const page = await measurements.query().index('by-kpi-period', { partition: ['leads'] }).getMany();
    expect(keysOf(page)).toEqual(['leads-2025-12', 'leads-2026-01', 'leads-2026-02', 'leads-2026-03']);
    expect(page.results[0]).toEqual({
      key: 'leads-2025-12',
      value: { kpiId: 'leads', period: '2025-12', value: 70, status: 'breach' },
    });
  });

  it('narrows by a range condition and sorts descending', async () => {
    const page = await measurements
      .query()
      .index('by-kpi-period', { partition: ['leads'] })
      .where(WhereConditions.between('2026-01', '2026-02'))
      .sort(Sort.DESC)
      .getMany();
    expect(keysOf(page)).toEqual(['leads-2026-02', 'leads-2026-01']);

    const later = await measurements
      .query()
      .index('by-kpi-period', { partition: ['leads'] })
      .where(WhereConditions.greaterThan('2026-01'))
      .getMany();
    expect(keysOf(later)).toEqual(['leads-2026-02', 'leads-2026-03']);
    const prefixed = await measurements
      .query()
      .index('by-kpi-period', { partition: ['leads'] })
      .where(WhereConditions.beginsWith('2025'))
      .getMany();
    expect(keysOf(prefixed)).toEqual(['leads-2025-12']);
  });

  it('queries an index named by its attribute, ordering numbers as numbers', async () => {
    const page = await measurements.query().index('value').where(WhereConditions.lessThanEqualTo(90)).getMany();
    expect(keysOf(page)).toEqual(['cost-2026-01', 'leads-2025-12', 'leads-2026-01']);
  });

  it('applies "and" and "or" filters on attributes', async () => {
    const okAndReviewed = await measurements
      .query()
      .index('by-kpi-period', { partition: ['leads'] })
      .filters(new Filter<Measurement>().and('status', FilterConditions.equalTo('ok')).and('reviewed', FilterConditions.equalTo(true)))
      .getMany();
    expect(keysOf(okAndReviewed)).toEqual(['leads-2026-03']);

    const alarming = await measurements
      .query()
      .index('by-kpi-period', { partition: ['leads'] })
      .filters(new Filter<Measurement>().or('status', FilterConditions.equalTo('warning')).or('value', FilterConditions.lessThan(80)))
      .getMany();
    expect(keysOf(alarming)).toEqual(['leads-2025-12', 'leads-2026-01']);

    const unreviewed = await measurements
      .query()
      .index('by-kpi-period', { partition: ['leads'] })
      .filters(new Filter<Measurement>().and('reviewed', FilterConditions.notExists()))
      .getMany();
    expect(keysOf(unreviewed)).toEqual(['leads-2025-12', 'leads-2026-01']);
  });

  it('pages an index with cursors in either direction', async () => {
    const collect = async (sort: Sort) => {
      const keys: string[] = [];
      let cursor: string | undefined;
      do {
        let query = measurements.query().index('by-kpi-period', { partition: ['leads'] }).sort(sort).limit(3);
        if (cursor) query = query.cursor(cursor);
        const page = await query.getMany();
        keys.push(...keysOf(page));
        cursor = page.nextCursor;
      } while (cursor);
      return keys;
    };
    expect(await collect(Sort.ASC)).toEqual(['leads-2025-12', 'leads-2026-01', 'leads-2026-02', 'leads-2026-03']);
    expect(await collect(Sort.DESC)).toEqual(['leads-2026-03', 'leads-2026-02', 'leads-2026-01', 'leads-2025-12']);
  });

  it('has a by-key index on every entity, and getOne takes the first match', async () => {
    const first = await measurements.query().index('by-key').where(WhereConditions.beginsWith('leads-')).getOne();
    expect(first?.key).toBe('leads-2025-12');
  });

  it('takes a page limit of 1–100 and refuses others with COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE', async () => {
    expect((await measurements.query().index('value').limit(100).getMany()).results).toHaveLength(5);
    for (const limit of [0, 101]) {
      const error = await failureOf(() => measurements.query().index('value').limit(limit).getMany());
      expect(error.code).toBe('COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE');
    }
  });

  it('refuses an unknown index, and partition values that do not fit the index', async () => {
    expect((await failureOf(() => measurements.query().index('by-owner').getMany())).code).toBe('INVALID_ENTITY_INDEX');
    expect((await failureOf(() => measurements.query().index('by-kpi-period').getMany())).code).toBe('INVALID_PARTITION');
    expect((await failureOf(() => measurements.query().index('value', { partition: ['leads'] }).getMany())).code).toBe(
      'INVALID_PARTITION',
    );
  });

  it.each([
    { what: 'a string where an integer is declared', value: { kpiId: 'x', period: 'p', value: 1, count: 'three' } },
    { what: 'an integer beyond 32 bits', value: { kpiId: 'x', period: 'p', value: 1, count: 2 ** 31 } },
    { what: 'a fraction where an integer is declared', value: { kpiId: 'x', period: 'p', value: 1, count: 1.5 } },
    { what: 'an undeclared attribute', value: { kpiId: 'x', period: 'p', value: 1, owner: 'me' } },
    { what: 'a value that is not an object', value: 'just text' },
  ])('refuses $what with INVALID_ENTITY_VALUE and writes nothing', async ({ value }) => {
    const error = await failureOf(() => kvs.entity<unknown>('kpi-measurement').set('bad', value));
    expect(error.code).toBe('INVALID_ENTITY_VALUE');
    expect(await measurements.get('bad')).toBeUndefined();
  });

  it('refuses an entity that is not declared, and an empty entity key', async () => {
    expect((await failureOf(() => kvs.entity('undeclared').set('a', {}))).code).toBe('INVALID_ENTITY_TYPE');
    expect((await failureOf(() => measurements.set('', { kpiId: 'x', period: 'p', value: 1 }))).code).toBe('EMPTY_KEY');
  });

  it('holds an `any` attribute of any JSON shape, within the 240 KiB value limit', async () => {
    const note = { text: 'Отдел маркетинга', steps: [1, 2, { nested: true }] };
    await measurements.set('noted', { kpiId: 'x', period: 'p', value: 1, note });
    expect((await measurements.get('noted'))?.note).toEqual(note);
    const tooBig = await failureOf(() => measurements.set('huge', { kpiId: 'x', period: 'p', value: 1, note: 'x'.repeat(240 * 1024) }));
    expect(tooBig.code).toBe('MAX_SIZE');
  });
});
