import type { ParsedBound } from '../../../src/core/card/process-card';
import { meetsBound, readTarget } from '../../../src/core/kpi/kpi-target';
import { readTargetText } from '../../../src/core/kpi/target-text';
import { kpiFrom, kpiWith } from './kpi-builders';

const bound = (comparator: ParsedBound['comparator'], value: number, unit = '', max?: number): ParsedBound =>
  max === undefined ? { comparator, value, unit } : { comparator, value, max, unit };

describe('readTarget from the text alone (no stored reading)', () => {
  it.each([
    ['≥ 95 %', bound('>=', 95, '%'), 'higher', false],
    ['>= 95%', bound('>=', 95, '%'), 'higher', false],
    ['≤ 2 %', bound('<=', 2, '%'), 'lower', false],
    ['95–102 %', bound('range', 95, '%', 102), null, false],
    ['95-102%', bound('range', 95, '%', 102), null, false],
    ['от 95 до 102 %', bound('range', 95, '%', 102), null, false],
    ['between 5 and 10 days', bound('range', 5, 'days', 10), null, false],
    ['> 0', bound('>', 0), 'higher', false],
    ['LTV:CAC ≥ 3', bound('>=', 3), 'higher', false],
    ['не менее 95%', bound('>=', 95, '%'), 'higher', false],
    ['Не более 2 %', bound('<=', 2, '%'), 'lower', false],
    ['at least 15 %', bound('>=', 15, '%'), 'higher', false],
    ['at most 3 days', bound('<=', 3, 'days'), 'lower', false],
    ['доля брака не более 0,5 %', bound('<=', 0.5, '%'), 'lower', false],
    ['≥ 10 %/year', bound('>=', 10, '%'), 'higher', true],
    ['≥ 10 % в год', bound('>=', 10, '%'), 'higher', true],
    ['≥ 10 %/год', bound('>=', 10, '%'), 'higher', true],
    ['annual growth ≥ 10 %', bound('>=', 10, '%'), 'higher', true],
    ['95 % и более', bound('>=', 95, '%'), 'higher', false],
    ['5 days or less', bound('<=', 5, 'days'), 'lower', false],
    ['= 100 %', bound('=', 100, '%'), null, false],
    ['≥ −5', bound('>=', -5), 'higher', false],
    ['до 5 рабочих дней', bound('<=', 5, 'рабочих дней'), 'lower', false],
    ['≥ 1 000 руб.', bound('>=', 1000, 'руб.'), 'higher', false],
  ])('"%s"', (target, expected, direction, perYear) => {
    expect(readTarget(kpiWith({ target }))).toEqual({ bound: expected, warning: null, early: null, direction, perYear });
  });

  it.each(['', 'см. п. 6.7', 'снижение на 5 %', 'рост', 'TBD', '95 % 102 %', '≥', '≥ 95 % ≤ 102 %', '±2 %', '95 % – 102 руб.'])(
    'cannot read "%s"',
    (target) => {
      expect(readTarget(kpiWith({ target }))).toBeNull();
    },
  );

  it('reads "10% per year" as a bare per-year value, on the side the card says is better', () => {
    expect(readTarget(kpiWith({ target: '10% per year', direction: 'higher' }))).toEqual({
      bound: bound('>=', 10, '%'),
      warning: null,
      early: null,
      direction: 'higher',
      perYear: true,
    });
    expect(readTarget(kpiWith({ target: '10% per year' }))?.bound).toEqual(bound('=', 10, '%'));
  });

  it('takes the unit from the KPI when the target has none, and "per year" from it too', () => {
    expect(readTarget(kpiWith({ target: '≥ 95', unit: '%' }))?.bound).toEqual(bound('>=', 95, '%'));
    expect(readTarget(kpiWith({ target: '≥ 10', unit: '% в год' }))).toMatchObject({ bound: bound('>=', 10, '%'), perYear: true });
  });
});

