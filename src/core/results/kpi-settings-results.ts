import type { EscalationRule } from '../kpi/kpi-types';

/** The KPI part of a card's settings, as its settings panel shows it. */
export interface KpiSettingsView {
  cardId: string;
  /** The card settings' version (shared with the role mapping): send it back with a save. */
  version: number;
  /** The card's own zone, or null to follow the site's. */
  timeZone: string | null;
  siteTimeZone: string;
  graceDays: number;
  /** Per KPI: its own rules, or null for the defaults. */
  kpis: Array<{ kpiId: string; name: string; rules: EscalationRule[] | null }>;
  defaultRules: EscalationRule[];
  feed: {
    /** Has the owner created a secret? (It is never shown again after creation.) */
    configured: boolean;
    rotatedAt: string | null;
    /** The webtrigger URL for this card (installation URL + `/cards/{cardId}`). */
    url: string | null;
  };
  canEdit: boolean;
}

export interface RotateFeedSecretResult {
  /** Shown once: the caller signs requests with it. */
  secret: string;
  url: string;
  settings: KpiSettingsView;
}
