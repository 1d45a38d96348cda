import type { KpiPointView } from '@src/contracts/kpi-contracts';
import type { ParsedBound } from '@src/core/card/process-card';
import type { KpiTrend } from '@src/core/kpi/kpi-trend';
import { Dash } from './dash';
import { sparklineText } from './sparkline-text';
import { nearValues } from './target-fit';
import { StatusShape } from './status-marker';
import { useKpiWords } from './use-kpi-words';
import './kpi-status.css';

const WIDTH = 96;
const HEIGHT = 28;
const PAD = 4;

/**
 * The last values as a small line (no axes: the history panel has the chart), the target as a
 * dashed line or band when it fits the picture, the latest point in its status's shape. Screen
 * readers get the values and the trend in words.
 */
export function KpiSparkline({ points, unit, target, trend }: { points: KpiPointView[]; unit: string; target: ParsedBound | undefined; trend: KpiTrend }) {
  const words = useKpiWords();
  const label = sparklineText(points.map((point) => point.value), unit, trend, words);
  if (points.length === 0) return <Dash label={label} />;
  const values = points.map((point) => point.value);
  const shown = target !== undefined && nearValues(target, values) ? target : undefined;
  const bounds = shown === undefined ? [] : [shown.value, ...(shown.max === undefined ? [] : [shown.max])];
  const low = Math.min(...values, ...bounds);
  const high = Math.max(...values, ...bounds);
  const span = high - low || 1;
  const x = (index: number) => (points.length === 1 ? WIDTH / 2 : PAD + (index * (WIDTH - 2 * PAD)) / (points.length - 1));
  const y = (value: number) => HEIGHT - PAD - ((value - low) / span) * (HEIGHT - 2 * PAD);
  const last = points[points.length - 1]!;
  return (
    <svg className="pc-kpi-spark" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="img" aria-label={label}>
      {shown?.comparator === 'range' && shown.max !== undefined ? (
        <rect className="pc-kpi-spark__band" x={0} width={WIDTH} y={y(shown.max)} height={Math.max(1, y(shown.value) - y(shown.max))} />
      ) : (
        shown !== undefined && <line className="pc-kpi-spark__target" x1={0} x2={WIDTH} y1={y(shown.value)} y2={y(shown.value)} />
      )}
      <polyline className="pc-kpi-spark__line" points={points.map((point, index) => `${x(index)},${y(point.value)}`).join(' ')} />
      <StatusShape status={last.status} x={x(points.length - 1)} y={y(last.value)} size={7} />
    </svg>
  );
}

