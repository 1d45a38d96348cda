import type { KpiHistoryResult } from '@src/contracts/kpi-contracts';
import { formatValue } from '../kpi-words';
import { periodLabel } from '../period-label';
import { useKpiWords } from '../use-kpi-words';
import { localDate } from './local-date';
import { formatIsoDate } from '@shared/format-date';

/** After a conflict: the value someone else saved for the period, once the history has it. */
export function TheirValue({ data, periodKey, unit }: { data: KpiHistoryResult; periodKey: string; unit: string }) {
  const words = useKpiWords();
  const theirs = data.measurements.find((row) => row.periodKey === periodKey && row.status === 'current');
  if (theirs === undefined) return null;
  return (
    <p className="pc-kpi-form__theirs">
      {words.t('kpi.form.theirs', {
        period: periodLabel(periodKey, words),
        value: formatValue(theirs.current.value, words, unit),
        by: theirs.current.by,
        date: formatIsoDate(localDate(theirs.current.at), words.locale),
      })}
    </p>
  );
}
