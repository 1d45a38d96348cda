import { lazy, Suspense, useId, useRef, useState } from 'react';
import type { KpiView } from '@src/contracts/kpi-contracts';
import type { CardActionsView } from '@src/contracts/action-contracts';
import type { Kpi } from '@src/core/card/process-card';
import { LoadingStatus } from '@shared/loading-status';
import { PanelBoundary } from '@shared/panel-boundary';
import { useI18n } from '@shared/i18n/i18n-context';
import { Dash } from './dash';
import { KpiDetails } from './kpi-details';
import { formatValue } from './kpi-words';
import { KpiSparkline } from './kpi-sparkline';
import { periodLabel } from './period-label';
import { StatusLozenge } from './status-lozenge';
import { useKpiWords } from './use-kpi-words';

// The chart, the values and the entry form load on first opening: most readers only read the table.
const KpiHistoryPanel = lazy(() => import('./history/kpi-history-panel'));

const COLUMNS = 6;

/** One criterion: its line of the table, its details line under it, and its history when opened. */
export function KpiRow({
  number,
  cardId,
  kpi,
  view,
  actions,
  today,
  lang,
  onBoard,
}: {
  number: number;
  cardId: string;
  kpi: Kpi;
  view: KpiView | null;
  /** The card's linked Jira actions from the first render (this row shows its KPI's). */
  actions: CardActionsView | null;
  today: string | null;
  lang: 'ru' | 'en';
  onBoard: (view: KpiView) => void;
}) {
  const { t } = useI18n();
  const nameId = useId();
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const name = kpi.name.trim() === '' ? t('notFilled') : kpi.name;
  return (
    <tbody role="rowgroup" className={`pc-kpi${open ? ' pc-kpi--open' : ''}`}>
      <tr role="row" className="pc-kpi__main">
        <td role="cell" className="pc-table__number pc-kpi__number">
          {number}
        </td>
        <th role="rowheader" scope="row" id={nameId} className="pc-kpi__name" lang={lang}>
          <button ref={button} type="button" className="pc-kpi__open" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
            <span className="pc-kpi__chevron" aria-hidden="true" />
            {name}
          </button>
          <span className="pc-kpi__print-name">{name}</span>
        </th>
        <td role="cell" className="pc-kpi__value" data-label={t('kpi.col.latest')}>
          <LatestValue kpi={kpi} view={view} />
        </td>
        <td role="cell" className="pc-kpi__target" data-label={t('col.target')} lang={lang}>
          {kpi.target.trim() === '' ? <Dash label={t('notFilled')} /> : kpi.target}
        </td>
        <td role="cell" className="pc-kpi__status" data-label={t('kpi.col.status')}>
          {view === null ? <Dash label={t('kpi.notComputed')} /> : <StatusLozenge status={view.status} />}
        </td>
        <td role="cell" className="pc-kpi__trend" data-label={t('kpi.col.trend')}>
          {view === null ? (
            <Dash label={t('kpi.notComputed')} />
          ) : (
            <>
              <KpiSparkline points={view.points} unit={kpi.unit} target={view.comparison === 'period' ? kpi.targetParsed : undefined} trend={view.trend} />
              {view.trend !== 'unknown' && (
                // Said in the sparkline's text too: this copy is for sighted readers, so screen readers skip it.
                <span className={`pc-kpi__trend-word pc-kpi__trend-word--${view.trend}`} aria-hidden="true">
                  {t(`kpi.trend.${view.trend}`)}
                </span>
              )}
            </>
          )}
        </td>
      </tr>
      <tr role="row" className="pc-kpi__more">
        <td role="cell" className="pc-kpi__gap" aria-hidden="true" />
        <td role="cell" colSpan={COLUMNS - 1} headers={nameId} className="pc-kpi__details">
          <KpiDetails kpi={kpi} view={view} actions={actions} today={today} lang={lang} />
        </td>
      </tr>
      <tr role="row" className="pc-kpi__panel-row" hidden={!open}>
        <td role="cell" colSpan={COLUMNS} id={panelId} className="pc-kpi__panel-cell">
          {open && (
            <PanelBoundary key={cardId} title={t('kpi.panelFailed')} message="The KPI history panel could not be loaded." scope="kpiLoad">
              <Suspense fallback={<LoadingStatus label={t('kpi.history.loading')} />}>
                <KpiHistoryPanel cardId={cardId} kpi={kpi} view={view} today={today} onBoard={onBoard} onClose={close} />
              </Suspense>
            </PanelBoundary>
          )}
        </td>
      </tr>
    </tbody>
  );
}

/** The latest value in the reader's way of writing numbers, and the period it is for. */
function LatestValue({ kpi, view }: { kpi: Kpi; view: KpiView | null }) {
  const words = useKpiWords();
  const { t } = words;
  if (view === null) return <Dash label={t('kpi.notComputed')} />;
  if (view.latest === null) return <Dash label={t('kpi.spark.none')} />;
  return (
    <>
      <span className="pc-kpi__number-value">{formatValue(view.latest.value, words, kpi.unit)}</span>
      <span className="pc-kpi__sub">{t('kpi.latestFor', { period: periodLabel(view.latest.periodKey, words) })}</span>
      {view.comparison === 'rolling-year' && view.comparedValue !== null && (
        <span className="pc-kpi__sub">{t('kpi.rollingYear', { value: formatValue(view.comparedValue, words, kpi.unit) })}</span>
      )}
    </>
  );
}
