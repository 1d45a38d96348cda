import type { AuditLog } from '../../src/core/ports/audit-log';
import type { MeasurementStore } from '../../src/core/ports/measurement-store';
import type { Page } from '../../src/core/ports/card-store';
import type { KpiCardSummary, KpiMeasurement } from '../../src/core/kpi/kpi-types';
import { MAX_AUDIT_PER_MEASUREMENT_WRITE, MAX_AUDIT_PER_SUMMARY_WRITE } from '../../src/core/ports/measurement-limits';
import { KPI_AT, kpiAudit, kpiSummary, monthlyMeasurement, monthlyPeriod, nextState } from '../support/kpi-builders';

const LATER = '2026-11-26T10:00:00.000Z';
const LATEST = '2026-11-27T10:00:00.000Z';

/** Counts the storage requests a store made, where the adapter can (the Forge one, on the emulator). */
export interface RequestProbe {
  reset(): void;
  queries(): number;
  batchGets(): number;
}

export interface MeasurementStoreUnderTest {
  store: MeasurementStore;
  audit: AuditLog;
  probe?: RequestProbe;
}

/** Writes first values through the store, each with the card's summary at its next version, as a use case would. */
class Seeder {
  private readonly versions = new Map<string, number>();

  constructor(private readonly store: MeasurementStore) {}

  async record(measurement: KpiMeasurement): Promise<void> {
    const version = this.versions.get(measurement.cardId) ?? 0;
    await this.store.write({ measurement, expectedRevision: 0, summary: kpiSummary(measurement.cardId), expectedSummaryVersion: version, audit: [] });
    this.versions.set(measurement.cardId, version + 1);
  }
}

const ids = (items: readonly KpiMeasurement[]) => items.map((item) => item.periodKey);

async function allPages<T>(list: (cursor: string | undefined) => Promise<Page<T>>): Promise<Array<Page<T>>> {
  const pages: Array<Page<T>> = [];
  let cursor: string | undefined;
  do {
    const page = await list(cursor);
    pages.push(page);
    cursor = page.cursor ?? undefined;
  } while (cursor !== undefined && pages.length < 100);
  return pages;
}

/**
 * One specification for every MeasurementStore: the in-memory fake and the Forge adapter (on
 * the local KVS emulator) must behave the same, or unit tests on the fake would prove nothing.
 * Request counts are asserted where the adapter has a probe.
 */
