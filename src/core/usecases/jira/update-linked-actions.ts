import type { AuditEntry } from '../../audit/audit-entry';
import { isAppError } from '../../errors';
import type { KpiCardSummary, LinkedActionsDigest } from '../../kpi/kpi-types';
import type { Clock } from '../../ports/clock';
import type { MeasurementStore } from '../../ports/measurement-store';

/**
 * Changes the linked-action part of a card's summary by compare-and-set, retried once when a
 * measurement wrote the summary in between (that write kept this part as it was). The part is
 * derived from Jira, which stays the record, so this writes no audit entry of its own; `audit`
 * is what the caller records with it (written only with the change; a function of the part as
 * it was before, when that decides what to record). Returns whether it wrote;
 * a card without a summary (no KPIs) keeps no counts.
 */
export async function updateLinkedActions(
  deps: { measurements: MeasurementStore; clock: Clock },
  cardId: string,
  change: (digest: LinkedActionsDigest) => LinkedActionsDigest | null,
  known?: KpiCardSummary | null,
  audit: readonly AuditEntry[] | ((before: LinkedActionsDigest) => readonly AuditEntry[]) = [],
  /** Off on the first render: its storage budget has no room for a re-read; the next complete search writes again. */
  retry = true,
): Promise<boolean> {
  let summary = known === undefined ? await deps.measurements.getSummary(cardId) : known;
  for (let attempt = 1; ; attempt += 1) {
    if (summary === null) return false;
    const next = change(summary.linkedActions);
    if (next === null) return false;
    try {
      await deps.measurements.writeSummary({
        summary: { ...summary, linkedActions: next, updatedAt: laterThan(summary.updatedAt, deps.clock.now()) },
        expectedSummaryVersion: summary.version,
        audit: typeof audit === 'function' ? audit(summary.linkedActions) : audit,
      });
      return true;
    } catch (error) {
      if (!retry || attempt >= 2 || !isAppError(error) || error.code !== 'CONFLICT') throw error;
      summary = await deps.measurements.getSummary(cardId);
    }
  }
}

/** A new write must carry a new `updatedAt` (stores tell a repeated write by it), also within one millisecond. */
function laterThan(previous: string | null, now: Date): string {
  const at = now.getTime();
  const before = previous === null ? Number.NEGATIVE_INFINITY : Date.parse(previous);
  return new Date(at > before ? at : before + 1).toISOString();
}
