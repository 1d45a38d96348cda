import { formatKpiNumber } from '../../src/core/kpi/kpi-number';
import { wordError, type ErrorScope } from '../../static/shared/error-wording';
import { createTranslate } from '../../static/shared/i18n/translate';
import type { KpiWords } from '../../static/macro/src/kpi/kpi-words';
import { addDays, daysBetween, plural } from '../../static/macro/src/kpi/kpi-words';
import { periodLabel } from '../../static/macro/src/kpi/period-label';
import { dueText, escalationText } from '../../static/macro/src/kpi/kpi-wording';
import { sparklineText } from '../../static/macro/src/kpi/sparkline-text';
import { nearValues } from '../../static/macro/src/kpi/target-fit';

const ru: KpiWords = { t: createTranslate('ru'), language: 'ru', locale: 'ru-RU' };
const en: KpiWords = { t: createTranslate('en'), language: 'en', locale: 'en-GB' };

describe('period labels in the reader’s language', () => {
  it('names months, quarters, half-years, weeks and years', () => {
    expect(periodLabel('2025-03', ru)).toBe('март 2025');
    expect(periodLabel('2025-03', en)).toBe('March 2025');
    expect(periodLabel('2025-Q1', ru)).toBe('I кв. 2025');
    expect(periodLabel('2025-Q4', ru)).toBe('IV кв. 2025');
    expect(periodLabel('2025-Q1', en)).toBe('Q1 2025');
    expect(periodLabel('2025-H2', ru)).toBe('II полугодие 2025');
    expect(periodLabel('2025-H1', en)).toBe('H1 2025');
    expect(periodLabel('2025-W11', en)).toBe('Week 11, 2025');
    expect(periodLabel('2025-W11', ru)).toBe('11-я неделя 2025');
    expect(periodLabel('2025', ru)).toBe('2025');
  });

  it('writes a day and a per-event key as the date, in the locale’s digits', () => {
    expect(periodLabel('2025-03-15', ru)).toBe('15.03.2025');
    expect(periodLabel('E2025-03-15.a1b2', ru)).toBe('15.03.2025');
    expect(periodLabel('E2025-03-15.a1b2', en)).toBe('15/03/2025');
  });

  it('keeps month names English for an English interface whatever the locale, and shows an unknown key as it is', () => {
    expect(periodLabel('2025-03', { ...en, locale: 'de-DE' })).toBe('March 2025');
    expect(periodLabel('2025-03', { ...en, locale: 'en-US' })).toBe('March 2025');
    expect(periodLabel('next spring', en)).toBe('next spring');
  });
});

describe('counts with their Russian plural forms', () => {
  it('says 1 день, 2 дня, 5 дней, 11 дней, 21 день', () => {
    expect([1, 2, 5, 11, 21, 104].map((count) => plural(ru, 'kpi.days', count))).toEqual(['1 день', '2 дня', '5 дней', '11 дней', '21 день', '104 дня']);
    expect([1, 3].map((count) => plural(en, 'kpi.periods', count))).toEqual(['1 period', '3 periods']);
    expect(plural(ru, 'kpi.values', 12)).toBe('12 значений');
  });

  it('counts days between calendar dates', () => {
    expect(daysBetween('2025-04-12', '2025-04-14')).toBe(2);
    expect(daysBetween('2025-03-30', '2025-03-31')).toBe(1);
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });
});

describe('the due line', () => {
  const due = { periodKey: '2025-03', dueOn: '2025-04-01', overdueOn: '2025-04-11' };

  it('counts the days left to the last day before the value is overdue', () => {
    expect(dueText({ ...due, state: 'due' }, '2025-04-07', en)).toBe('Value for March 2025 due in 3 days (10/04/2025)');
    expect(dueText({ ...due, state: 'due' }, '2025-04-07', ru)).toBe('Значение за март 2025 нужно внести через 3 дня (10.04.2025)');
    expect(dueText({ ...due, state: 'due' }, '2025-04-10', en)).toBe('Value for March 2025 due today (10/04/2025)');
  });

  it('says when an upcoming value is expected and since when one is overdue', () => {
    expect(dueText({ ...due, state: 'upcoming' }, '2025-03-20', en)).toBe('Value for March 2025 expected on 01/04/2025');
    expect(dueText({ ...due, state: 'overdue' }, '2025-04-20', en)).toBe('Value for March 2025 overdue since 11/04/2025');
    expect(dueText({ ...due, periodKey: '2025-Q1', state: 'overdue' }, '2025-04-20', ru)).toBe('Значение за I кв. 2025 просрочено с 11.04.2025');
  });
});

