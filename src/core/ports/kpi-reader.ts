import type { CardLanguage, Kpi } from '../card/process-card';
import type { KpiMeasurement } from '../kpi/kpi-types';

/** A KPI as the effectiveness gate judges it: its definition, the card's language and zone, and its records. */
export interface GateKpi {
  language: CardLanguage;
  kpi: Kpi;
  /** The card's zone (its own, else the site's): where an instant falls among the KPI's periods. */
  timeZone: string;
  /** Current and withdrawn, at least every record whose period starts on or after the date asked for. */
  measurements: KpiMeasurement[];
}

/**
 * A KPI's definition and measurements for a reader on the Jira side. Read from the app's storage
 * now; whether Jira-side invocations share the Confluence side's storage is unverified, so the
 * fallback (an app property the measurement writes push to) can stand in behind this port.
 */
export interface KpiReader {
  /** null when the card or its KPI no longer exists; throws when storage fails. `from`: yyyy-mm-dd. */
  readKpi(cardId: string, kpiId: string, from: string): Promise<GateKpi | null>;
}
