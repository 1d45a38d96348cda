import type { KpiHistoryResult } from '@src/contracts/kpi-contracts';
import { formatIsoDate } from '@shared/format-date';
import { periodLabel } from '../period-label';
import { useKpiWords } from '../use-kpi-words';
import { localDate } from './local-date';

/** How the proposed escalation level of the criterion changed, newest first. */
export function LevelHistory({ changes, headingLevel = 'h5' }: { changes: KpiHistoryResult['levelChanges']; headingLevel?: 'h4' | 'h5' }) {
  const words = useKpiWords();
  const { t } = words;
  const Heading = headingLevel;
  const newestFirst = [...changes].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section className="pc-kpi-levels">
      <Heading className="pc-kpi-history__subheading">{t('kpi.levels.heading')}</Heading>
      {newestFirst.length === 0 ? (
        <p className="pc-kpi-levels__none">{t('kpi.levels.none')}</p>
      ) : (
        <ul className="pc-kpi-levels__list">
          {newestFirst.map((change, index) => (
            <li key={`${change.at}-${index}`}>
              <span className="pc-kpi-levels__date">{formatIsoDate(localDate(change.at), words.locale)}</span>{' '}
              {t('kpi.levels.change', { from: t(`kpi.level.${change.from}`), to: t(`kpi.level.${change.to}`) })}
              {change.periodKey !== null && <> {t('kpi.levels.for', { period: periodLabel(change.periodKey, words) })}</>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
