import type { DueState, OpenPeriodView, PeriodKind } from '../kpi-view-types';
import { formatKpiNumber, parseKpiNumber } from '../../../../../src/core/kpi/kpi-number';
import type { KpiWords } from '../kpi-words';
import { periodLabel } from '../period-label';

/** What the entry form holds, as typed: nothing is parsed until it is sent. */
export interface RecordDraft {
  periodKey: string;
  eventDate: string;
  value: string;
  numerator: string;
  denominator: string;
  comment: string;
}

export type DraftField = 'value' | 'numerator' | 'denominator' | 'eventDate';

export interface CheckedDraft {
  period: { key: string } | { eventDate: string };
  value: number;
  numerator?: number;
  denominator?: number;
  comment: string;
  expectedRevision: number;
}

export type DraftCheck = { ok: true; entry: CheckedDraft } | { ok: false; problems: Partial<Record<DraftField, string>> };

/**
 * The draft read in the reader's locale («12,5» in Russian, "12.5" in English). A field that is not
 * a number gets a message saying how to write one, and nothing is sent. A period already holding a
 * value is corrected: the revision sent is the one the form was offered.
 */
export function checkDraft(
  draft: RecordDraft,
  context: { kind: PeriodKind; ratio: boolean; openPeriods: readonly OpenPeriodView[] },
  words: KpiWords,
): DraftCheck {
  const problems: Partial<Record<DraftField, string>> = {};
  const value = readNumber(draft.value, words, true);
  if (typeof value === 'string') problems.value = value;
  const numerator = context.ratio ? readNumber(draft.numerator, words, false) : undefined;
  const denominator = context.ratio ? readNumber(draft.denominator, words, false) : undefined;
  if (typeof numerator === 'string') problems.numerator = numerator;
  if (typeof denominator === 'string') problems.denominator = denominator;
  const event = context.kind === 'event';
  if (event && !/^\d{4}-\d{2}-\d{2}$/.test(draft.eventDate)) problems.eventDate = words.t('kpi.form.dateRequired');
  const open = context.openPeriods.find((period) => period.periodKey === draft.periodKey);
  if (Object.keys(problems).length > 0 || typeof value !== 'number' || (!event && open === undefined)) return { ok: false, problems };
  return {
    ok: true,
    entry: {
      period: event ? { eventDate: draft.eventDate } : { key: draft.periodKey },
      value,
      ...(typeof numerator === 'number' ? { numerator } : {}),
      ...(typeof denominator === 'number' ? { denominator } : {}),
      comment: draft.comment.trim(),
      expectedRevision: event ? 0 : open!.revision,
    },
  };
}

/** A number, nothing (an optional field left empty), or what is wrong with the text. */
function readNumber(text: string, words: KpiWords, required: boolean): number | undefined | string {
  const parsed = parseKpiNumber(text, words.locale);
  if (parsed.ok) return parsed.value;
  if (parsed.reason === 'empty') return required ? words.t('kpi.form.empty') : undefined;
  return words.t('kpi.form.notNumber', { text: text.trim(), example: numberExample(words) });
}

/** "12,5" or "12.5": how this reader writes a number with a fraction. */
export function numberExample(words: KpiWords): string {
  return formatKpiNumber(12.5, words.locale);
}

/** A period as the form offers it; one that has a value already says it would be corrected. */
export function periodOptionLabel(period: OpenPeriodView, words: KpiWords): string {
  const label = periodLabel(period.periodKey, words);
  return period.revision > 0 ? words.t('kpi.form.correct', { period: label }) : label;
}

/** The period the form starts on: the one due (or overdue), else the newest without a value, else the newest. */
export function defaultPeriod(openPeriods: readonly OpenPeriodView[], due: DueState | null): string {
  const offered = (key: string | undefined) => openPeriods.some((period) => period.periodKey === key);
  if (due !== null && offered(due.periodKey)) return due.periodKey;
  return (openPeriods.find((period) => period.revision === 0) ?? openPeriods[0])?.periodKey ?? '';
}
