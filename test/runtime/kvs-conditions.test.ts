import { kvs, Filter, FilterConditions, WhereConditions } from '@forge/kvs';
import { installForgeRuntime, type ForgeRuntimeHandle } from '../../workbench/runtime';
import { TEST_ENTITIES, failureOf } from './forge-runtime-fixture';

interface Measurement {
  kpiId: string;
  period: string;
  value: number;
  status?: string;
  count?: number;
  note?: unknown;
}
interface Card {
  title: string;
  version: number;
  body?: unknown;
}

const measurements = kvs.entity<Measurement>('kpi-measurement');
const leads = () => measurements.query().index('by-kpi-period', { partition: ['leads'] });

describe('conditions only on the attribute types Forge supports (storage-reference/entities-api-query)', () => {
  let runtime: ForgeRuntimeHandle;
  beforeEach(async () => {
    runtime = installForgeRuntime({ entities: TEST_ENTITIES });
    await measurements.set('leads-1', { kpiId: 'leads', period: '2026-01', value: 1, status: 'on track', count: 3, note: ['a'] });
  });
  afterEach(() => runtime.close());

  it('answers 422 to a filter on an `any` attribute', async () => {
    const error = await failureOf(() => leads().filters(new Filter<Measurement>().and('note', FilterConditions.exists())).getMany());
    expect(error.responseDetails?.status).toBe(422);
    expect(error.code).toBe('UNPROCESSABLE_ENTITY');
    expect(error.context).toMatchObject({ attribute: 'note', type: 'any' });
  });

  it('answers 422 to contains/notContains on anything but a string, and filters strings with them', async () => {
    // The SDK types contains() to strings; a caller without types (or with a cast) still sends this.
    for (const condition of [FilterConditions.contains('3'), FilterConditions.notContains('3')]) {
      const error = await failureOf(() => leads().filters(new Filter<Measurement>().and('count', condition)).getMany());
      expect(error.responseDetails?.status).toBe(422);
    }
    const page = await leads().filters(new Filter<Measurement>().and('status', FilterConditions.contains('track'))).getMany();
    expect(page.results.map((result) => result.key)).toEqual(['leads-1']);
  });

  it('answers 422 to a where condition the range attribute\'s type does not support', async () => {
    const error = await failureOf(() => measurements.query().index('value').where(WhereConditions.beginsWith('1')).getMany());
    expect(error.responseDetails?.status).toBe(422);
    expect((await measurements.query().index('value').where(WhereConditions.lessThan(2)).getMany()).results).toHaveLength(1);
  });

  it('answers 422 to a transaction condition on an `any` attribute and writes nothing', async () => {
    const error = await failureOf(() =>
      kvs
        .transact()
        .set<Card>('card-1', { title: 'T', version: 1 }, { entityName: 'card', conditions: new Filter<Card>().and('body', FilterConditions.notExists()) })
        .set('plain', 1)
        .execute(),
    );
    expect(error.responseDetails?.status).toBe(422);
    expect(await kvs.get('plain')).toBeUndefined();
  });

  it('takes at most 100 conditions per query, where and filters together', async () => {
    const filterOf = (count: number) => {
      let filter = new Filter<Measurement>().or('status', FilterConditions.equalTo('s0'));
      for (let n = 1; n < count; n += 1) filter = filter.or('status', FilterConditions.equalTo(`s${n}`));
      return filter;
    };
    await leads().where(WhereConditions.beginsWith('2026')).filters(filterOf(99)).getMany();
    const error = await failureOf(() => leads().where(WhereConditions.beginsWith('2026')).filters(filterOf(100)).getMany());
    expect(error.code).toBe('TOO_MANY_CONDITIONS');
    expect(error.responseDetails?.status).toBe(400);
  });
});
