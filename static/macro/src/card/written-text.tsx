import { createContext, useContext } from 'react';
import { useI18n } from '@shared/i18n/i18n-context';

/** The card's own language, so screen readers pronounce its text right whatever the UI language. */
export const CardLanguageContext = createContext<'ru' | 'en'>('en');

export function useCardLanguage(): 'ru' | 'en' {
  return useContext(CardLanguageContext);
}

/** Text exactly as the author wrote it: line breaks kept, nothing reformatted. */
export function WrittenText({ text, className }: { text: string; className?: string }) {
  const lang = useCardLanguage();
  return (
    <p className={`pc-written${className === undefined ? '' : ` ${className}`}`} lang={lang}>
      {text}
    </p>
  );
}

/** Said wherever the card has nothing, so an auditor sees the gap instead of missing it. */
export function NotFilled({ inline = false }: { inline?: boolean }) {
  const { t } = useI18n();
  return inline ? (
    <span className="pc-not-filled pc-not-filled--inline">{t('notFilled')}</span>
  ) : (
    <p className="pc-not-filled">{t('notFilled')}</p>
  );
}

/** A field's text, or "not filled in" when it is empty. */
export function TextOrNotFilled({ text }: { text: string }) {
  return text.trim() === '' ? <NotFilled /> : <WrittenText text={text} />;
}
