import { en } from '../../static/shared/i18n/messages-en';
import { ru } from '../../static/shared/i18n/messages-ru';
import { createTranslate, uiLanguageOf } from '../../static/shared/i18n/translate';
import { formatIsoDate } from '../../static/shared/format-date';

describe('interface language of the Custom UI', () => {
  it('speaks Russian for every ru-* locale and English for any other', () => {
    expect(uiLanguageOf('ru-RU')).toBe('ru');
    expect(uiLanguageOf('ru_KZ')).toBe('ru');
    expect(uiLanguageOf('ru')).toBe('ru');
    expect(uiLanguageOf('en-GB')).toBe('en');
    expect(uiLanguageOf('de-DE')).toBe('en');
    expect(uiLanguageOf('rum')).toBe('en');
    expect(uiLanguageOf(undefined)).toBe('en');
  });

  it('has a Russian text for every English one, and none left empty or untranslated', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    const same = Object.keys(en).filter((key) => ru[key as keyof typeof en] === en[key as keyof typeof en]);
    expect(same).toEqual([]);
    expect(Object.entries(ru).filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    const mismatched = Object.keys(en).filter(
      (key) => placeholders(en[key as keyof typeof en]).join() !== placeholders(ru[key as keyof typeof en]).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const t = createTranslate('ru');
    expect(t('notFilled')).toBe('Не заполнено');
    expect(t('warningsHeading', { count: 3 })).toBe('Замечания импорта (3)');
    expect(createTranslate('en')('warningsHeading', {})).toBe('Import notes ({count})');
  });

  it('explains every error code a resolver can return', () => {
    const codes = ['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'TOO_LARGE', 'NOT_RECOGNISED', 'INTERNAL'] as const;
    for (const code of codes) expect(createTranslate('ru')(`error.${code}`)).toMatch(/[А-Яа-я]/);
  });
});

describe('dates in the reader’s locale', () => {
  it('writes an ISO date the Russian way and the British way', () => {
    expect(formatIsoDate('2025-03-15', 'ru-RU')).toBe('15.03.2025');
    expect(formatIsoDate('2025-03-15', 'en-GB')).toBe('15/03/2025');
  });

  it('never shifts the day, whatever the time zone', () => {
    expect(formatIsoDate('2025-01-01', 'ru-RU')).toBe('01.01.2025');
    expect(formatIsoDate('2025-12-31', 'ru-RU')).toBe('31.12.2025');
  });

  it('keeps text that is not an ISO date as it is', () => {
    expect(formatIsoDate('«12» марта 2025 г.', 'ru-RU')).toBe('«12» марта 2025 г.');
    expect(formatIsoDate('2025-3-1', 'ru-RU')).toBe('2025-3-1');
  });
});
