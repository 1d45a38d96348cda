import { lazy } from 'react';
import type { ReactNode } from 'react';
import { useSettingsDisclosure } from '../../card/settings-disclosure';

// Loaded on first opening, like the roles panel: the card must not wait for it.
const KpiSettingsPanel = lazy(() => import('./kpi-settings-panel'));

const WORDS = {
  button: 'kpiSettings.button',
  loading: 'kpiSettings.loading',
  loadFailed: 'kpiSettings.loadFailed',
  failure: 'The KPI settings panel could not be loaded.',
  scope: 'kpiSettings',
} as const;

/** The header's "KPI settings" button (only for a card with KPIs) and the panel it opens. */
export function useKpiSettingsDisclosure(cardId: string, hasKpis: boolean): { button: ReactNode; panel: ReactNode } {
  return useSettingsDisclosure(cardId, hasKpis, KpiSettingsPanel, WORDS);
}
