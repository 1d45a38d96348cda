import { join } from 'node:path';
import { kvs } from '@forge/kvs';
import { ForgeMeasurementStore } from '../../src/adapters/forge/forge-measurement-store';
import { ForgeAuditLog } from '../../src/adapters/forge/forge-audit-log';
import { MEASUREMENT_ENTITY, SUMMARY_ENTITY, toMeasurementEntity } from '../../src/adapters/forge/measurement-entities';
import { installForgeRuntime, type ForgeRuntimeHandle, type InstallForgeRuntimeOptions } from '../../workbench/runtime';
import { KPI_AT, kpiAudit, kpiSummary, monthlyMeasurement, monthlyPeriod, nextState } from '../support/kpi-builders';
import { describeMeasurementStoreContract } from './measurement-store-contract';

/** The shipping adapter, running the real @forge/kvs against the local KVS emulator. */
const MANIFEST = join(__dirname, '..', '..', 'manifest.yml');
let runtime: ForgeRuntimeHandle | undefined;
const install = (options: InstallForgeRuntimeOptions = {}) => {
  runtime?.close();
  runtime = installForgeRuntime({ manifestPath: MANIFEST, ...options });
  return runtime;
};

beforeEach(() => install());
afterAll(() => runtime?.close());

const quietLogger = { error: () => undefined };
const LATER = '2026-11-26T10:00:00.000Z';

describeMeasurementStoreContract('Forge storage on the KVS emulator', () => ({
  store: new ForgeMeasurementStore(quietLogger),
  audit: new ForgeAuditLog(quietLogger),
  probe: {
    reset: () => runtime!.reset(),
    queries: () => runtime!.kvsStats.byOperation['entity/query'] ?? 0,
    batchGets: () => runtime!.kvsStats.byOperation['batch/get'] ?? 0,
  },
}));

/** Makes every transaction commit and then fail, as when the answer is lost on the way back; `between` runs in the gap. */
function loseAnswers(between: () => Promise<void> = async () => undefined) {
  const realTransact = kvs.transact.bind(kvs);
  let lost = 0;
  jest.spyOn(kvs, 'transact').mockImplementation(() => {
    const builder = realTransact();
    const realExecute = builder.execute.bind(builder);
    jest.spyOn(builder, 'execute').mockImplementation(async () => {
      await realExecute();
      if (lost > 0) return;
      lost += 1;
      await between();
      throw new Error('the answer was lost on the way back');
    });
    return builder;
  });
}

describe('ForgeMeasurementStore when a transaction fails', () => {
  afterEach(() => jest.restoreAllMocks());

  it('answers a write whose answer was lost as done, not as someone else’s change', async () => {
    const store = new ForgeMeasurementStore(quietLogger);
    const audit = new ForgeAuditLog(quietLogger);
    loseAnswers();
    const measurement = monthlyMeasurement('card-1', 'kpi-a', 110);
    await store.write({ measurement, expectedRevision: 0, summary: kpiSummary('card-1'), expectedSummaryVersion: 0, audit: [kpiAudit('card-1', 'a')] });
    expect(kvs.transact).toHaveBeenCalledTimes(1);
    expect(await store.get('card-1', 'kpi-a', measurement.periodKey)).toEqual(measurement);
    expect(await store.getSummary('card-1')).toMatchObject({ version: 1 });
    expect((await audit.list('card-1')).items.map((item) => item.id)).toEqual([kpiAudit('card-1', 'a').id]);
  });

  it('answers it as done even when someone else moved the summary on before it was read back', async () => {
    const store = new ForgeMeasurementStore(quietLogger);
    const other = new ForgeMeasurementStore(quietLogger);
    loseAnswers(() => other.writeSummary({ summary: kpiSummary('card-1', LATER), expectedSummaryVersion: 1, audit: [] }));
    const measurement = monthlyMeasurement('card-1', 'kpi-a', 110);
    await store.write({ measurement, expectedRevision: 0, summary: kpiSummary('card-1'), expectedSummaryVersion: 0, audit: [] });
    expect(await store.getSummary('card-1')).toMatchObject({ version: 2, updatedAt: LATER });
  });

  it('answers a summary write whose answer was lost as done', async () => {
    const store = new ForgeMeasurementStore(quietLogger);
    loseAnswers();
    await store.writeSummary({ summary: kpiSummary('card-1'), expectedSummaryVersion: 0, audit: [kpiAudit('card-1', 'a')] });
    expect(await store.getSummary('card-1')).toMatchObject({ version: 1, updatedAt: KPI_AT });
  });

  it('passes on a failure that wrote nothing and was no one else’s change, instead of calling it a conflict', async () => {
    const store = new ForgeMeasurementStore(quietLogger);
    const realTransact = kvs.transact.bind(kvs);
    jest.spyOn(kvs, 'transact').mockImplementation(() => {
      const builder = realTransact();
      jest.spyOn(builder, 'execute').mockRejectedValue(new Error('storage is down'));
      return builder;
    });
    const measurement = monthlyMeasurement('card-1', 'kpi-a', 110);
    const command = { measurement, expectedRevision: 0, summary: kpiSummary('card-1'), expectedSummaryVersion: 0, audit: [] };
    await expect(store.write(command)).rejects.toThrow('storage is down');
    await expect(store.writeSummary(command)).rejects.toThrow('storage is down');
    expect(await store.get('card-1', 'kpi-a', measurement.periodKey)).toBeNull();
    expect(await store.getSummary('card-1')).toBeNull();
  });
});

