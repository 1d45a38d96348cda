import type { KpiSummaryEntry } from '../kpi/kpi-types';
import { fnv1a64 } from './workflow-fingerprint';

/**
 * The id of a KPI breach: the run of periods for which a KPI's escalation rules call for a
 * corrective action. The daily run sees the same breach day after day and raises it once
 * (breach-claims.ts), so the id must stay the same while the breach lasts and change with a new
 * breach after the KPI recovered.
 *
 * It is anchored on the summary's level change into 'corrective-action' (the period whose value
 * made the rule fire), not on the run's first period: the summary keeps twelve periods, so once a
 * run outgrows them its first period moves on each month while the change stays put. A recovery
 * (or a correction that breaks the run) is a change out of the level, so the next breach is a new
 * change with the period that started it.
 */

export const BREACH_LEVEL = 'corrective-action';

/** `breach-` and 16 hex digits: an ItemId, a KVS key part and a JQL literal without escaping. */
export function breachIdOf(cardId: string, entry: KpiSummaryEntry): string | null {
  if (entry.level !== BREACH_LEVEL) return null;
  const anchor = breachAnchor(entry);
  return anchor === null ? null : `breach-${fnv1a64(JSON.stringify([cardId, entry.kpiId, anchor]))}`;
}

/**
 * The period the breach is known by: that of the latest level change, which led into the level
 * (every write that moves the level records a change). None kept: no id, so nothing is raised
 * rather than something raised twice.
 */
export function breachAnchor(entry: KpiSummaryEntry): string | null {
  const last = entry.levelChanges[entry.levelChanges.length - 1];
  return last !== undefined && last.to === BREACH_LEVEL ? last.periodKey : null;
}
