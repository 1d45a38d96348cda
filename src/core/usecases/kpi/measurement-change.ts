import type { Actor } from '../../actor';
import { actorLabel } from '../../actor';
import type { Kpi, ProcessCard } from '../../card/process-card';
import { auditEntry, type AuditEntry } from '../../audit/audit-entry';
import { AppError, isAppError } from '../../errors';
import {
  emptyKpiSummary,
  MAX_MEASUREMENT_HISTORY,
  MEASUREMENT_SCHEMA_VERSION,
  SUMMARY_WINDOW,
  type KpiCardSummary,
  type KpiMeasurement,
  type KpiPeriod,
  type KpiSummaryEntry,
  type MeasurementEntry,
} from '../../kpi/kpi-types';
import { summarizeKpi } from '../../kpi/kpi-summary';
import { statusProfile } from '../../kpi/point-status';
import { periodsPerYear } from '../../kpi/kpi-period';
import type { MeasurementStore } from '../../ports/measurement-store';
import type { KpiJudgement } from './kpi-rules-of';

/** What a person or system wants to happen to one period's value. */
export interface MeasurementChange {
  card: ProcessCard;
  kpi: Kpi;
  period: KpiPeriod;
  kind: 'enter' | 'withdraw';
  /** The new value (for a withdrawal: the reason goes in `comment`; the value is kept from the record). */
  value: Pick<MeasurementEntry, 'value' | 'numerator' | 'denominator' | 'comment' | 'source'>;
  /** The record's revision the caller saw (0: none). */
  expectedRevision: number;
  actor: Actor;
  judgement: KpiJudgement;
}

export interface ChangeOutcome {
  measurement: KpiMeasurement;
  entry: KpiSummaryEntry;
  /** False when this exact change had already been made (a retry): nothing was written. */
  written: boolean;
}

interface ChangeDeps {
  measurements: MeasurementStore;
  newAuditSuffix: () => string;
  now: () => Date;
}

/** Concurrent writes to other KPIs of the card move the summary's version: re-read and try again. */
const SUMMARY_RETRIES = 3;

/**
 * Enters, corrects or withdraws one period's value in one all-or-nothing write: the record (its
 * earlier state kept in its history), the card's KPI summary recomputed for that KPI, and the
 * audit entries (the change, and the escalation level's change when there is one).
 */
export async function applyMeasurementChange(deps: ChangeDeps, change: MeasurementChange): Promise<ChangeOutcome> {
  const { card, kpi, period } = change;
  for (let attempt = 0; ; attempt += 1) {
    const [existing, summary] = await Promise.all([deps.measurements.get(card.id, kpi.id, period.key), deps.measurements.getSummary(card.id)]);
    const base = summary ?? emptyKpiSummary(card.id);
    if (existing !== null && isSameChange(existing, change)) {
      return { measurement: existing, entry: base.kpis[kpi.id] ?? (await recompute(deps, change, base, existing)).entry, written: false };
    }
    if ((existing?.revision ?? 0) !== change.expectedRevision) {
      throw new AppError('CONFLICT', `The value for ${period.key} was changed by someone else.`, [], {
        reason: 'measurement-changed',
        params: { periodKey: period.key, revision: existing?.revision ?? 0 },
      });
    }
    if (change.kind === 'withdraw' && (existing === null || existing.status === 'withdrawn')) {
      throw new AppError('NOT_FOUND', `There is no value for ${period.key} to withdraw.`, [], { reason: 'measurement' });
    }
    const at = deps.now().toISOString();
    const measurement = nextRecord(existing, change, at);
    const { entry, levelChanged } = await recompute(deps, change, base, measurement);
    // One entry per write (the feed's budget: the record, the summary and one audit entry); a change of the escalation level is part of it.
    const audit: AuditEntry[] = [changeEntry(deps, change, existing, measurement, at, levelChanged)];
    try {
      await deps.measurements.write({
        measurement,
        expectedRevision: change.expectedRevision,
        summary: { ...base, kpis: { ...base.kpis, [kpi.id]: entry }, cardVersion: card.version, updatedAt: at },
        expectedSummaryVersion: base.version,
        audit,
      });
      return { measurement, entry, written: true };
    } catch (error) {
      if (!isAppError(error) || error.code !== 'CONFLICT' || attempt + 1 >= SUMMARY_RETRIES) throw error;
      // The loop re-reads both: a moved record is the caller's conflict, a moved summary is retried.
    }
  }
}

/** A retry of a write that already happened (its answer lost, or a double submit). */
function isSameChange(existing: KpiMeasurement, change: MeasurementChange): boolean {
  const { current } = existing;
  const sameValue =
    change.kind === 'withdraw'
      ? existing.status === 'withdrawn' && current.comment === change.value.comment
      : existing.status === 'current' &&
        current.value === change.value.value &&
        current.numerator === change.value.numerator &&
        current.denominator === change.value.denominator &&
        current.comment === change.value.comment;
  return sameValue && existing.revision === change.expectedRevision + 1 && current.by === actorLabel(change.actor);
}

