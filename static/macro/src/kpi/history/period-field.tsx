import { useId } from 'react';
import type { OpenPeriodView } from '../kpi-view-types';
import { useKpiWords } from '../use-kpi-words';
import { periodOptionLabel } from './record-form-logic';

/** The periods the server offers now, newest first; one that has a value says it would be corrected. */
export function PeriodSelect({ periods, value, onChange }: { periods: OpenPeriodView[]; value: string; onChange: (key: string) => void }) {
  const words = useKpiWords();
  const id = useId();
  return (
    <div className="pc-field">
      <label className="pc-field__label" htmlFor={id}>
        {words.t('kpi.form.period')}
      </label>
      <select id={id} className="pc-select" value={value} onChange={(change) => onChange(change.target.value)}>
        {periods.map((period) => (
          <option key={period.periodKey} value={period.periodKey}>
            {periodOptionLabel(period, words)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A per-event KPI's value is for the day of the event (at the latest today, in the card's zone). */
export function EventDateField({ value, today, problem, onChange }: { value: string; today: string | null; problem: string | undefined; onChange: (date: string) => void }) {
  const { t } = useKpiWords();
  const id = useId();
  return (
    <div className="pc-field">
      <label className="pc-field__label" htmlFor={id}>
        {t('kpi.form.eventDate')}
      </label>
      <input
        id={id}
        className="pc-input pc-kpi-form__date"
        type="date"
        value={value}
        max={today ?? undefined}
        aria-invalid={problem !== undefined}
        aria-describedby={problem === undefined ? undefined : `${id}-error`}
        onChange={(change) => onChange(change.target.value)}
      />
      {problem !== undefined && (
        <p id={`${id}-error`} className="pc-field__error">
          {problem}
        </p>
      )}
    </div>
  );
}
