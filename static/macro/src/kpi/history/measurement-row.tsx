import type { MeasurementEntryView, MeasurementView } from '@src/contracts/kpi-contracts';
import { formatIsoDate } from '@shared/format-date';
import { formatValue, type KpiWords } from '../kpi-words';
import { periodLabel } from '../period-label';
import { StatusLozenge } from '../status-lozenge';
import { useKpiWords } from '../use-kpi-words';
import { localDate } from './local-date';

/**
 * One period's value: withdrawn ones struck through and labelled so (not by the line alone), a
 * corrected one with its earlier values behind a disclosure.
 */
export function MeasurementRow({
  row,
  unit,
  canWithdraw,
  withdrawing,
  onWithdraw,
  people,
}: {
  people: Readonly<Record<string, string>>;
  row: MeasurementView;
  unit: string;
  canWithdraw: boolean;
  withdrawing: boolean;
  onWithdraw: () => void;
}) {
  const words = useKpiWords();
  const { t } = words;
  const withdrawn = row.status === 'withdrawn';
  const period = periodLabel(row.periodKey, words);
  return (
    <tr role="row" className={withdrawn ? 'pc-kpi-m__row pc-kpi-m__row--withdrawn' : 'pc-kpi-m__row'}>
      <th role="rowheader" scope="row" data-label={t('kpi.m.period')}>
        {period}
      </th>
      <td role="cell" data-label={t('kpi.m.value')} className="pc-kpi-m__value">
        <EntryValue entry={row.current} unit={unit} words={words} struck={withdrawn} />
        <span className="pc-kpi-m__status">
          {withdrawn ? <span className="pc-kpi-status pc-kpi-status--neutral">{t('kpi.m.withdrawn')}</span> : <StatusLozenge status={row.valueStatus} />}
        </span>
        {row.history.length > 0 && (
          <details className="pc-kpi-m__earlier">
            <summary>{t('kpi.m.earlier', { count: row.history.length })}</summary>
            <ul>
              {row.history.map((entry, index) => (
                <li key={index}>
                  <EntryValue entry={entry} unit={unit} words={words} struck={false} />
                  {` — ${t(`kpi.action.${entry.action}`)} ${formatIsoDate(localDate(entry.at), words.locale)}, ${author(entry, words, people)}`}
                  {entry.comment.trim() !== '' && <span className="pc-kpi-m__comment-inline">: {entry.comment}</span>}
                </li>
              ))}
            </ul>
          </details>
        )}
      </td>
      <td role="cell" data-label={t('kpi.m.entered')} className="pc-kpi-m__entered">
        <span className="pc-kpi-m__date">{formatIsoDate(localDate(row.current.at), words.locale)}</span>
        {row.current.action !== 'recorded' && <span className="pc-kpi__sub">{t(`kpi.action.${row.current.action}`)}</span>}
        <span className="pc-kpi__sub pc-kpi-m__by">{author(row.current, words, people)}</span>
      </td>
      <td role="cell" data-label={t('kpi.m.comment')} className="pc-kpi-m__comment">
        {row.current.comment}
      </td>
      {canWithdraw && (
        <td role="cell" data-label={t('kpi.m.actions')} className="pc-kpi-m__actions">
          {!withdrawn && (
            <button
              type="button"
              className="pc-button pc-button--subtle"
              aria-expanded={withdrawing}
              aria-label={t('kpi.withdraw.label', { period })}
              onClick={onWithdraw}
            >
              {t('kpi.withdraw')}
            </button>
          )}
        </td>
      )}
    </tr>
  );
}

function EntryValue({ entry, unit, words, struck }: { entry: MeasurementEntryView; unit: string; words: KpiWords; struck: boolean }) {
  const value = formatValue(entry.value, words, unit);
  const ratio =
    entry.numerator !== undefined && entry.denominator !== undefined
      ? ` (${words.t('kpi.m.ratio', { numerator: formatValue(entry.numerator, words, ''), denominator: formatValue(entry.denominator, words, '') })})`
      : '';
  return struck ? <s className="pc-kpi-m__struck">{value + ratio}</s> : <span className="pc-kpi-m__number">{value + ratio}</span>;
}

/** Who entered it: their name as Confluence gives it to the reader (else the account id), or the data feed. */
function author(entry: MeasurementEntryView, words: KpiWords, people: Readonly<Record<string, string>>): string {
  return entry.source === 'webtrigger' ? words.t('kpi.m.feed') : (people[entry.by] ?? entry.by);
}
