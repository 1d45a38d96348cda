import type { KpiStatus } from './kpi-view-types';
import { STATUS_TONE, statusLabel } from './kpi-wording';
import { StatusIcon } from './status-marker';
import './kpi-status.css';
import { useKpiWords } from './use-kpi-words';

/** A KPI's status: its words and shape first, its colour (design tokens) only on top. */
export function StatusLozenge({ status }: { status: KpiStatus }) {
  const words = useKpiWords();
  return (
    <span className={`pc-kpi-status pc-kpi-status--${STATUS_TONE[status]}`}>
      <StatusIcon status={status} />
      {statusLabel(status, words)}
    </span>
  );
}
