import { useId, useState } from 'react';
import type { MeasurementView, RecordMeasurementResult } from '@src/contracts/kpi-contracts';
import { invokeResolver } from '@shared/bridge';
import { ErrorNotice, type ResolverError } from '@shared/error-notice';
import { periodLabel } from '../period-label';
import { useKpiWords } from '../use-kpi-words';
import './record-form.css';

/** Withdrawing one period's value: the reason is asked for, and kept if the withdrawal fails. */
export function WithdrawForm({
  cardId,
  kpiId,
  row,
  onDone,
  onStale,
  onCancel,
}: {
  cardId: string;
  kpiId: string;
  row: MeasurementView;
  onDone: (result: RecordMeasurementResult) => void;
  onStale: () => void;
  onCancel: () => void;
}) {
  const words = useKpiWords();
  const { t } = words;
  const id = useId();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ResolverError | null>(null);
  const period = periodLabel(row.periodKey, words);

  const submit = async () => {
    if (reason.trim() === '') return setProblem(t('kpi.withdraw.reasonRequired'));
    setSending(true);
    setError(null);
    const result = await invokeResolver('kpi/withdraw', { cardId, kpiId, periodKey: row.periodKey, expectedRevision: row.revision, reason: reason.trim() });
    setSending(false);
    if (result.ok) return onDone(result.data);
    setError(result.error);
    if (result.error.code === 'CONFLICT' || result.error.code === 'NOT_FOUND') onStale();
  };

  return (
    <form className="pc-kpi-withdraw" aria-label={t('kpi.withdraw.label', { period })} noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }}>
      <div className="pc-field">
        <label className="pc-field__label" htmlFor={id}>
          {t('kpi.withdraw.reason')}
        </label>
        <textarea
          id={id}
          className="pc-textarea pc-kpi-withdraw__reason"
          maxLength={2000}
          value={reason}
          aria-invalid={problem !== null}
          aria-describedby={problem === null ? undefined : `${id}-error`}
          onChange={(change) => {
            setReason(change.target.value);
            setProblem(null);
          }}
        />
        {problem !== null && (
          <p id={`${id}-error`} className="pc-field__error">
            {problem}
          </p>
        )}
      </div>
      {error !== null && <ErrorNotice error={error} title={t('kpi.withdraw.failed')} fieldLabels={{ reason: t('kpi.withdraw.reason') }} />}
      <div className="pc-kpi-form__actions">
        <button type="submit" className="pc-button pc-button--primary" disabled={sending}>
          {sending ? t('kpi.withdraw.busy') : t('kpi.withdraw.confirm')}
        </button>
        <button type="button" className="pc-button pc-button--subtle" onClick={onCancel}>
          {t('kpi.withdraw.cancel')}
        </button>
      </div>
    </form>
  );
}
