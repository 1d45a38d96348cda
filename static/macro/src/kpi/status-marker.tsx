import type { KpiStatus } from './kpi-view-types';
import { STATUS_TONE } from './kpi-wording';
import './kpi-status.css';

/**
 * A status's shape, so it reads without its colour: on target a circle, warning a triangle, off
 * target a square, overdue a diamond, no data a ring, no target a bar. Drawn centred on (x, y).
 */
export function StatusShape({ status, x, y, size }: { status: KpiStatus; x: number; y: number; size: number }) {
  const r = size / 2;
  const className = `pc-kpi-shape pc-kpi-shape--${STATUS_TONE[status]}${status === 'no-data' ? ' pc-kpi-shape--ring' : ''}`;
  switch (status) {
    case 'on-target':
    case 'no-data':
      return <circle className={className} cx={x} cy={y} r={status === 'no-data' ? r * 0.8 : r} />;
    case 'warning':
      return <polygon className={className} points={`${x},${y - r} ${x + r},${y + r * 0.8} ${x - r},${y + r * 0.8}`} />;
    case 'off-target':
      return <rect className={className} x={x - r * 0.85} y={y - r * 0.85} width={r * 1.7} height={r * 1.7} />;
    case 'overdue':
      return <polygon className={className} points={`${x},${y - r} ${x + r},${y} ${x},${y + r} ${x - r},${y}`} />;
    case 'no-target':
      return <rect className={className} x={x - r} y={y - r * 0.3} width={size} height={r * 0.6} />;
  }
}

/** The shape alone, as a small icon beside a label (the label says the status). */
export function StatusIcon({ status }: { status: KpiStatus }) {
  return (
    <svg className="pc-kpi-icon" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
      <StatusShape status={status} x={6} y={6} size={9} />
    </svg>
  );
}
