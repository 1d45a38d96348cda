import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import { createTranslate } from './translate';
import type { Translate, UiLanguage } from './translate';

export interface I18n {
  language: UiLanguage;
  /** The full locale (e.g. ru-RU, en-GB), for dates and numbers. */
  locale: string;
  t: Translate;
}

const I18nContext = createContext<I18n>({ language: 'en', locale: 'en-GB', t: createTranslate('en') });

export function I18nProvider({ locale, language, children }: { locale: string; language: UiLanguage; children: ReactNode }) {
  const value = useMemo(() => ({ language, locale, t: createTranslate(language) }), [language, locale]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
