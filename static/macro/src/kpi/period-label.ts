import { formatIsoDate } from '@shared/format-date';
import type { KpiWords } from './kpi-words';

/**
 * A period as people name it: `2025-03` → «март 2025» / "March 2025", `2025-Q1` → «I кв. 2025» /
 * "Q1 2025", `2025-H1`, `2025-W11`, `2025`, a day, and a per-event key (`E2025-03-15.x`) → its date.
 * A key of no known shape is shown as it is.
 */
export function periodLabel(key: string, words: KpiWords): string {
  const { t } = words;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{2})$/.exec(key)) !== null) return monthLabel(Number(match[1]), Number(match[2]), words);
  if ((match = /^(\d{4})-Q([1-4])$/.exec(key)) !== null) return t(`kpi.period.q${match[2] as '1' | '2' | '3' | '4'}`, { year: match[1]! });
  if ((match = /^(\d{4})-H([12])$/.exec(key)) !== null) return t(`kpi.period.h${match[2] as '1' | '2'}`, { year: match[1]! });
  if ((match = /^(\d{4})-W(\d{2})$/.exec(key)) !== null) return t('kpi.period.week', { week: Number(match[2]), year: match[1]! });
  if (/^\d{4}$/.test(key)) return key;
  if ((match = /^E?(\d{4}-\d{2}-\d{2})(?:\..*)?$/.exec(key)) !== null) return formatIsoDate(match[1]!, words.locale);
  return key;
}

/** The month standing alone (nominative «март», not «марта»), then the year. */
function monthLabel(year: number, month: number, words: KpiWords): string {
  if (month < 1 || month > 12) return `${year}-${String(month).padStart(2, '0')}`;
  const date = new Date(Date.UTC(year, month - 1, 1));
  // The month's name is a word of the interface language, whatever the locale's digits are.
  const locale = words.language === 'ru' ? 'ru-RU' : /^en\b/i.test(words.locale) ? words.locale : 'en-GB';
  const name = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(date);
  return `${name} ${year}`;
}
