import { kvs, Filter, FilterConditions, Sort } from '@forge/kvs';
import type { KpiCardSummary, KpiMeasurement } from '../../core/kpi/kpi-types';
import { measurementConflict } from '../../core/kpi/measurement-conflict';
import { badCursor } from '../../core/card/bad-cursor';
import type { Page } from '../../core/ports/card-store';
import type { MeasurementQuery, MeasurementStore, WriteMeasurementCommand, WriteSummaryCommand } from '../../core/ports/measurement-store';
import { measurementPageSize, prepareMeasurementWrite, prepareSummaryWrite } from '../../core/ports/measurement-limits';
import { assertFitsInStorage } from '../../core/ports/storage-limits';
import type { AuditEntry } from '../../core/audit/audit-entry';
import { AUDIT_ENTITY, auditKey, toAuditEntity } from './audit-entities';
import {
  BY_CARD_ID_INDEX,
  BY_KPI_INDEX,
  MEASUREMENT_ENTITY,
  SUMMARY_ENTITY,
  kpiRef,
  measurementKey,
  readMeasurement,
  readSummary,
  summaryKey,
  toMeasurementEntity,
  toSummaryEntity,
  type MeasurementEntity,
  type SummaryEntity,
} from './measurement-entities';
import type { StorageLogger } from './storage-logger';

/** Forge answers batch reads of at most 25 keys. */
const BATCH_KEYS = 25;

/** One page as the service answered it, before the records are parsed. */
interface RawPage {
  results: Array<{ key: string; value: unknown }>;
  nextCursor?: string | undefined;
}

type Transaction = ReturnType<typeof kvs.transact>;

/**
 * KPI measurements and the per-card KPI summary in Forge custom entities. Every write is one
 * conditional transaction: the measurement (compare-and-set on its revision), the summary
 * (compare-and-set on its version) and the audit entries, or nothing.
 */
export class ForgeMeasurementStore implements MeasurementStore {
  constructor(private readonly logger: StorageLogger) {}

  async get(cardId: string, kpiId: string, periodKey: string): Promise<KpiMeasurement | null> {
    const raw = await kvs.entity<unknown>(MEASUREMENT_ENTITY).get(measurementKey(cardId, kpiId, periodKey));
    return raw === undefined ? null : readMeasurement(raw);
  }

  async listForKpi(cardId: string, kpiId: string, query: MeasurementQuery): Promise<Page<KpiMeasurement>> {
    const limit = measurementPageSize(query.limit);
    return this.page(query.cursor, 'measurement', readMeasurement, (cursor) => {
      let builder = kvs
        .entity<unknown>(MEASUREMENT_ENTITY)
        .query()
        .index(BY_KPI_INDEX, { partition: [kpiRef(cardId, kpiId)] })
        .sort(Sort.DESC)
        .limit(limit);
      if (cursor !== undefined) builder = builder.cursor(cursor);
      return builder.getMany();
    });
  }

  async getSummary(cardId: string): Promise<KpiCardSummary | null> {
    const raw = await kvs.entity<unknown>(SUMMARY_ENTITY).get(summaryKey(cardId));
    return raw === undefined ? null : readSummary(raw);
  }

  async getSummaries(cardIds: readonly string[]): Promise<Map<string, KpiCardSummary>> {
    // A batch naming a key twice is refused whole, so each card is asked for once.
    const keys = [...new Set(cardIds)];
    const found = new Map<string, KpiCardSummary>();
    for (let start = 0; start < keys.length; start += BATCH_KEYS) {
      const batch = keys.slice(start, start + BATCH_KEYS).map((key) => ({ key: summaryKey(key), entityName: SUMMARY_ENTITY }));
      const result = await kvs.batchGet<unknown>(batch);
      // A missing card is KEY_NOT_FOUND; any other failure would make "absent" a lie.
      const failed = result.failedKeys.filter((item) => item.error.code !== 'KEY_NOT_FOUND');
      if (failed.length > 0) {
        throw new Error(`Forge storage could not read ${failed.length} KPI summaries: ${failed.map((item) => `${item.key} (${item.error.code})`).join(', ')}`);
      }
      for (const item of result.successfulKeys) {
        try {
          found.set(item.key, readSummary(item.value));
        } catch (error) {
          this.logger.error('Skipped an unreadable KPI summary', { key: item.key, error: String(error) });
        }
      }
    }
    return found;
  }

  async listSummaries(query: MeasurementQuery): Promise<Page<KpiCardSummary>> {
    const limit = measurementPageSize(query.limit);
    return this.page(query.cursor, 'summary', readSummary, (cursor) => {
      let builder = kvs.entity<unknown>(SUMMARY_ENTITY).query().index(BY_CARD_ID_INDEX).sort(Sort.ASC).limit(limit);
      if (cursor !== undefined) builder = builder.cursor(cursor);
      return builder.getMany();
    });
  }