describe('readTarget with the importer’s reading', () => {
  it('uses the stored bound, reads "per year" from the text and drops it from the unit', () => {
    const kpi = kpiFrom({ target: '≥ 10 %/year', frequency: 'quarterly' });
    expect(kpi.targetParsed).toEqual(bound('>=', 10, '%/year'));
    expect(readTarget(kpi)).toEqual({ bound: bound('>=', 10, '%'), warning: null, early: null, direction: 'higher', perYear: true });
  });

  it('trusts a stored bound whose text it would not read itself', () => {
    const kpi = kpiWith({ target: 'see the plan', targetParsed: bound('>=', 80, '%') });
    expect(readTarget(kpi)?.bound).toEqual(bound('>=', 80, '%'));
  });

  it('reads the seed card targets', () => {
    expect(readTarget(kpiFrom({ target: 'LTV:CAC ≥ 3' }))?.bound).toEqual(bound('>=', 3));
    expect(readTarget(kpiFrom({ target: '95–102 %' }))?.bound).toEqual(bound('range', 95, '%', 102));
    expect(readTarget(kpiFrom({ target: '> 0' }))?.bound).toEqual(bound('>', 0));
  });

  it('a written comparator outranks the direction column', () => {
    expect(readTarget(kpiWith({ target: '≥ 95 %', direction: 'lower' }))?.direction).toBe('higher');
    expect(readTarget(kpiWith({ target: '95–102 %', direction: 'lower' }))?.direction).toBe('lower');
  });

  it('refuses a stored range without its upper end, and puts reversed ends in order', () => {
    expect(readTarget(kpiWith({ target: 'x', targetParsed: { comparator: 'range', value: 95, unit: '%' } }))).toBeNull();
    expect(readTarget(kpiWith({ target: '102–95 %' }))?.bound).toEqual(bound('range', 95, '%', 102));
  });
});

describe('the warning threshold', () => {
  it('a bare number lies on the target’s side', () => {
    expect(readTarget(kpiFrom({ target: '≥ 95 %', warningThreshold: '90 %' }))?.warning).toEqual(bound('>=', 90, '%'));
    expect(readTarget(kpiFrom({ target: '≤ 2 %', warningThreshold: '3 %' }))?.warning).toEqual(bound('<=', 3, '%'));
    expect(readTarget(kpiWith({ target: '> 0', warningThreshold: '-5' }))?.warning).toEqual(bound('>=', -5));
  });

  it('outside the target, is read by its number on the target’s side, whichever way it is written (as real cards write it)', () => {
    expect(readTarget(kpiFrom({ target: '≥ 95 %', warningThreshold: '> 90 %' }))?.warning).toEqual(bound('>=', 90, '%'));
    expect(readTarget(kpiFrom({ target: '≥ 15 %', warningThreshold: '< 12 %' }))?.warning).toEqual(bound('>=', 12, '%'));
    expect(readTarget(kpiFrom({ target: '≥ 95 %', warningThreshold: '< 90 %' }))?.warning).toEqual(bound('>=', 90, '%'));
    expect(readTarget(kpiWith({ target: '95–102 %', warningThreshold: '90–105 %' }))?.warning).toEqual(bound('range', 90, '%', 105));
    expect(readTarget(kpiFrom({ target: '95–102 %', warningThreshold: '< 90 %' }))?.warning).toEqual(bound('range', 90, '%', 102));
  });

  it('inside the target and pointing at its limit, is an early warning («≤ 1 %» with «> 0,8 %»)', () => {
    const rule = readTarget(kpiFrom({ target: '≤ 1 %', warningThreshold: '> 0,8 %' }));
    expect(rule).toMatchObject({ warning: null, early: bound('>', 0.8, '%') });
  });

  it('none for a band target given a number inside it, or text it cannot read', () => {
    expect(readTarget(kpiFrom({ target: '95–102 %', warningThreshold: '97 %' }))?.warning).toBeNull();
    expect(readTarget(kpiWith({ target: '≥ 95 %', warningThreshold: 'ask the owner' }))?.warning).toBeNull();
    expect(readTarget(kpiWith({ target: '= 100', warningThreshold: '95' }))?.warning).toBeNull();
  });
});

describe('readTargetText', () => {
  it('keeps the unit’s case', () => {
    expect(readTargetText('≥ 10 USD')).toEqual({ bound: bound('>=', 10, 'USD'), bare: false });
    expect(readTargetText('95 %')).toEqual({ bound: bound('=', 95, '%'), bare: true });
  });
});

describe('meetsBound', () => {
  it.each([
    [bound('>=', 95), 95, true],
    [bound('>=', 95), 94.99, false],
    [bound('<=', 2), 2, true],
    [bound('<=', 2), 2.01, false],
    [bound('>', 0), 0, false],
    [bound('>', 0), 0.01, true],
    [bound('<', 5), 5, false],
    [bound('<', 5), 4.99, true],
    [bound('=', 100), 100 + 1e-10, true],
    [bound('=', 100), 100.001, false],
    [bound('range', 95, '%', 102), 95, true],
    [bound('range', 95, '%', 102), 102, true],
    [bound('range', 95, '%', 102), 94.9, false],
    [bound('range', 95, '%', 102), 102.1, false],
    [bound('>=', 10), 9.999999999999998, true],
  ])('%j with %s → %s', (b, value, expected) => {
    expect(meetsBound(b, value)).toBe(expected);
  });
});
