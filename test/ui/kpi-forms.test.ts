import { MAX_COMMENT_LENGTH, MAX_GRACE_DAYS as CONTRACT_MAX_GRACE_DAYS } from '../../src/contracts/kpi-contracts';
import { formatKpiNumber } from '../../src/core/kpi/kpi-number';
import type { KpiSettingsView } from '../../src/contracts/kpi-contracts';
import { createTranslate } from '../../static/shared/i18n/translate';
import type { KpiWords } from '../../static/macro/src/kpi/kpi-words';
import { checkDraft, defaultPeriod, periodOptionLabel, type RecordDraft } from '../../static/macro/src/kpi/history/record-form-logic';
import { labelEvery, niceTicks, showsLabel } from '../../static/macro/src/kpi/history/chart-scale';
import { changesOf, draftOf, graceDaysOf, isChanged, MAX_GRACE_DAYS, rebased, type KpiSettingsDraft } from '../../static/macro/src/kpi/settings/kpi-settings-draft';

const ru: KpiWords = { t: createTranslate('ru'), language: 'ru', locale: 'ru-RU' };
const en: KpiWords = { t: createTranslate('en'), language: 'en', locale: 'en-GB' };

const open = [
  { periodKey: '2025-04', periodStart: '2025-04-01', periodEnd: '2025-05-01', revision: 0 },
  { periodKey: '2025-03', periodStart: '2025-03-01', periodEnd: '2025-04-01', revision: 2 },
];
const draft = (change: Partial<RecordDraft>): RecordDraft => ({ periodKey: '2025-04', eventDate: '', value: '', numerator: '', denominator: '', comment: '', ...change });
const monthly = { kind: 'month', ratio: false, openPeriods: open } as const;

describe('the value entry form', () => {
  it('sends nothing for a value that is not a number, and says how to write one in the reader’s locale', () => {
    const checked = checkDraft(draft({ value: '12.5.1 abc' }), monthly, ru);
    expect(checked.ok).toBe(false);
    const example = formatKpiNumber(12.5, 'ru-RU');
    expect(!checked.ok && checked.problems.value).toBe(`«12.5.1 abc» — не число. Запишите его так: ${example}.`);
    const english = checkDraft(draft({ value: 'twelve' }), monthly, en);
    expect(!english.ok && english.problems.value).toBe(`“twelve” is not a number. Write it like ${formatKpiNumber(12.5, 'en-GB')}.`);
  });

  it('asks for a value left empty, and for the parts of a ratio only when they are not numbers', () => {
    const empty = checkDraft(draft({}), monthly, en);
    expect(!empty.ok && empty.problems).toEqual({ value: 'Enter a value.' });
    const ratio = checkDraft(draft({ value: '17', numerator: 'x' }), { ...monthly, ratio: true }, en);
    expect(!ratio.ok && Object.keys(ratio.problems)).toEqual(['numerator']);
  });

  it('reads the value the reader’s way and corrects a period that has one, at the revision offered', () => {
    const fresh = checkDraft(draft({ value: '17,2', comment: '  ok  ' }), monthly, ru);
    expect(fresh).toEqual({ ok: true, entry: { period: { key: '2025-04' }, value: 17.2, comment: 'ok', expectedRevision: 0 } });
    const correction = checkDraft(draft({ periodKey: '2025-03', value: '18' }), monthly, ru);
    expect(correction.ok && correction.entry.expectedRevision).toBe(2);
    const ratio = checkDraft(draft({ value: '17.2', numerator: '43', denominator: '250' }), { ...monthly, ratio: true }, en);
    expect(ratio.ok && [ratio.entry.numerator, ratio.entry.denominator]).toEqual([43, 250]);
  });

  it('names the date of a per-event value, and asks for it when missing', () => {
    const event = { kind: 'event', ratio: false, openPeriods: [] } as const;
    expect(checkDraft(draft({ periodKey: '', eventDate: '2025-03-15', value: '22' }), event, en)).toEqual({
      ok: true,
      entry: { period: { eventDate: '2025-03-15' }, value: 22, comment: '', expectedRevision: 0 },
    });
    const missing = checkDraft(draft({ periodKey: '', value: '22' }), event, en);
    expect(!missing.ok && missing.problems.eventDate).toBe('Choose the date of the event.');
  });

  it('labels a period that has a value as a correction and starts on the period due', () => {
    expect(periodOptionLabel(open[1]!, en)).toBe('March 2025 — correct the value');
    expect(periodOptionLabel(open[0]!, ru)).toBe('апрель 2025');
    expect(defaultPeriod(open, { periodKey: '2025-03', dueOn: '2025-04-01', overdueOn: '2025-04-15', state: 'due' })).toBe('2025-03');
    expect(defaultPeriod(open, null)).toBe('2025-04');
    expect(defaultPeriod([], null)).toBe('');
  });

  it('keeps the comment limit of the contract', () => {
    expect(MAX_COMMENT_LENGTH).toBe(2000);
  });
});

describe('the KPI settings draft', () => {
  const view: KpiSettingsView = {
    cardId: 'c1', version: 3, timeZone: null, siteTimeZone: 'Europe/Moscow', graceDays: 10,
    kpis: [{ kpiId: 'k1', name: 'A', rules: null }, { kpiId: 'k2', name: 'B', rules: [{ when: 'off-target', periods: 2, level: 'correction' }] }],
    defaultRules: [{ when: 'off-target', periods: 1, level: 'correction' }],
    feed: { configured: false, rotatedAt: null, url: null },
    canEdit: true,
  };

  it('makes the user’s changes again on a newer version, leaving what they did not touch as the newer one has it', () => {
    const edited: KpiSettingsDraft = { ...draftOf(view), graceDays: '14', rules: { ...draftOf(view).rules, k1: [{ when: 'on-target', periods: 6, level: 'improvement' }] } };
    expect(isChanged(view, draftOf(view))).toBe(false);
    expect(isChanged(view, edited)).toBe(true);
    const newer: KpiSettingsView = { ...view, version: 4, timeZone: 'Asia/Almaty', kpis: [...view.kpis.slice(0, 1), { kpiId: 'k2', name: 'B', rules: null }] };
    const again = rebased(newer, changesOf(view, edited));
    expect(again).toEqual({ timeZone: 'Asia/Almaty', graceDays: '14', rules: { k1: [{ when: 'on-target', periods: 6, level: 'improvement' }], k2: null } });
  });

  it('takes grace days as a whole number within the contract’s limit', () => {
    expect(MAX_GRACE_DAYS).toBe(CONTRACT_MAX_GRACE_DAYS);
    expect(['0', ' 14 ', '90', '91', '1.5', '', '-1'].map(graceDaysOf)).toEqual([0, 14, 90, null, null, null, null]);
  });
});

describe('the history chart’s scale', () => {
  it('covers the values with round ticks', () => {
    expect(niceTicks(23_800, 32_500)).toEqual([20_000, 25_000, 30_000, 35_000]);
    expect(niceTicks(94, 102)).toEqual([94, 96, 98, 100, 102]);
    expect(niceTicks(5, 5).length).toBeGreaterThan(1);
  });

  it('thins the period labels so they never overlap, always keeping the newest', () => {
    expect(labelEvery(12, 600, 80)).toBe(2);
    expect(labelEvery(4, 600, 80)).toBe(1);
    const shown = Array.from({ length: 12 }, (_, index) => showsLabel(index, 12, 3));
    expect(shown.lastIndexOf(true)).toBe(11);
    expect(shown.filter(Boolean)).toHaveLength(4);
  });
});
