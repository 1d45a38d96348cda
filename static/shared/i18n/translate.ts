import { en } from './messages-en';
import type { MessageKey, Messages } from './messages-en';
import { ru } from './messages-ru';

export type UiLanguage = 'ru' | 'en';
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const catalogues: Record<UiLanguage, Messages> = { ru, en };

/** Russian for any ru-* (or ru_*) locale, English for every other. */
export function uiLanguageOf(locale: string | undefined): UiLanguage {
  return /^ru(?:[-_]|$)/i.test(locale ?? '') ? 'ru' : 'en';
}

/** Builds the translator for one language; "{name}" placeholders take values from params. */
export function createTranslate(language: UiLanguage): Translate {
  const messages = catalogues[language];
  return (key, params) => {
    const message = messages[key];
    if (params === undefined) return message;
    return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}
