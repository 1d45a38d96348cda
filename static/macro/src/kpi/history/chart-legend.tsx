import type { ParsedBound } from '@src/core/card/process-card';
import type { KpiStatus } from '../kpi-view-types';
import { statusLabel } from '../kpi-wording';
import { StatusIcon } from '../status-marker';
import { useKpiWords } from '../use-kpi-words';

/** What the chart's lines and shapes mean, in words beside each (shown, and printed). */
export function ChartLegend({ statuses, target, warning }: { statuses: KpiStatus[]; target: ParsedBound | null; warning: ParsedBound | null }) {
  const words = useKpiWords();
  const { t } = words;
  const band = target?.comparator === 'range' && target.max !== undefined;
  return (
    <ul className="pc-kpi-chart__legend" aria-hidden="true">
      {target !== null && (
        <li>
          <svg className="pc-kpi-chart__key" viewBox="0 0 24 12" width="24" height="12" focusable="false">
            {band ? <rect className="pc-kpi-chart__band" x={0} y={2} width={24} height={8} /> : <line className="pc-kpi-chart__target" x1={0} x2={24} y1={6} y2={6} />}
          </svg>
          {band ? t('kpi.chart.targetBand') : t('kpi.chart.target')}
        </li>
      )}
      {warning !== null && (
        <li>
          <svg className="pc-kpi-chart__key" viewBox="0 0 24 12" width="24" height="12" focusable="false">
            <line className="pc-kpi-chart__warning" x1={0} x2={24} y1={6} y2={6} />
          </svg>
          {t('kpi.chart.warning')}
        </li>
      )}
      {statuses.map((status) => (
        <li key={status}>
          <StatusIcon status={status} />
          {statusLabel(status, words)}
        </li>
      ))}
    </ul>
  );
}
