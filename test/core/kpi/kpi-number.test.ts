import fc from 'fast-check';
import { formatKpiNumber, parseKpiNumber } from '../../../src/core/kpi/kpi-number';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

const value = (text: string, locale: string): number | string => {
  const parsed = parseKpiNumber(text, locale);
  return parsed.ok ? parsed.value : parsed.reason;
};

describe('parseKpiNumber', () => {
  it.each([
    ['95,5', 95.5],
    ['95.5', 95.5],
    ['1 234,5', 1234.5],
    [`1${NBSP}234,5`, 1234.5],
    [`1${NNBSP}234${NNBSP}567`, 1234567],
    ['1.234,5', 1234.5],
    ['1,5', 1.5],
    ['1,234', 1.234],
    ['1.5', 1.5],
    ['1,234.5', 1234.5],
    ['−3', -3],
    ['-3', -3],
    ['+2', 2],
    ['0', 0],
    ['-0', 0],
    [',5', 0.5],
    ['  42  ', 42],
    ['007', 7],
  ])('ru: "%s" → %s', (text, expected) => {
    expect(value(text, 'ru')).toBe(expected);
  });

  it.each([
    ['95.5', 95.5],
    ['95,5', 95.5],
    ['1,234', 1234],
    ['1,5', 1.5],
    ['1,2345', 1.2345],
    ['0,125', 0.125],
    ['1,234.5', 1234.5],
    ['1,234,567', 1234567],
    ['1 234,5', 1234.5],
    ['1.234,5', 1234.5],
    ['1.234', 1.234],
    ['−3.25', -3.25],
    ['12,34,567.5', 1234567.5],
  ])('en: "%s" → %s', (text, expected) => {
    expect(value(text, 'en')).toBe(expected);
  });

  it('reads the percent sign, with or without a space', () => {
    expect(parseKpiNumber('95,5 %', 'ru')).toEqual({ ok: true, value: 95.5, percent: true });
    expect(parseKpiNumber(`95,5${NBSP}%`, 'ru')).toEqual({ ok: true, value: 95.5, percent: true });
    expect(parseKpiNumber('95.5%', 'en')).toEqual({ ok: true, value: 95.5, percent: true });
    expect(parseKpiNumber('-2%', 'en')).toEqual({ ok: true, value: -2, percent: true });
    expect(parseKpiNumber('95.5', 'en')).toEqual({ ok: true, value: 95.5, percent: false });
    expect(parseKpiNumber('%50', 'tr')).toEqual({ ok: true, value: 50, percent: true });
  });

  it('uses the separators of locales it was never told about', () => {
    expect(value('1.234.567,5', 'de')).toBe(1234567.5);
    expect(value('1.234', 'de')).toBe(1234);
    expect(value("1'234'567.5", 'de-CH')).toBe(1234567.5);
    expect(value('1 234,5', 'fr')).toBe(1234.5);
  });

  it('accepts Confluence-style locale tags and falls back to English for unreadable ones', () => {
    expect(value('1,234', 'en_US')).toBe(1234);
    expect(value('1,234', 'ru_RU')).toBe(1.234);
    expect(value('1,234', 'not a locale!')).toBe(1234);
  });

  it.each(['', '   ', `${NBSP}`])('calls "%s" empty', (text) => {
    expect(parseKpiNumber(text, 'ru')).toEqual({ ok: false, reason: 'empty' });
  });

  it.each(['abc', '12abc', '1..2', '1,,2', 'Infinity', 'NaN', '-', '%', '1e5', '5.', '1.2.3,4,5', '12 5', '1 2345', '- 3', '0x10', '1,2.3', '95 % %', '1.234,5,6'])(
    'refuses "%s"',
    (text) => {
      expect(parseKpiNumber(text, 'ru')).toEqual({ ok: false, reason: 'not-a-number' });
      expect(parseKpiNumber(text, 'en')).toEqual({ ok: false, reason: 'not-a-number' });
    },
  );

  it('refuses a number too large to be finite', () => {
    expect(value('9'.repeat(400), 'en')).toBe('not-a-number');
  });
});

describe('formatKpiNumber', () => {
  it.each([
    [95.5, '%', `95,5${NBSP}%`, '95.5%'],
    [100, '%', `100${NBSP}%`, '100%'],
    [1.005, '%', `1,01${NBSP}%`, '1.01%'],
    [1234.567, undefined, `1${NBSP}234,57`, '1,234.57'],
    [1234.5, '', `1${NBSP}234,5`, '1,234.5'],
    [-3, undefined, '-3', '-3'],
    [0, undefined, '0', '0'],
    [-0, undefined, '0', '0'],
    [0.5, undefined, '0,5', '0.5'],
    [0.0042, undefined, '0,0042', '0.0042'],
    [0.123456, undefined, '0,1235', '0.1235'],
    [0.0042, '%', `0,0042${NBSP}%`, '0.0042%'],
    [12, 'дней', `12${NBSP}дней`, `12${NBSP}дней`],
    [3.14159, ' руб. ', `3,14${NBSP}руб.`, `3.14${NBSP}руб.`],
    [1e6, undefined, `1${NBSP}000${NBSP}000`, '1,000,000'],
  ])('%s %s → ru "%s", en "%s"', (input, unit, ru, en) => {
    expect(formatKpiNumber(input, 'ru', unit)).toBe(ru);
    expect(formatKpiNumber(input, 'en', unit)).toBe(en);
  });

  const close = (parsed: number, original: number): boolean =>
    Math.abs(original) >= 1 ? Math.abs(parsed - original) <= 0.005 + 1e-9 : Math.abs(parsed - original) <= Math.abs(original) * 5e-4 + 1e-12;

  it.each(['ru', 'en'])('reads back what it writes in %s (property)', (locale) => {
    const anyValue = fc.double({ min: -1e12, max: 1e12, noNaN: true });
    fc.assert(
      fc.property(anyValue, fc.constantFrom(undefined, '%', 'дней'), (original, unit) => {
        const written = formatKpiNumber(original, locale, unit);
        const text = unit === 'дней' ? written.replace(`${NBSP}дней`, '') : written;
        const parsed = parseKpiNumber(text, locale);
        return parsed.ok && parsed.percent === (unit === '%') && close(parsed.value, original);
      }),
      { numRuns: 300 },
    );
    // Intl formatting is slow on a loaded CI machine; the property's runs are not a timing test.
  }, 30_000);
});