  async write(command: WriteMeasurementCommand): Promise<void> {
    const { measurement, summary } = prepareMeasurementWrite(command);
    const measurementEntity = toMeasurementEntity(measurement);
    const summaryEntity = toSummaryEntity(summary);
    assertFitsInStorage('The KPI value', measurementEntity);
    assertFitsInStorage('The KPI summary', summaryEntity);
    const key = measurementKey(measurement.cardId, measurement.kpiId, measurement.periodKey);
    // The conditions make the check-and-write atomic: a write that raced ours fails here instead of being overwritten.
    const revisionCondition =
      command.expectedRevision === 0
        ? new Filter<MeasurementEntity>().and('revision', FilterConditions.notExists())
        : new Filter<MeasurementEntity>().and('revision', FilterConditions.equalTo(command.expectedRevision));
    const transaction = kvs
      .transact()
      .set(key, measurementEntity, { entityName: MEASUREMENT_ENTITY, conditions: revisionCondition })
      .set(summaryKey(summary.cardId), summaryEntity, { entityName: SUMMARY_ENTITY, conditions: versionCondition(command.expectedSummaryVersion) });
    try {
      await withAudit(transaction, command.audit).execute();
    } catch (error) {
      const now = await Promise.all([this.get(measurement.cardId, measurement.kpiId, measurement.periodKey), this.getSummary(summary.cardId)]).catch(
        () => null,
      );
      if (now === null) throw error;
      const [nowMeasurement, nowSummary] = now;
      // The write may have happened and only its answer was lost: then it is ours, not someone else's.
      // The record proves it (the transaction wrote both or neither), even if the summary moved on since.
      if (isSameEntry(nowMeasurement, measurement) && (isSameSummary(nowSummary, summary) || (nowSummary?.version ?? 0) > summary.version)) return;
      const actual = { revision: nowMeasurement?.revision ?? 0, summaryVersion: nowSummary?.version ?? 0 };
      if (actual.revision !== command.expectedRevision || actual.summaryVersion !== command.expectedSummaryVersion) {
        throw measurementConflict(summary.cardId, { revision: command.expectedRevision, summaryVersion: command.expectedSummaryVersion }, actual);
      }
      throw error;
    }
  }

  async writeSummary(command: WriteSummaryCommand): Promise<void> {
    const summary = prepareSummaryWrite(command);
    const summaryEntity = toSummaryEntity(summary);
    assertFitsInStorage('The KPI summary', summaryEntity);
    const transaction = kvs
      .transact()
      .set(summaryKey(summary.cardId), summaryEntity, { entityName: SUMMARY_ENTITY, conditions: versionCondition(command.expectedSummaryVersion) });
    try {
      await withAudit(transaction, command.audit).execute();
    } catch (error) {
      const now = await this.getSummary(summary.cardId).catch(() => undefined);
      if (now === undefined) throw error;
      if (isSameSummary(now, summary)) return;
      const actual = now?.version ?? 0;
      if (actual !== command.expectedSummaryVersion) {
        throw measurementConflict(summary.cardId, { summaryVersion: command.expectedSummaryVersion }, { summaryVersion: actual });
      }
      throw error;
    }
  }

  /**
   * One page of a query, its records parsed (an unreadable one is skipped and logged). Forge may
   * answer a page with no results but a cursor; that is never taken for the end, the next page
   * is asked for instead, so callers see results or the end. A cursor the service refuses is the
   * caller's mistake (bad-cursor), unless the service was busy or failing.
   */
  private async page<T>(
    cursor: string | undefined,
    what: string,
    read: (raw: unknown) => T,
    fetch: (cursor: string | undefined) => Promise<RawPage>,
  ): Promise<Page<T>> {
    let next = cursor || undefined;
    for (let first = true; ; first = false) {
      const callersCursor = first && next !== undefined;
      const page = await fetch(next).catch((error: unknown) => {
        if (callersCursor && isRefusal(error)) throw badCursor();
        throw error;
      });
      const items = page.results.flatMap((result) => {
        try {
          return [read(result.value)];
        } catch (error) {
          this.logger.error(`Skipped an unreadable KPI ${what}`, { key: result.key, error: String(error) });
          return [];
        }
      });
      if (items.length > 0 || !page.nextCursor) return { items, cursor: page.nextCursor ?? null };
      next = page.nextCursor;
    }
  }
}

function versionCondition(expectedVersion: number) {
  return expectedVersion === 0
    ? new Filter<SummaryEntity>().and('version', FilterConditions.notExists())
    : new Filter<SummaryEntity>().and('version', FilterConditions.equalTo(expectedVersion));
}

function withAudit(transaction: Transaction, audit: readonly AuditEntry[]): Transaction {
  return audit.reduce((built, entry) => built.set(auditKey(entry), toAuditEntity(entry), { entityName: AUDIT_ENTITY }), transaction);
}

/** The stored record is the state this write made: its revision, written at the same time by the same actor. */
const isSameEntry = (stored: KpiMeasurement | null, ours: KpiMeasurement): boolean =>
  stored !== null && stored.revision === ours.revision && stored.current.at === ours.current.at && stored.current.by === ours.current.by;

const isSameSummary = (stored: KpiCardSummary | null, ours: KpiCardSummary): boolean =>
  stored !== null && stored.version === ours.version && stored.updatedAt === ours.updatedAt;

/** A 4xx other than 429: the service refused the request itself (a cursor it does not know), not its load. */
function isRefusal(error: unknown): boolean {
  const status = (error as { responseDetails?: { status?: unknown } } | null)?.responseDetails?.status;
  return typeof status === 'number' && status >= 400 && status < 500 && status !== 429;
}