function nextRecord(existing: KpiMeasurement | null, change: MeasurementChange, at: string): KpiMeasurement {
  const by = actorLabel(change.actor);
  const { value, numerator, denominator, comment, source } = change.value;
  const current: MeasurementEntry =
    change.kind === 'withdraw' && existing !== null
      ? { ...existing.current, action: 'withdrawn', comment, by, at, source }
      : {
          action: existing === null ? 'recorded' : 'corrected',
          value,
          ...(numerator === undefined ? {} : { numerator }),
          ...(denominator === undefined ? {} : { denominator }),
          comment,
          by,
          at,
          source,
        };
  return {
    schemaVersion: MEASUREMENT_SCHEMA_VERSION,
    cardId: change.card.id,
    kpiId: change.kpi.id,
    periodKey: change.period.key,
    periodKind: change.period.kind,
    periodStart: change.period.start,
    periodEnd: change.period.end,
    status: change.kind === 'withdraw' ? 'withdrawn' : 'current',
    revision: (existing?.revision ?? 0) + 1,
    current,
    history: existing === null ? [] : [...existing.history, existing.current].slice(-MAX_MEASUREMENT_HISTORY),
  };
}

/**
 * How many current values a KPI's summary entry is worked out from: the window, and for a
 * per-year target on a finer KPI also the year before its oldest point (its year value).
 */
function valuesNeeded(kpi: Kpi): number {
  const { rolling, kind } = statusProfile(kpi);
  return rolling ? SUMMARY_WINDOW + (periodsPerYear(kind) ?? 0) : SUMMARY_WINDOW;
}

/** The KPI's summary entry with `changed` in place of its stored record: the newest current values, a bounded read. */
async function recompute(deps: ChangeDeps, change: MeasurementChange, summary: KpiCardSummary, changed: KpiMeasurement) {
  const { card, kpi, judgement } = change;
  const records = new Map<string, KpiMeasurement>();
  const needed = valuesNeeded(kpi);
  // Pages of twice what is needed (at most 100, the query limit), three of them, find the values
  // unless most recent ones were withdrawn: 24 a page for a window of 12; a daily KPI with a
  // per-year target needs 377 values, 4 pages of 100.
  const limit = Math.min(100, 2 * needed);
  const pages = Math.max(3, Math.ceil(needed / limit) + 1);
  let cursor: string | undefined;
  for (let page = 0; page < pages; page += 1) {
    const found = await deps.measurements.listForKpi(card.id, kpi.id, { limit, ...(cursor === undefined ? {} : { cursor }) });
    for (const record of found.items) records.set(record.periodKey, record);
    const current = [...records.values()].filter((record) => record.status === 'current' && record.periodKey !== changed.periodKey);
    if (found.cursor === null || current.length >= needed) break;
    cursor = found.cursor;
  }
  records.set(changed.periodKey, changed);
  const current = [...records.values()].filter((record) => record.status === 'current');
  return summarizeKpi({
    kpi,
    current,
    previous: summary.kpis[kpi.id],
    today: judgement.today,
    graceDays: judgement.graceDays,
    rules: judgement.rulesFor(kpi.id),
    at: deps.now().toISOString(),
  });
}

function changeEntry(
  deps: ChangeDeps,
  change: MeasurementChange,
  existing: KpiMeasurement | null,
  next: KpiMeasurement,
  at: string,
  levelChanged: { from: string; to: string } | null,
): AuditEntry {
  const action = change.kind === 'withdraw' ? 'kpi.withdrawn' : existing === null ? 'kpi.measured' : 'kpi.corrected';
  const verb = change.kind === 'withdraw' ? 'Withdrew' : existing === null ? 'Entered' : 'Corrected';
  return auditEntry(
    {
      cardId: change.card.id,
      at,
      actor: change.actor,
      action,
      summary:
        `${verb} the value of "${change.kpi.name}" for ${change.period.key}: ${next.current.value}` +
        (levelChanged === null ? '' : `; the escalation proposal changed from ${levelChanged.from} to ${levelChanged.to}`),
      data: {
        kpiId: change.kpi.id,
        periodKey: change.period.key,
        value: next.current.value,
        previousValue: existing?.status === 'current' ? existing.current.value : null,
        revision: next.revision,
        source: next.current.source,
        comment: next.current.comment,
        levelFrom: levelChanged?.from ?? null,
        levelTo: levelChanged?.to ?? null,
      },
    },
    deps.newAuditSuffix(),
  );
}
