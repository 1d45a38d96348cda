import { kvs, Filter, FilterConditions, MetadataField, WhereConditions } from '@forge/kvs';
import { installForgeRuntime, type ForgeRuntimeHandle } from '../../workbench/runtime';
import { TEST_ENTITIES, failureOf } from './forge-runtime-fixture';

interface Measurement {
  kpiId: string;
  period: string;
  value: number;
  status?: string;
}

const measurements = kvs.entity<Measurement>('kpi-measurement');
const period = (n: number) => `2026-${String(n).padStart(2, '0')}`;

/** Follows cursors to the end, keeping every page's keys. */
async function allPages(query: (cursor?: string) => Promise<{ results: { key: string }[]; nextCursor?: string }>) {
  const pages: string[][] = [];
  let cursor: string | undefined;
  do {
    const page = await query(cursor);
    pages.push(page.results.map((result) => result.key));
    cursor = page.nextCursor;
  } while (cursor);
  return pages;
}

describe('the KVS emulator pages as Forge does (storage-reference/entities-api-query)', () => {
  let runtime: ForgeRuntimeHandle;
  afterEach(() => runtime.close());

  describe('with Forge\'s own limits', () => {
    beforeEach(async () => {
      runtime = installForgeRuntime({ entities: TEST_ENTITIES });
      // Twelve periods; only the 1st and the 12th are breached.
      for (let n = 1; n <= 12; n += 1) {
        await measurements.set(`leads-${period(n)}`, { kpiId: 'leads', period: period(n), value: n, status: n === 1 || n === 12 ? 'breach' : 'ok' });
      }
    });

    it('cuts the page before filtering, so a filtered page can be empty yet carry a cursor', async () => {
      const breached = (cursor?: string) => {
        let query = measurements
          .query()
          .index('by-kpi-period', { partition: ['leads'] })
          .filters(new Filter<Measurement>().and('status', FilterConditions.equalTo('breach')))
          .limit(5);
        if (cursor) query = query.cursor(cursor);
        return query.getMany();
      };
      expect(await allPages(breached)).toEqual([['leads-2026-01'], [], ['leads-2026-12']]);
    });

    it('answers 10 entities by default', async () => {
      const page = await measurements.query().index('by-kpi-period', { partition: ['leads'] }).getMany();
      expect(page.results).toHaveLength(10);
      expect(page.nextCursor).toEqual(expect.any(String));
    });

    it('refuses returnMetadataFields without returnValue, and takes it with returnValue', async () => {
      const error = await failureOf(() =>
        kvs.set('k', 1, { keyPolicy: 'OVERRIDE', returnMetadataFields: [MetadataField.CREATED_AT] } as unknown as { keyPolicy: 'OVERRIDE' }),
      );
      expect(error.code).toBe('BAD_REQUEST');
      expect(await kvs.get('k')).toBeUndefined();
      const written = await kvs.set('k', 1, { keyPolicy: 'OVERRIDE', returnValue: 'LATEST', returnMetadataFields: [MetadataField.CREATED_AT] });
      expect(written).toEqual({ key: 'k', value: 1, createdAt: expect.any(Number) });
    });
  });

  describe('with the optional maxResultsPerPage cap', () => {
    beforeEach(async () => {
      runtime = installForgeRuntime({ entities: TEST_ENTITIES, limits: { maxResultsPerPage: 2 } });
      for (let n = 1; n <= 5; n += 1) {
        await measurements.set(`m${n}`, { kpiId: 'leads', period: period(n), value: n });
        await kvs.set(`key:${n}`, n);
      }
    });

    it('answers short pages with cursors however many results were asked for', async () => {
      const entityPages = await allPages((cursor) => {
        const query = measurements.query().index('value').limit(100);
        return (cursor ? query.cursor(cursor) : query).getMany();
      });
      expect(entityPages).toEqual([['m1', 'm2'], ['m3', 'm4'], ['m5']]);
      const keyPages = await allPages((cursor) => {
        const query = kvs.query().where('key', WhereConditions.beginsWith('key:')).limit(100);
        return (cursor ? query.cursor(cursor) : query).getMany();
      });
      expect(keyPages.map((page) => page.length)).toEqual([2, 2, 1]);
    });
  });
});
