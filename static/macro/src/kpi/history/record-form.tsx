import { useId, useState } from 'react';
import type { KpiHistoryResult, KpiView, RecordMeasurementResult } from '@src/contracts/kpi-contracts';
import type { Kpi } from '@src/core/card/process-card';
import { invokeResolver } from '@shared/bridge';
import { ErrorNotice, type ResolverError } from '@shared/error-notice';
import { useRequestId } from '@shared/request-id';
import { formatValue } from '../kpi-words';
import { periodLabel } from '../period-label';
import { useKpiWords } from '../use-kpi-words';
import { NumberField } from './number-field';
import { EventDateField, PeriodSelect } from './period-field';
import { checkDraft, defaultPeriod, numberExample, type DraftField, type RecordDraft } from './record-form-logic';
import { TheirValue } from './their-value';
import './record-form.css';

/**
 * Entering a criterion's value: a period the server offers (or the event's date), the value as
 * the reader writes numbers, the ratio's parts when its formula has them, a comment. A value
 * that is not a number is refused here, next to its field. Nothing typed is cleared by an error.
 */
export function RecordForm({
  cardId,
  kpi,
  data,
  view,
  today,
  onRecorded,
  onStale,
}: {
  cardId: string;
  kpi: Kpi;
  data: KpiHistoryResult;
  view: KpiView | null;
  today: string | null;
  onRecorded: (result: RecordMeasurementResult) => void;
  onStale: () => void;
}) {
  const words = useKpiWords();
  const { t } = words;
  const ids = { heading: useId(), comment: useId() };
  const event = data.kind === 'event';
  const [draft, setDraft] = useState<RecordDraft>(() => ({
    periodKey: '',
    eventDate: today ?? '',
    value: '',
    numerator: '',
    denominator: '',
    comment: '',
  }));
  const [problems, setProblems] = useState<Partial<Record<DraftField, string>>>({});
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ResolverError | null>(null);
  const [saved, setSaved] = useState('');
  const [conflictOn, setConflictOn] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const requestId = useRequestId();

  const offered = data.openPeriods.some((period) => period.periodKey === draft.periodKey);
  const periodKey = offered ? draft.periodKey : defaultPeriod(data.openPeriods, view?.due ?? data.board.due);
  const correcting = !event && (data.openPeriods.find((period) => period.periodKey === periodKey)?.revision ?? 0) > 0;
  const noPeriod = !event && data.openPeriods.length === 0;
  const edit = (field: keyof RecordDraft, text: string) => {
    setDraft((current) => ({ ...current, [field]: text }));
    setProblems((current) => ({ ...current, [field]: undefined }));
    setSaved('');
  };

  const submit = async () => {
    const context = { kind: data.kind, ratio: data.ratio, openPeriods: data.openPeriods };
    const checked = checkDraft({ ...draft, periodKey }, context, words);
    if (!checked.ok) return setProblems(checked.problems);
    setSending(true);
    setError(null);
    setSaved('');
    const entry = checked.entry;
    // The same input retried is the same write; a new round (after a save) is a new one.
    const result = await invokeResolver('kpi/record', { cardId, kpiId: kpi.id, ...entry, requestId: requestId(JSON.stringify({ round, entry })) });
    setSending(false);
    if (!result.ok) {
      setError(result.error);
      const stale = result.error.code === 'CONFLICT' || result.error.code === 'NOT_FOUND';
      setConflictOn(stale && 'key' in entry.period ? entry.period.key : null);
      if (stale) onStale();
      return;
    }
    setConflictOn(null);
    setRound(round + 1);
    setDraft((current) => ({ ...current, value: '', numerator: '', denominator: '', comment: '' }));
    const period = periodLabel(result.data.measurement.periodKey, words);
    setSaved(t('kpi.form.saved', { value: formatValue(entry.value, words, kpi.unit), period }));
    onRecorded(result.data);
  };

  const number = (field: 'numerator' | 'denominator') => (
    <NumberField label={t(`kpi.form.${field}`)} value={draft[field]} problem={problems[field]} onChange={(text) => edit(field, text)} />
  );
  return (
    <form
      className="pc-kpi-form pc-no-print"
      aria-labelledby={ids.heading}
      noValidate
      onSubmit={(submitEvent) => {
        submitEvent.preventDefault();
        void submit();
      }}
    >
      <h5 id={ids.heading} className="pc-kpi-form__heading">
        {t('kpi.form.heading')}
      </h5>
      <div className="pc-kpi-form__row">
        {event ? (
          <EventDateField value={draft.eventDate} today={today} problem={problems.eventDate} onChange={(date) => edit('eventDate', date)} />
        ) : (
          <PeriodSelect periods={data.openPeriods} value={periodKey} onChange={(key) => edit('periodKey', key)} />
        )}
        <NumberField
          label={t('kpi.form.value')}
          hint={t('kpi.form.valueHint', { example: numberExample(words) })}
          unit={kpi.unit}
          value={draft.value}
          problem={problems.value}
          onChange={(text) => edit('value', text)}
        />
        {data.ratio && (
          <>
            {number('numerator')}
            {number('denominator')}
          </>
        )}
      </div>
      <div className="pc-field">
        <label className="pc-field__label" htmlFor={ids.comment}>
          {t('kpi.form.comment')}
        </label>
        <textarea
          id={ids.comment}
          className="pc-textarea pc-kpi-form__comment"
          maxLength={2000}
          value={draft.comment}
          onChange={(change) => edit('comment', change.target.value)}
        />
      </div>
      {error !== null && (
        <ErrorNotice
          error={error}
          title={t('kpi.form.failed')}
          fieldLabels={{ value: t('kpi.form.value'), period: t('kpi.form.period'), comment: t('kpi.form.comment') }}
        >
          {conflictOn !== null && <TheirValue data={data} periodKey={conflictOn} unit={kpi.unit} />}
        </ErrorNotice>
      )}
      <div className="pc-kpi-form__actions">
        <button type="submit" className="pc-button pc-button--primary" disabled={sending || noPeriod}>
          {sending ? t('kpi.form.saving') : correcting ? t('kpi.form.submitCorrection') : t('kpi.form.submit')}
        </button>
        <p className="pc-kpi-form__state" role="status">
          {saved}
        </p>
      </div>
      {noPeriod && <p className="pc-field__hint">{t('kpi.form.noPeriods')}</p>}
    </form>
  );
}
