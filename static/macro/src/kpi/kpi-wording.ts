import type { DueState, EscalationProposal, KpiStatus } from './kpi-view-types';
import { formatIsoDate } from '@shared/format-date';
import { addDays, daysBetween, plural, type KpiWords } from './kpi-words';
import { periodLabel } from './period-label';

/** The lozenge's colour family per status: never the only sign, the label always says it too. */
export const STATUS_TONE: Record<KpiStatus, 'success' | 'warning' | 'danger' | 'discovery' | 'neutral'> = {
  'on-target': 'success',
  warning: 'warning',
  'off-target': 'danger',
  overdue: 'discovery',
  'no-data': 'neutral',
  'no-target': 'neutral',
};

export function statusLabel(status: KpiStatus, words: KpiWords): string {
  return words.t(`kpi.status.${status}`);
}

/**
 * The due line: "Value for March 2025 due in 3 days (09.04.2025)", "… overdue since 10.04.2025".
 * A value is due from the day after its period and overdue from `overdueOn`, so its last day is
 * the day before; "today" is the board's today in the card's zone.
 */
export function dueText(due: DueState, today: string, words: KpiWords): string {
  const { t, locale } = words;
  const period = periodLabel(due.periodKey, words);
  switch (due.state) {
    case 'upcoming':
      return t('kpi.due.upcoming', { period, date: formatIsoDate(due.dueOn, locale) });
    case 'overdue':
      return t('kpi.due.overdue', { period, date: formatIsoDate(due.overdueOn, locale) });
    case 'due': {
      const lastDay = addDays(due.overdueOn, -1);
      const left = daysBetween(today, lastDay);
      const date = formatIsoDate(lastDay, locale);
      return left <= 0 ? t('kpi.due.today', { period, date }) : t('kpi.due.due', { period, date, days: plural(words, 'kpi.days', left) });
    }
  }
}

/** "Proposed: corrective action — off target 3 periods in a row (January – March 2025)"; null for none. */
export function escalationText(escalation: EscalationProposal, words: KpiWords): string | null {
  if (escalation.level === 'none') return null;
  const { t, language } = words;
  const level = t(`kpi.level.${escalation.level}`).toLocaleLowerCase(language);
  const reason = escalation.reason;
  if (reason === null) return t('kpi.escalation.bare', { level });
  const from = periodLabel(reason.fromPeriod, words);
  const to = periodLabel(reason.toPeriod, words);
  return t('kpi.escalation', {
    level,
    when: t(`kpi.when.${reason.rule.when}`),
    periods: plural(words, 'kpi.periods', reason.streak),
    span: from === to ? to : `${from} – ${to}`,
  });
}