describe('ForgeMeasurementStore records and pages', () => {
  it('stores the indexed attributes beside the record, none of them blank', async () => {
    const store = new ForgeMeasurementStore(quietLogger);
    const measurement = monthlyMeasurement('card-1', 'kpi-a', 110);
    await store.write({ measurement, expectedRevision: 0, summary: kpiSummary('card-1'), expectedSummaryVersion: 0, audit: [] });
    expect(await kvs.entity(MEASUREMENT_ENTITY).get('card-1:kpi-a:2025-03')).toEqual({
      schemaVersion: 1,
      cardId: 'card-1',
      kpiId: 'kpi-a',
      kpiRef: 'card-1:kpi-a',
      periodKey: '2025-03',
      periodStart: '2025-03-01',
      status: 'current',
      revision: 1,
      measurement,
    });
    expect(await kvs.entity(SUMMARY_ENTITY).get('card-1')).toEqual({ schemaVersion: 1, cardId: 'card-1', version: 1, summary: { ...kpiSummary('card-1'), version: 1 } });
  });

  it('follows a page with no readable results but a cursor instead of taking it for the end, and logs what it skipped', async () => {
    const errors: unknown[] = [];
    const store = new ForgeMeasurementStore({ error: (message, context) => errors.push({ message, ...context }) });
    for (let month = 100; month < 105; month += 1) {
      await store.write({ measurement: monthlyMeasurement('card-1', 'kpi-a', month), expectedRevision: 0, summary: kpiSummary('card-1'), expectedSummaryVersion: month - 100, audit: [] });
    }
    // Three newer records no reader can parse fill the first page of 3.
    for (let month = 105; month < 108; month += 1) {
      const entity = toMeasurementEntity(monthlyMeasurement('card-1', 'kpi-a', month));
      await kvs.entity(MEASUREMENT_ENTITY).set(`card-1:kpi-a:${entity.periodKey}`, { ...entity, measurement: { broken: true } });
    }
    const page = await store.listForKpi('card-1', 'kpi-a', { limit: 3 });
    expect(page.items.map((item) => item.periodKey)).toEqual([104, 103, 102].map((month) => monthlyPeriod(month).key));
    expect(page.cursor).not.toBeNull();
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatchObject({ message: 'Skipped an unreadable KPI measurement', key: `card-1:kpi-a:${monthlyPeriod(107).key}` });
  });

  it('pages everything when Forge answers fewer results than asked for (a short page is not the last)', async () => {
    install({ limits: { maxResultsPerPage: 7 } });
    const store = new ForgeMeasurementStore(quietLogger);
    let version = 0;
    for (let month = 0; month < 30; month += 1) {
      await store.write({ measurement: monthlyMeasurement('card-1', 'kpi-a', month), expectedRevision: 0, summary: kpiSummary('card-1'), expectedSummaryVersion: version, audit: [] });
      version += 1;
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.listForKpi('card-1', 'kpi-a', { limit: 50, ...(cursor ? { cursor } : {}) });
      expect(page.items.length).toBeLessThanOrEqual(7);
      seen.push(...page.items.map((item) => item.periodKey));
      cursor = page.cursor ?? undefined;
    } while (cursor !== undefined);
    expect(seen).toEqual(Array.from({ length: 30 }, (_, n) => monthlyPeriod(29 - n).key));
  });

  it('keeps a correction’s conditions on the stored revision attribute', async () => {
    const store = new ForgeMeasurementStore(quietLogger);
    const first = monthlyMeasurement('card-1', 'kpi-a', 110);
    await store.write({ measurement: first, expectedRevision: 0, summary: kpiSummary('card-1'), expectedSummaryVersion: 0, audit: [] });
    await store.write({ measurement: nextState(first, { value: 7, at: LATER }), expectedRevision: 1, summary: kpiSummary('card-1', LATER), expectedSummaryVersion: 1, audit: [] });
    expect(await kvs.entity<{ revision: number }>(MEASUREMENT_ENTITY).get('card-1:kpi-a:2025-03')).toMatchObject({ revision: 2 });
  });
});
