import { createContext, useContext, useEffect, useMemo } from 'react';
import type { ReactNode } from 'react';
import { createTranslate, uiLanguageOf } from './translate';
import type { Translate, UiLanguage } from './translate';

export interface I18n {
  language: UiLanguage;
  /** The full locale (e.g. ru-RU, en-GB), for dates and numbers. */
  locale: string;
  t: Translate;
}

const I18nContext = createContext<I18n>({ language: 'en', locale: 'en-GB', t: createTranslate('en') });

/**
 * The interface language follows the reader's locale (Russian for ru-*, English otherwise);
 * the page's own `lang` follows it too, so screen readers pronounce the interface right.
 */
export function I18nProvider({ locale, children }: { locale: string; children: ReactNode }) {
  const language = uiLanguageOf(locale);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo(() => ({ language, locale, t: createTranslate(language) }), [language, locale]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
