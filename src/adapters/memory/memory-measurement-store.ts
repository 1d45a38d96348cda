import type { KpiCardSummary, KpiMeasurement } from '../../core/kpi/kpi-types';
import { measurementConflict } from '../../core/kpi/measurement-conflict';
import { badCursor } from '../../core/card/bad-cursor';
import type { Page } from '../../core/ports/card-store';
import type { MeasurementQuery, MeasurementStore, WriteMeasurementCommand, WriteSummaryCommand } from '../../core/ports/measurement-store';
import { measurementPageSize, prepareMeasurementWrite, prepareSummaryWrite } from '../../core/ports/measurement-limits';
import { assertFitsInStorage } from '../../core/ports/storage-limits';
import type { MemoryAuditLog } from './memory-audit-log';

/** Where a page ended: the last record's sort value and key, and which list it belongs to. */
interface Position {
  list: string;
  sort: string;
  key: string;
}

/**
 * Measurements and KPI summaries in memory, with the same contract as the Forge adapter (see the
 * shared contract tests): compare-and-set on the record's revision and the summary's version
 * with the audit entries in the same step, a repeated write that was done answered as done, and
 * cursors that continue only the list that gave them out.
 */
export class MemoryMeasurementStore implements MeasurementStore {
  private readonly measurements = new Map<string, KpiMeasurement>();
  private readonly summaries = new Map<string, KpiCardSummary>();

  constructor(private readonly audit: MemoryAuditLog) {}

  async get(cardId: string, kpiId: string, periodKey: string): Promise<KpiMeasurement | null> {
    const found = this.measurements.get(keyOf(cardId, kpiId, periodKey));
    return found ? structuredClone(found) : null;
  }

  async listForKpi(cardId: string, kpiId: string, query: MeasurementQuery): Promise<Page<KpiMeasurement>> {
    const list = `kpi:${cardId}:${kpiId}`;
    const entries = [...this.measurements.entries()]
      .filter(([, measurement]) => measurement.cardId === cardId && measurement.kpiId === kpiId)
      .map(([key, measurement]) => ({ key, sort: measurement.periodStart, value: measurement }));
    // Newest first, as Forge's index orders a DESC query: by the range value, then by key.
    return pageOf(entries, list, -1, query);
  }

  async getSummary(cardId: string): Promise<KpiCardSummary | null> {
    const found = this.summaries.get(cardId);
    return found ? structuredClone(found) : null;
  }

  async getSummaries(cardIds: readonly string[]): Promise<Map<string, KpiCardSummary>> {
    const found = new Map<string, KpiCardSummary>();
    for (const cardId of cardIds) {
      const summary = this.summaries.get(cardId);
      if (summary !== undefined) found.set(cardId, structuredClone(summary));
    }
    return found;
  }

  async listSummaries(query: MeasurementQuery): Promise<Page<KpiCardSummary>> {
    const entries = [...this.summaries.entries()].map(([key, summary]) => ({ key, sort: summary.cardId, value: summary }));
    return pageOf(entries, 'summaries', 1, query);
  }

  async write(command: WriteMeasurementCommand): Promise<void> {
    const { measurement, summary } = prepareMeasurementWrite(command);
    assertFitsInStorage('The KPI value', measurement);
    assertFitsInStorage('The KPI summary', summary);
    const key = keyOf(measurement.cardId, measurement.kpiId, measurement.periodKey);
    const current = this.measurements.get(key) ?? null;
    const currentSummary = this.summaries.get(summary.cardId) ?? null;
    // A write repeated after its answer was lost is answered as done, as the Forge adapter does.
    if (isSameEntry(current, measurement) && (isSameSummary(currentSummary, summary) || (currentSummary?.version ?? 0) > summary.version)) return;
    const actual = { revision: current?.revision ?? 0, summaryVersion: currentSummary?.version ?? 0 };
    if (actual.revision !== command.expectedRevision || actual.summaryVersion !== command.expectedSummaryVersion) {
      throw measurementConflict(summary.cardId, { revision: command.expectedRevision, summaryVersion: command.expectedSummaryVersion }, actual);
    }
    this.audit.appendAllNow(command.audit);
    this.measurements.set(key, structuredClone(measurement));
    this.summaries.set(summary.cardId, structuredClone(summary));
  }

  async writeSummary(command: WriteSummaryCommand): Promise<void> {
    const summary = prepareSummaryWrite(command);
    assertFitsInStorage('The KPI summary', summary);
    const current = this.summaries.get(summary.cardId) ?? null;
    if (isSameSummary(current, summary)) return;
    const actual = current?.version ?? 0;
    if (actual !== command.expectedSummaryVersion) {
      throw measurementConflict(summary.cardId, { summaryVersion: command.expectedSummaryVersion }, { summaryVersion: actual });
    }
    this.audit.appendAllNow(command.audit);
    this.summaries.set(summary.cardId, structuredClone(summary));
  }
}

const keyOf = (cardId: string, kpiId: string, periodKey: string): string => `${cardId}:${kpiId}:${periodKey}`;

const isSameEntry = (stored: KpiMeasurement | null, ours: KpiMeasurement): boolean =>
  stored !== null && stored.revision === ours.revision && stored.current.at === ours.current.at && stored.current.by === ours.current.by;

const isSameSummary = (stored: KpiCardSummary | null, ours: KpiCardSummary): boolean =>
  stored !== null && stored.version === ours.version && stored.updatedAt === ours.updatedAt;

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A page after the cursor's position; the cursor is the last record's position, so writes between pages neither repeat nor skip one. */
function pageOf<T>(
  entries: Array<{ key: string; sort: string; value: T }>,
  list: string,
  direction: 1 | -1,
  query: MeasurementQuery,
): Page<T> {
  const limit = measurementPageSize(query.limit);
  const after = query.cursor ? decodeCursor(query.cursor, list) : undefined;
  const order = (a: { sort: string; key: string }, b: { sort: string; key: string }) => direction * (compare(a.sort, b.sort) || compare(a.key, b.key));
  const ordered = entries.sort(order).filter((entry) => after === undefined || order(entry, after) > 0);
  const page = ordered.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((entry) => structuredClone(entry.value)),
    cursor: ordered.length > limit && last !== undefined ? encodeCursor({ list, sort: last.sort, key: last.key }) : null,
  };
}

const encodeCursor = (position: Position): string => Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');

function decodeCursor(cursor: string, list: string): Position {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  const position = parsed as Partial<Position> | null;
  if (
    typeof position !== 'object' ||
    position === null ||
    position.list !== list ||
    typeof position.sort !== 'string' ||
    typeof position.key !== 'string'
  ) {
    throw badCursor();
  }
  return { list, sort: position.sort, key: position.key };
}