describe('the escalation proposal', () => {
  const rule = { when: 'off-target', periods: 3, level: 'corrective-action' } as const;

  it('names the level, the rule and the run of periods behind it', () => {
    const proposal = { level: 'corrective-action', reason: { rule, streak: 3, fromPeriod: '2025-01', toPeriod: '2025-03' } } as const;
    expect(escalationText(proposal, en)).toBe('Proposed: corrective action — off target 3 periods in a row (January 2025 – March 2025)');
    expect(escalationText(proposal, ru)).toBe('Предлагается: корректирующее действие — цель не достигнута 3 периода подряд (январь 2025 – март 2025)');
  });

  it('proposes nothing at level none, and a level without its reason when none is given', () => {
    expect(escalationText({ level: 'none', reason: null }, en)).toBeNull();
    expect(escalationText({ level: 'correction', reason: null }, en)).toBe('Proposed: correction');
  });
});

describe('the sparkline in words', () => {
  it('lists the values in the reader’s way and says where they go', () => {
    const list = (locale: string) => [12, 14, 13.5, 18].map((value) => formatKpiNumber(value, locale, '%')).join(', ');
    expect(sparklineText([12, 14, 13.5, 18], '%', 'improving', en)).toBe(`Last 4 values: ${list('en-GB')}; improving`);
    expect(sparklineText([12, 14, 13.5, 18], '%', 'improving', ru)).toBe(`Последние 4 значения: ${list('ru-RU')}; улучшается`);
    expect(list('ru-RU')).toContain('13,5');
    expect(sparklineText([5], '', 'unknown', en)).toBe('One value so far: 5');
    expect(sparklineText([], '%', 'unknown', ru)).toBe('Значений пока нет');
  });

  it('says the trend the rules read, in either language', () => {
    expect(sparklineText([9, 7, 8, 3], '', 'worsening', en)).toMatch(/; worsening$/);
    expect(sparklineText([7, 7, 7], '', 'flat', ru)).toMatch(/; держится на уровне$/);
    expect(sparklineText([7, 7], '', 'unknown', en)).toMatch(/; too few values for a trend$/);
  });

  it('leaves out a target the values could not share a picture with', () => {
    expect(nearValues({ comparator: '>=', value: 15, unit: '%' }, [12, 14, 18])).toBe(true);
    expect(nearValues({ comparator: '>=', value: 3, unit: '' }, [24_000, 31_000])).toBe(false);
    expect(nearValues({ comparator: 'range', value: 95, max: 102, unit: '%' }, [94, 101])).toBe(true);
  });
});

describe('the KPI errors in the reader’s language', () => {
  const word = (error: Parameters<typeof wordError>[0], scope?: ErrorScope) => wordError(error, createTranslate('en'), 'en-GB', scope);

  it('tells someone else’s change from a period that already has a value', () => {
    expect(word({ code: 'CONFLICT', reason: 'measurement-changed' })).toContain('here is theirs');
    expect(word({ code: 'CONFLICT', reason: 'period-has-value' })).toContain('correct the value');
    expect(wordError({ code: 'VALIDATION', reason: 'period-not-started' }, createTranslate('ru'), 'ru-RU')).toContain('ещё не начался');
  });

  it('promises no kept text when only a history failed to load, and the settings panel keeps the changes', () => {
    expect(word({ code: 'INTERNAL', reason: 'unexpected' }, 'kpiLoad')).toBe('Something went wrong in the app. Try again in a moment.');
    expect(word({ code: 'CONFLICT', reason: 'version' }, 'kpiSettings')).toContain('this card’s settings');
    expect(word({ code: 'FORBIDDEN', reason: 'view' }, 'kpiLoad')).toBe(word({ code: 'FORBIDDEN', reason: 'view' }));
  });
});
