import type { ProcessCard } from '../../card/process-card';
import type { Logger } from '../../ports/logger';
import type { MeasurementStore } from '../../ports/measurement-store';
import { emptyKpiSummary, type KpiCardSummary } from '../../kpi/kpi-types';
import { summarizeKpi } from '../../kpi/kpi-summary';
import { DEFAULT_ESCALATION_RULES } from '../../kpi/kpi-types';
import { DEFAULT_GRACE_DAYS } from '../../settings/card-settings';
import { localDate } from '../../kpi/kpi-period';
import { isAppError } from '../../errors';

/**
 * A new card's KPI summary, written once its import committed, so the daily run (which lists
 * summaries, never whole cards) reminds of its first values too. Best effort: a card whose
 * summary could not be written gets one with its first measurement.
 */
export async function seedKpiSummaries(
  deps: { measurements: MeasurementStore; logger: Logger; clock: { now(): Date } },
  cards: readonly ProcessCard[],
): Promise<void> {
  const at = deps.clock.now();
  for (const card of cards) {
    if (card.content.kpis.length === 0) continue;
    const summary: KpiCardSummary = { ...emptyKpiSummary(card.id), cardVersion: card.version, updatedAt: at.toISOString() };
    for (const kpi of card.content.kpis) {
      // The run recomputes in the card's own zone; UTC is only this first guess.
      summary.kpis[kpi.id] = summarizeKpi({
        kpi,
        current: [],
        previous: undefined,
        today: localDate(at, 'UTC'),
        graceDays: DEFAULT_GRACE_DAYS,
        rules: DEFAULT_ESCALATION_RULES,
        at: at.toISOString(),
      }).entry;
    }
    try {
      await deps.measurements.writeSummary({ summary, expectedSummaryVersion: 0, audit: [] });
    } catch (error) {
      // CONFLICT: it has one already (a retried import, or a value entered meanwhile).
      if (isAppError(error) && error.code === 'CONFLICT') continue;
      deps.logger.error('Could not write a new card’s KPI summary', { cardId: card.id, error: error instanceof Error ? error.message : String(error) });
    }
  }
}
