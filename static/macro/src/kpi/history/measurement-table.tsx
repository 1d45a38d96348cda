import { Fragment, useState } from 'react';
import type { KpiHistoryResult, RecordMeasurementResult } from '@src/contracts/kpi-contracts';
import { ErrorNotice } from '@shared/error-notice';
import { periodLabel } from '../period-label';
import { useKpiWords } from '../use-kpi-words';
import type { HistoryState } from './use-kpi-history';
import { MeasurementRow } from './measurement-row';
import { WithdrawForm } from './withdraw-form';
import './measurement-table.css';

/** The criterion's values, newest first, a page at a time; each current one may be withdrawn. */
export function MeasurementTable({
  cardId,
  name,
  unit,
  data,
  older,
  onOlder,
  onWithdrawn,
  onStale,
}: {
  cardId: string;
  name: string;
  unit: string;
  data: KpiHistoryResult;
  older: Extract<HistoryState, { kind: 'ready' }>['older'];
  onOlder: () => void;
  onWithdrawn: (result: RecordMeasurementResult) => void;
  onStale: () => void;
}) {
  const words = useKpiWords();
  const { t } = words;
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const [done, setDone] = useState('');
  if (data.measurements.length === 0) return <p className="pc-kpi-m__none">{t('kpi.m.none')}</p>;
  const columns = data.canRecord ? 5 : 4;
  return (
    <>
      <div className="pc-table-frame pc-kpi-m__frame">
        <table role="table" className="pc-table pc-kpi-m">
          <caption className="pc-visually-hidden">{t('kpi.m.caption', { name })}</caption>
          <thead role="rowgroup">
            <tr role="row">
              {(['kpi.m.period', 'kpi.m.value', 'kpi.m.entered', 'kpi.m.comment', ...(data.canRecord ? (['kpi.m.actions'] as const) : [])] as const).map((key) => (
                <th role="columnheader" scope="col" key={key} className={`pc-kpi-m__${key.slice(6)}-col`}>
                  {t(key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody role="rowgroup">
            {data.measurements.map((row) => (
              <Fragment key={row.periodKey}>
                <MeasurementRow
                  people={data.people}
                  row={row}
                  unit={unit}
                  canWithdraw={data.canRecord}
                  withdrawing={withdrawing === row.periodKey}
                  onWithdraw={() => {
                    setDone('');
                    setWithdrawing(withdrawing === row.periodKey ? null : row.periodKey);
                  }}
                />
                {withdrawing === row.periodKey && (
                  <tr role="row" className="pc-kpi-m__withdraw-row">
                    <td role="cell" colSpan={columns}>
                      <WithdrawForm
                        cardId={cardId}
                        kpiId={data.kpiId}
                        row={row}
                        onStale={onStale}
                        onCancel={() => setWithdrawing(null)}
                        onDone={(result) => {
                          setWithdrawing(null);
                          setDone(t('kpi.withdraw.done', { period: periodLabel(row.periodKey, words) }));
                          onWithdrawn(result);
                        }}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      <p className="pc-kpi-m__state" role="status">
        {done}
      </p>
      {older !== 'idle' && older !== 'loading' && <ErrorNotice error={older} title={t('kpi.m.olderFailed')} onRetry={onOlder} scope="kpiLoad" />}
      {data.cursor !== null && (
        <button type="button" className="pc-button" disabled={older === 'loading'} onClick={onOlder}>
          {older === 'loading' ? t('kpi.m.loadingOlder') : t('kpi.m.older')}
        </button>
      )}
    </>
  );
}
