import { useI18n } from '@shared/i18n/i18n-context';
import type { KpiWords } from './kpi-words';

/** The reader's KPI wording context (language for words, locale for digits). */
export function useKpiWords(): KpiWords {
  const { t, language, locale } = useI18n();
  return { t, language, locale };
}