export function describeMeasurementStoreContract(name: string, make: () => MeasurementStoreUnderTest): void {
  describe(`MeasurementStore contract: ${name}`, () => {
    let store: MeasurementStore;
    let audit: AuditLog;
    let probe: RequestProbe | undefined;
    beforeEach(() => {
      ({ store, audit, probe } = make());
    });

    const auditIds = async (cardId = 'card-1') =>
      (await allPages((cursor) => audit.list(cardId, cursor))).flatMap((page) => page.items.map((item) => item.id)).sort();

    it('answers null and nothing for records that were never written', async () => {
      expect(await store.get('card-1', 'kpi-a', '2025-03')).toBeNull();
      expect(await store.getSummary('card-1')).toBeNull();
      expect((await store.getSummaries(['card-1', 'card-2'])).size).toBe(0);
      expect(await store.listForKpi('card-1', 'kpi-a', { limit: 10 })).toEqual({ items: [], cursor: null });
      expect(await store.listSummaries({ limit: 10 })).toEqual({ items: [], cursor: null });
    });

    it('writes a value, the summary at its next version and the audit entries in one step, and reads them back', async () => {
      const measurement = monthlyMeasurement('card-1', 'kpi-a', 110, { comment: 'Первое значение', numerator: 3, denominator: 4 });
      // The summary's own version is ignored: it is stored at expectedSummaryVersion + 1.
      const summary = { ...kpiSummary('card-1', KPI_AT, ['kpi-a']), version: 7 };
      await store.write({ measurement, expectedRevision: 0, summary, expectedSummaryVersion: 0, audit: [kpiAudit('card-1', 'a'), kpiAudit('card-1', 'b')] });
      expect(await store.get('card-1', 'kpi-a', measurement.periodKey)).toEqual(measurement);
      expect(await store.getSummary('card-1')).toEqual({ ...summary, version: 1 });
      expect(await store.getSummaries(['card-1'])).toEqual(new Map([['card-1', { ...summary, version: 1 }]]));
      expect(await auditIds()).toEqual([kpiAudit('card-1', 'a').id, kpiAudit('card-1', 'b').id].sort());
      expect((await store.listForKpi('card-1', 'kpi-a', { limit: 10 })).items).toEqual([measurement]);
    });

    it('takes a correction based on the current revision and keeps the earlier state in its history', async () => {
      const first = monthlyMeasurement('card-1', 'kpi-a', 110);
      await store.write({ measurement: first, expectedRevision: 0, summary: kpiSummary('card-1'), expectedSummaryVersion: 0, audit: [kpiAudit('card-1', 'a')] });
      const corrected = nextState(first, { value: 41.5, comment: 'typo', at: LATER, by: 'acc-2' });
      await store.write({ measurement: corrected, expectedRevision: 1, summary: kpiSummary('card-1', LATER), expectedSummaryVersion: 1, audit: [kpiAudit('card-1', 'b', 'kpi.corrected')] });
      const stored = await store.get('card-1', 'kpi-a', first.periodKey);
      expect(stored).toEqual(corrected);
      expect(stored).toMatchObject({ revision: 2, current: { value: 41.5, action: 'corrected', by: 'acc-2' }, history: [first.current] });
      expect(await store.getSummary('card-1')).toMatchObject({ version: 2, updatedAt: LATER });
      expect(await auditIds()).toHaveLength(2);
    });

    it('refuses a write based on a stale revision (CONFLICT measurement-changed); the value, the summary and the audit trail stay as they were', async () => {
      const first = monthlyMeasurement('card-1', 'kpi-a', 110);
      await store.write({ measurement: first, expectedRevision: 0, summary: kpiSummary('card-1'), expectedSummaryVersion: 0, audit: [kpiAudit('card-1', 'a')] });
      const alice = nextState(first, { value: 1, at: LATER, by: 'alice' });
      await store.write({ measurement: alice, expectedRevision: 1, summary: kpiSummary('card-1', LATER), expectedSummaryVersion: 1, audit: [kpiAudit('card-1', 'b')] });
      const before = { measurement: await store.get('card-1', 'kpi-a', first.periodKey), summary: await store.getSummary('card-1'), audit: await auditIds() };

      // Bob read revision 1 (and the current summary): his correction is stale.
      const bob = nextState(first, { value: 2, at: LATEST, by: 'bob' });
      const stale = store.write({ measurement: bob, expectedRevision: 1, summary: kpiSummary('card-1', LATEST), expectedSummaryVersion: 2, audit: [kpiAudit('card-1', 'c')] });
      await expect(stale).rejects.toMatchObject({ code: 'CONFLICT', reason: 'measurement-changed', params: { expectedRevision: 1, actualRevision: 2 } });
      // Carol thought the period had no value yet.
      const carol = { ...monthlyMeasurement('card-1', 'kpi-a', 110, { value: 3, at: LATEST, by: 'carol' }) };
      const taken = store.write({ measurement: carol, expectedRevision: 0, summary: kpiSummary('card-1', LATEST), expectedSummaryVersion: 2, audit: [kpiAudit('card-1', 'd')] });
      await expect(taken).rejects.toMatchObject({ code: 'CONFLICT', reason: 'measurement-changed', params: { expectedRevision: 0, actualRevision: 2 } });

      expect(await store.get('card-1', 'kpi-a', first.periodKey)).toEqual(before.measurement);
      expect(await store.getSummary('card-1')).toEqual(before.summary);
      expect(await auditIds()).toEqual(before.audit);
    });

    it('refuses a write based on a stale summary version (CONFLICT measurement-changed) and writes nothing', async () => {
      await store.write({ measurement: monthlyMeasurement('card-1', 'kpi-a', 110), expectedRevision: 0, summary: kpiSummary('card-1'), expectedSummaryVersion: 0, audit: [kpiAudit('card-1', 'a')] });
      // A new period (revision 0 is right) on a summary someone else moved to version 1.
      const other = monthlyMeasurement('card-1', 'kpi-b', 110, { at: LATER });
      const stale = store.write({ measurement: other, expectedRevision: 0, summary: kpiSummary('card-1', LATER), expectedSummaryVersion: 0, audit: [kpiAudit('card-1', 'b')] });
      await expect(stale).rejects.toMatchObject({ code: 'CONFLICT', reason: 'measurement-changed', params: { expectedSummaryVersion: 0, actualSummaryVersion: 1 } });
      expect(await store.get('card-1', 'kpi-b', other.periodKey)).toBeNull();
      expect(await store.getSummary('card-1')).toMatchObject({ version: 1, updatedAt: KPI_AT });
      expect(await auditIds()).toEqual([kpiAudit('card-1', 'a').id]);
    });

    it('keeps a withdrawn value as a record, with the withdrawn state, listed with the others', async () => {
      const first = monthlyMeasurement('card-1', 'kpi-a', 110);
      const seeder = new Seeder(store);
      await seeder.record(monthlyMeasurement('card-1', 'kpi-a', 109));
      await store.write({ measurement: first, expectedRevision: 0, summary: kpiSummary('card-1'), expectedSummaryVersion: 1, audit: [] });
      const withdrawn = nextState(first, { action: 'withdrawn', comment: 'wrong meter', at: LATER });
      await store.write({ measurement: withdrawn, expectedRevision: 1, summary: kpiSummary('card-1', LATER), expectedSummaryVersion: 2, audit: [kpiAudit('card-1', 'w', 'kpi.withdrawn')] });
      expect(await store.get('card-1', 'kpi-a', first.periodKey)).toEqual(withdrawn);
      expect(withdrawn).toMatchObject({ status: 'withdrawn', revision: 2, current: { action: 'withdrawn', value: first.current.value }, history: [first.current] });
      expect(ids((await store.listForKpi('card-1', 'kpi-a', { limit: 10 })).items)).toEqual([first.periodKey, monthlyPeriod(109).key]);
      expect((await store.listForKpi('card-1', 'kpi-a', { limit: 10 })).items[0]).toEqual(withdrawn);
    });

    it('answers a write repeated after it was done (its answer lost) as done, and writes nothing twice', async () => {
      const command = {
        measurement: monthlyMeasurement('card-1', 'kpi-a', 110),
        expectedRevision: 0,
        summary: kpiSummary('card-1'),
        expectedSummaryVersion: 0,
        audit: [kpiAudit('card-1', 'a')],
      };
      await store.write(command);
      await store.write(command);
      expect(await store.getSummary('card-1')).toMatchObject({ version: 1 });
      expect(await auditIds()).toEqual([kpiAudit('card-1', 'a').id]);
      const summaryCommand = { summary: kpiSummary('card-1', LATER), expectedSummaryVersion: 1, audit: [kpiAudit('card-1', 'b', 'kpi.due-changed')] };
      await store.writeSummary(summaryCommand);
      await store.writeSummary(summaryCommand);
      expect(await store.getSummary('card-1')).toMatchObject({ version: 2, updatedAt: LATER });
      expect(await auditIds()).toHaveLength(2);
      // A different write on the same stale versions is someone else's: refused.
      await expect(store.writeSummary({ ...summaryCommand, summary: kpiSummary('card-1', LATEST) })).rejects.toMatchObject({ code: 'CONFLICT', reason: 'measurement-changed' });
    });

    it('writes a summary alone by compare-and-set with its audit entries; a stale one changes nothing', async () => {
      await store.writeSummary({ summary: kpiSummary('card-1', KPI_AT, ['kpi-a']), expectedSummaryVersion: 0, audit: [kpiAudit('card-1', 'a', 'kpi.due-changed')] });
      expect(await store.getSummary('card-1')).toEqual({ ...kpiSummary('card-1', KPI_AT, ['kpi-a']), version: 1 });
      await expect(store.writeSummary({ summary: kpiSummary('card-1', LATER), expectedSummaryVersion: 0, audit: [kpiAudit('card-1', 'b')] })).rejects.toMatchObject({
        code: 'CONFLICT',
        reason: 'measurement-changed',
        params: { expectedSummaryVersion: 0, actualSummaryVersion: 1 },
      });
      await expect(store.writeSummary({ summary: kpiSummary('card-1', LATER), expectedSummaryVersion: 2, audit: [] })).rejects.toMatchObject({ code: 'CONFLICT' });
      expect(await store.getSummary('card-1')).toMatchObject({ version: 1, updatedAt: KPI_AT });
      expect(await auditIds()).toEqual([kpiAudit('card-1', 'a').id]);
    });

    it('refuses more audit entries than one transaction holds, before writing anything; the most that fit are written', async () => {
      const entries = (count: number, prefix: string) => Array.from({ length: count }, (_, n) => kpiAudit('card-1', `${prefix}${n}`));
      const measurement = monthlyMeasurement('card-1', 'kpi-a', 110);
      const tooMany = store.write({ measurement, expectedRevision: 0, summary: kpiSummary('card-1'), expectedSummaryVersion: 0, audit: entries(MAX_AUDIT_PER_MEASUREMENT_WRITE + 1, 'x') });
      await expect(tooMany).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringMatching(/at most 23 audit entries/) });
      expect(await store.get('card-1', 'kpi-a', measurement.periodKey)).toBeNull();
      await expect(store.writeSummary({ summary: kpiSummary('card-1'), expectedSummaryVersion: 0, audit: entries(MAX_AUDIT_PER_SUMMARY_WRITE + 1, 'y') })).rejects.toMatchObject({
        code: 'INTERNAL',
        message: expect.stringMatching(/at most 24 audit entries/),
      });
      expect(await store.getSummary('card-1')).toBeNull();
      expect(await auditIds()).toEqual([]);

      await store.write({ measurement, expectedRevision: 0, summary: kpiSummary('card-1'), expectedSummaryVersion: 0, audit: entries(MAX_AUDIT_PER_MEASUREMENT_WRITE, 'm') });
      await store.writeSummary({ summary: kpiSummary('card-1', LATER), expectedSummaryVersion: 1, audit: entries(MAX_AUDIT_PER_SUMMARY_WRITE, 's') });
      expect(await auditIds()).toHaveLength(MAX_AUDIT_PER_MEASUREMENT_WRITE + MAX_AUDIT_PER_SUMMARY_WRITE);
    });

    it('refuses a command the calling code got wrong: a revision that is not the next one, another card\'s summary, one entry twice', async () => {
      const measurement = monthlyMeasurement('card-1', 'kpi-a', 110);
      const base = { measurement, expectedRevision: 0, summary: kpiSummary('card-1'), expectedSummaryVersion: 0, audit: [] };
      await expect(store.write({ ...base, expectedRevision: 1 })).rejects.toMatchObject({ code: 'INTERNAL' });
      await expect(store.write({ ...base, summary: kpiSummary('card-2') })).rejects.toMatchObject({ code: 'INTERNAL' });
      await expect(store.write({ ...base, audit: [kpiAudit('card-1', 'a'), kpiAudit('card-1', 'a')] })).rejects.toMatchObject({ code: 'INTERNAL' });
      await expect(store.write({ ...base, summary: { ...kpiSummary('card-1'), updatedAt: null } })).rejects.toMatchObject({ code: 'INTERNAL' });
      expect(await store.get('card-1', 'kpi-a', measurement.periodKey)).toBeNull();
      expect(await store.getSummary('card-1')).toBeNull();
    });

    it('refuses a value larger than Forge storage holds (TOO_LARGE) and writes nothing', async () => {
      // 51 states of 2,000 CJK characters (3 bytes each): about 300 KiB.
      const long = monthlyMeasurement('card-1', 'kpi-a', 110, { comment: '質'.repeat(2000) });
      const huge = { ...long, revision: 51, history: Array.from({ length: 50 }, () => long.current) };
      const write = store.write({ measurement: huge, expectedRevision: 50, summary: kpiSummary('card-1'), expectedSummaryVersion: 0, audit: [kpiAudit('card-1', 'a')] });
      await expect(write).rejects.toMatchObject({ code: 'TOO_LARGE', reason: 'storage' });
      expect(await store.getSummary('card-1')).toBeNull();
      expect(await auditIds()).toEqual([]);
    });

    it('pages ten years of monthly values newest first, 50 a page: 3 pages, no repeats, no gaps', async () => {
      const seeder = new Seeder(store);
      for (let month = 0; month < 120; month += 1) await seeder.record(monthlyMeasurement('card-1', 'kpi-a', month));
      probe?.reset();
      const pages = await allPages((cursor) => store.listForKpi('card-1', 'kpi-a', { limit: 50, ...(cursor ? { cursor } : {}) }));
      expect(pages.map((page) => page.items.length)).toEqual([50, 50, 20]);
      expect(pages.map((page) => page.cursor === null)).toEqual([false, false, true]);
      const expected = Array.from({ length: 120 }, (_, n) => monthlyPeriod(119 - n).key);
      expect(pages.flatMap((page) => ids(page.items))).toEqual(expected);
      if (probe) expect(probe.queries()).toBe(3);
      // All of them fit in one page of the most a page holds; a bigger limit is held to that.
      expect((await store.listForKpi('card-1', 'kpi-a', { limit: 100 })).items).toHaveLength(100);
      expect((await store.listForKpi('card-1', 'kpi-a', { limit: 1000 })).items).toHaveLength(100);
      expect((await store.listForKpi('card-1', 'kpi-a', { limit: 0 })).items).toHaveLength(1);
    });

    it('never lists the values of another KPI or another card', async () => {
      const seeder = new Seeder(store);
      for (const [cardId, kpiId] of [['card-1', 'kpi-a'], ['card-1', 'kpi-b'], ['card-2', 'kpi-a'], ['card-10', 'kpi-a']] as const) {
        for (let month = 100; month < 104; month += 1) await seeder.record(monthlyMeasurement(cardId, kpiId, month));
      }
      // `card-1` + `kpi-a` must not reach into `card-10`, nor `kpi-a` into `kpi-ab`.
      await seeder.record(monthlyMeasurement('card-1', 'kpi-ab', 105));
      const items = (await store.listForKpi('card-1', 'kpi-a', { limit: 100 })).items;
      expect(items.map((item) => `${item.cardId}/${item.kpiId}/${item.periodKey}`)).toEqual(
        [103, 102, 101, 100].map((month) => `card-1/kpi-a/${monthlyPeriod(month).key}`),
      );
      expect((await store.listForKpi('card-3', 'kpi-a', { limit: 100 })).items).toEqual([]);
    });

    it('refuses a cursor it did not give out, or one from another list, as a VALIDATION error', async () => {
      const seeder = new Seeder(store);
      for (let month = 0; month < 3; month += 1) await seeder.record(monthlyMeasurement('card-1', 'kpi-a', month));
      for (let month = 0; month < 3; month += 1) await seeder.record(monthlyMeasurement('card-1', 'kpi-b', month));
      const cursorOfA = (await store.listForKpi('card-1', 'kpi-a', { limit: 1 })).cursor;
      expect(cursorOfA).not.toBeNull();
      const refused = { code: 'VALIDATION', reason: 'cursor' };
      await expect(store.listForKpi('card-1', 'kpi-a', { limit: 1, cursor: 'not-a-cursor' })).rejects.toMatchObject(refused);
      await expect(store.listForKpi('card-1', 'kpi-b', { limit: 1, cursor: cursorOfA! })).rejects.toMatchObject(refused);
      await expect(store.listSummaries({ limit: 1, cursor: cursorOfA! })).rejects.toMatchObject(refused);
      await expect(store.listSummaries({ limit: 1, cursor: 'not-a-cursor' })).rejects.toMatchObject(refused);
      expect((await store.listForKpi('card-1', 'kpi-a', { limit: 1, cursor: cursorOfA! })).items.map((item) => item.periodKey)).toEqual([monthlyPeriod(1).key]);
    });

    it('reads the summaries of 60 cards, 25 a request (3 requests), leaving out cards without one', async () => {
      const cardIds = Array.from({ length: 60 }, (_, n) => `card-${String(n).padStart(2, '0')}`);
      for (const cardId of cardIds.filter((_, n) => n % 12 !== 0)) {
        await store.writeSummary({ summary: kpiSummary(cardId, KPI_AT, ['kpi-a']), expectedSummaryVersion: 0, audit: [] });
      }
      probe?.reset();
      const found = await store.getSummaries(cardIds);
      expect([...found.keys()].sort()).toEqual(cardIds.filter((_, n) => n % 12 !== 0));
      expect(found.get('card-01')).toEqual({ ...kpiSummary('card-01', KPI_AT, ['kpi-a']), version: 1 });
      if (probe) expect(probe.batchGets()).toBe(3);
      probe?.reset();
      expect((await store.getSummaries([...cardIds.slice(0, 25), ...cardIds.slice(0, 25)])).size).toBe(22);
      expect(await store.getSummaries([])).toEqual(new Map());
      if (probe) expect(probe.batchGets()).toBe(1);
    });

    it('loads the last 12 periods of each of 50 KPIs of a card with exactly one query per KPI', async () => {
      const seeder = new Seeder(store);
      const kpiIds = Array.from({ length: 50 }, (_, n) => `kpi-${n}`);
      for (const kpiId of kpiIds) for (let month = 100; month < 114; month += 1) await seeder.record(monthlyMeasurement('card-1', kpiId, month));
      probe?.reset();
      const lastYear = await Promise.all(kpiIds.map((kpiId) => store.listForKpi('card-1', kpiId, { limit: 12 })));
      expect(lastYear.map((page) => page.items.length)).toEqual(kpiIds.map(() => 12));
      expect(lastYear.every((page, n) => page.items.every((item) => item.kpiId === kpiIds[n]))).toBe(true);
      expect(ids(lastYear[7]!.items)).toEqual(Array.from({ length: 12 }, (_, n) => monthlyPeriod(113 - n).key));
      if (probe) expect(probe.queries()).toBe(50);
    });

    it('lists every summary in card-id order, at most 100 a page (250 summaries: 100, 100, 50)', async () => {
      const cardIds = Array.from({ length: 250 }, (_, n) => `card-${String(n).padStart(3, '0')}`);
      // Written out of order: the list is in card-id order, not write order.
      for (const cardId of [...cardIds].reverse()) await store.writeSummary({ summary: kpiSummary(cardId), expectedSummaryVersion: 0, audit: [] });
      probe?.reset();
      const pages = await allPages((cursor) => store.listSummaries({ limit: 500, ...(cursor ? { cursor } : {}) }));
      expect(pages.map((page) => page.items.length)).toEqual([100, 100, 50]);
      expect(pages.flatMap((page) => page.items.map((summary: KpiCardSummary) => summary.cardId))).toEqual(cardIds);
      if (probe) expect(probe.queries()).toBe(3);
      const small = await allPages((cursor) => store.listSummaries({ limit: 40, ...(cursor ? { cursor } : {}) }));
      expect(small).toHaveLength(7);
      expect(new Set(small.flatMap((page) => page.items.map((summary) => summary.cardId))).size).toBe(250);
    });
  });
}
