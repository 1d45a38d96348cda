import { useId } from 'react';
import type { KpiHistoryResult, KpiView, RecordMeasurementResult } from '@src/contracts/kpi-contracts';
import type { Kpi } from '@src/core/card/process-card';
import { ErrorNotice } from '@shared/error-notice';
import { LoadingStatus } from '@shared/loading-status';
import { useKpiWords } from '../use-kpi-words';
import { KpiChart, type ChartPoint } from './kpi-chart';
import { LevelHistory } from './level-history';
import { MeasurementTable } from './measurement-table';
import { RecordForm } from './record-form';
import { useKpiHistory } from './use-kpi-history';
import { KpiActions } from '../actions/kpi-actions';
import './kpi-history.css';

/**
 * A criterion's history, opened from its name in the KPI table and loaded lazily (this chunk holds
 * the chart and the forms): the chart, the entry form for those who may record, every value, and
 * how the escalation level changed. A write answers with the criterion's new table row (`board`).
 */
export default function KpiHistoryPanel({
  cardId,
  kpi,
  view,
  today,
  onBoard,
  onClose,
}: {
  cardId: string;
  kpi: Kpi;
  view: KpiView | null;
  today: string | null;
  onBoard: (view: KpiView) => void;
  onClose: () => void;
}) {
  const { t } = useKpiWords();
  const headingId = useId();
  const { state, reload, loadOlder } = useKpiHistory(cardId, kpi.id);
  const name = kpi.name.trim() === '' ? t('notFilled') : kpi.name;
  const written = (result: RecordMeasurementResult) => {
    onBoard(result.board);
    void reload();
  };

  const top = (
    <div className="pc-kpi-history__top">
      <h4 id={headingId} className="pc-kpi-history__heading">
        {t('kpi.history.heading', { name })}
      </h4>
      <button type="button" className="pc-button pc-button--subtle" onClick={onClose}>
        {t('kpi.close')}
      </button>
    </div>
  );
  if (state.kind !== 'ready') {
    return (
      <section className="pc-kpi-history" aria-labelledby={headingId} aria-busy={state.kind === 'loading'}>
        {top}
        {state.kind === 'loading' ? (
          <LoadingStatus label={t('kpi.history.loading')} />
        ) : (
          <ErrorNotice error={state.error} title={t('kpi.history.loadFailed')} onRetry={() => void reload()} scope="kpiLoad" />
        )}
      </section>
    );
  }

  const { data } = state;
  const points = chartPoints(data, view);
  return (
    <section className="pc-kpi-history" aria-labelledby={headingId} aria-busy={state.refreshing}>
      {top}
      <KpiChart name={name} points={points} target={data.target} targetText={kpi.target} warning={data.warning} unit={kpi.unit} />
      {data.canRecord ? (
        <RecordForm cardId={cardId} kpi={kpi} data={data} view={view} today={today} onRecorded={written} onStale={() => void reload()} />
      ) : (
        <p className="pc-kpi-history__read-only pc-no-print">{t('kpi.form.readOnly')}</p>
      )}
      <MeasurementTable
        cardId={cardId}
        name={name}
        unit={kpi.unit}
        data={data}
        older={state.older}
        onOlder={loadOlder}
        onWithdrawn={written}
        onStale={() => void reload()}
      />
      <LevelHistory changes={data.levelChanges} />
      <KpiActions cardId={cardId} kpi={kpi} view={view ?? data.board} canRaise={data.canRecord} />
    </section>
  );
}

/**
 * The chart draws every current value loaded (older pages too), and at least the board's last 12
 * (its sparkline's) when the first page holds fewer; a loaded record wins over the board's copy.
 */
function chartPoints(data: KpiHistoryResult, view: KpiView | null): ChartPoint[] {
  const byPeriod = new Map<string, ChartPoint & { start: string }>();
  for (const point of (view ?? data.board).points) byPeriod.set(point.periodKey, { periodKey: point.periodKey, value: point.value, status: point.status, start: point.periodStart });
  for (const row of data.measurements) {
    if (row.status === 'current') byPeriod.set(row.periodKey, { periodKey: row.periodKey, value: row.current.value, status: row.valueStatus, start: row.periodStart });
    else byPeriod.delete(row.periodKey);
  }
  return [...byPeriod.values()]
    .sort((a, b) => a.start.localeCompare(b.start) || a.periodKey.localeCompare(b.periodKey))
    .map(({ periodKey, value, status }) => ({ periodKey, value, status }));
}
