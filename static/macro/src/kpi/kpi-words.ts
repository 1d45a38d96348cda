import { formatKpiNumber } from '@src/core/kpi/kpi-number';
import type { MessageKey } from '@shared/i18n/messages-en';
import type { Translate, UiLanguage } from '@shared/i18n/translate';

/**
 * What the KPI wording needs of the reader: the interface language (words, plural forms) and
 * the full locale (digits, dates). Kept apart from the React context so it is testable as is.
 */
export interface KpiWords {
  t: Translate;
  language: UiLanguage;
  locale: string;
}

type PluralBase = 'kpi.days' | 'kpi.periods' | 'kpi.values';

/** "3 дня", "5 дней", "1 day": the count with its word in the interface language's plural form. */
export function plural(words: KpiWords, base: PluralBase, count: number): string {
  const category = new Intl.PluralRules(words.language).select(count);
  const known = ['one', 'few', 'many'] as const;
  const form = known.find((candidate) => candidate === category) ?? 'other';
  return words.t(`${base}.${form}` satisfies MessageKey, { count: new Intl.NumberFormat(words.locale).format(count) });
}

/** A value as the reader writes numbers, with the KPI's unit. */
export function formatValue(value: number, words: KpiWords, unit: string): string {
  return formatKpiNumber(value, words.locale, unit.trim() === '' ? undefined : unit);
}

/** Whole days from one yyyy-mm-dd date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** The yyyy-mm-dd date `days` days after (or before) the given one. */
export function addDays(date: string, days: number): string {
  return new Date(utc(date) + days * 86_400_000).toISOString().slice(0, 10);
}

function utc(date: string): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}
