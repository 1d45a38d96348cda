import { useId, useRef } from 'react';
import type { KpiStatus } from '../kpi-view-types';
import type { ParsedBound } from '@src/core/card/process-card';
import { formatKpiNumber } from '@src/core/kpi/kpi-number';
import { nearValues } from '../target-fit';
import { formatValue, plural } from '../kpi-words';
import { statusLabel } from '../kpi-wording';
import { periodLabel } from '../period-label';
import { StatusShape } from '../status-marker';
import { useKpiWords } from '../use-kpi-words';
import { ChartLegend } from './chart-legend';
import { labelEvery, niceTicks, showsLabel } from './chart-scale';
import { useWidth } from './use-width';
import './kpi-chart.css';

export interface ChartPoint {
  periodKey: string;
  value: number;
  status: KpiStatus;
}

const HEIGHT = 220;
const TOP = 28;
const BOTTOM = 30;
const RIGHT = 12;

/**
 * A criterion's values by period (oldest left), drawn at the frame's own width so text stays
 * its size: the target as a line (a band for a range), the warning threshold dotted, each point
 * in its status's shape and colour. Screen readers get a summary; the table below has every value.
 */
export function KpiChart({
  name,
  points,
  target,
  targetText,
  warning,
  unit,
}: {
  name: string;
  points: ChartPoint[];
  target: ParsedBound | null;
  /** The target as the card writes it, for the summary. */
  targetText: string;
  warning: ParsedBound | null;
  unit: string;
}) {
  const words = useKpiWords();
  const { t, locale } = words;
  const frame = useRef<HTMLDivElement>(null);
  const width = Math.max(280, useWidth(frame, 640));
  const summaryId = useId();
  if (points.length === 0) return <p className="pc-kpi-chart__none">{t('kpi.chart.none')}</p>;

  const values = points.map((point) => point.value);
  const shownTarget = target !== null && nearValues(target, values) ? target : null;
  const shownWarning = warning !== null && warning.comparator !== 'range' && nearValues(warning, values) ? warning : null;
  const ends = [...values, ...bounds(shownTarget), ...bounds(shownWarning)];
  const ticks = niceTicks(Math.min(...ends), Math.max(...ends));
  const low = ticks[0]!;
  const high = ticks[ticks.length - 1]!;
  const tickText = ticks.map((tick) => formatKpiNumber(tick, locale));
  const left = 10 + 7 * Math.max(...tickText.map((text) => text.length), unit.length);
  const plotWidth = width - left - RIGHT;
  const x = (index: number) => left + (points.length === 1 ? plotWidth / 2 : (index * plotWidth) / (points.length - 1));
  const y = (value: number) => TOP + (1 - (value - low) / (high - low || 1)) * (HEIGHT - TOP - BOTTOM);
  const labels = points.map((point) => periodLabel(point.periodKey, words));
  const every = labelEvery(points.length, plotWidth, 7 * Math.max(...labels.map((label) => label.length)) + 12);
  const latest = points[points.length - 1]!;

  const summary = [
    t('kpi.chart.summary', { values: plural(words, 'kpi.values', points.length), from: labels[0]!, to: labels[labels.length - 1]! }),
    t('kpi.chart.latest', { value: formatValue(latest.value, words, unit), period: labels[labels.length - 1]!, status: statusLabel(latest.status, words) }),
    ...(targetText.trim() === '' ? [] : [t('kpi.chart.targetIs', { target: targetText })]),
    t('kpi.chart.seeTable'),
  ].join(' ');

  return (
    <figure className="pc-kpi-chart">
      <div ref={frame} className="pc-kpi-chart__frame">
        <svg
          className="pc-kpi-chart__svg"
          width={width}
          height={HEIGHT}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          role="img"
          aria-label={t('kpi.chart.label', { name })}
          aria-describedby={summaryId}
        >
          {ticks.map((tick, index) => (
            <g key={tick}>
              <line className="pc-kpi-chart__grid" x1={left} x2={width - RIGHT} y1={y(tick)} y2={y(tick)} />
              <text className="pc-kpi-chart__tick" x={left - 6} y={y(tick) + 4} textAnchor="end">
                {tickText[index]}
              </text>
            </g>
          ))}
          {unit.trim() !== '' && (
            <text className="pc-kpi-chart__unit" x={4} y={12}>
              {unit}
            </text>
          )}
          {shownTarget?.comparator === 'range' && shownTarget.max !== undefined ? (
            <rect className="pc-kpi-chart__band" x={left} width={plotWidth} y={y(shownTarget.max)} height={Math.max(1, y(shownTarget.value) - y(shownTarget.max))} />
          ) : (
            shownTarget !== null && <line className="pc-kpi-chart__target" x1={left} x2={width - RIGHT} y1={y(shownTarget.value)} y2={y(shownTarget.value)} />
          )}
          {shownWarning !== null && <line className="pc-kpi-chart__warning" x1={left} x2={width - RIGHT} y1={y(shownWarning.value)} y2={y(shownWarning.value)} />}
          <polyline className="pc-kpi-chart__line" points={points.map((point, index) => `${x(index)},${y(point.value)}`).join(' ')} />
          {points.map((point, index) => (
            <StatusShape key={point.periodKey} status={point.status} x={x(index)} y={y(point.value)} size={10} />
          ))}
          {labels.map((label, index) =>
            showsLabel(index, points.length, every) ? (
              <text key={points[index]!.periodKey} className="pc-kpi-chart__tick" x={x(index)} y={HEIGHT - 10} textAnchor={anchor(index, points.length)}>
                {label}
              </text>
            ) : null,
          )}
        </svg>
      </div>
      <figcaption id={summaryId} className="pc-visually-hidden">
        {summary}
      </figcaption>
      <ChartLegend statuses={[...new Set(points.map((point) => point.status))]} target={shownTarget} warning={shownWarning} />
    </figure>
  );
}

const bounds = (bound: ParsedBound | null): number[] => (bound === null ? [] : [bound.value, ...(bound.max === undefined ? [] : [bound.max])]);

/** The first and last labels keep inside the picture. */
function anchor(index: number, count: number): 'start' | 'middle' | 'end' {
  if (count > 1 && index === 0) return 'start';
  if (count > 1 && index === count - 1) return 'end';
  return 'middle';
}
