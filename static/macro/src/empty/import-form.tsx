import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { CardView } from '@src/contracts/resolver-contracts';
import { invokeResolver } from '@shared/bridge';
import { ErrorNotice } from '@shared/error-notice';
import type { ResolverError } from '@shared/error-notice';
import { useI18n } from '@shared/i18n/i18n-context';
import { useRequestId } from '@shared/request-id';
import type { ImportOutcome } from './import-notes';

/**
 * Journey 1: paste the text of an existing card and import it. What the user typed stays
 * in the form on any error, so nothing has to be pasted twice.
 */
export function ImportForm({ onImported }: { onImported: (view: CardView, outcome: ImportOutcome) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const [language, setLanguage] = useState<'' | 'ru' | 'en'>('');
  const [pending, setPending] = useState(false);
  const [missingText, setMissingText] = useState(false);
  const [error, setError] = useState<ResolverError | null>(null);
  const importIdFor = useRequestId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    if (text.trim() === '') {
      setMissingText(true);
      return;
    }
    setPending(true);
    setError(null);
    const importId = importIdFor(`${language}\n${text}`);
    const result = await invokeResolver('card/import', language === '' ? { text, importId } : { text, language, importId });
    setPending(false);
    if (result.ok) onImported(result.data.view, { warnings: result.data.warnings, cardCount: result.data.cardIds.length });
    else setError(result.error);
  };

  return (
    <form className="pc-panel" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="pc-panel__heading">
        {t('importHeading')}
      </h2>
      {error !== null && <ErrorNotice error={error} />}
      <div className="pc-field">
        <label className="pc-field__label" htmlFor={`${id}-text`}>
          {t('importTextLabel')}
        </label>
        <textarea
          id={`${id}-text`}
          className="pc-textarea"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            if (event.target.value.trim() !== '') setMissingText(false);
          }}
          aria-describedby={`${id}-hint${missingText ? ` ${id}-missing` : ''}`}
          aria-invalid={missingText}
          spellCheck={false}
        />
        <p id={`${id}-hint`} className="pc-field__hint">
          {t('importTextHint')}
        </p>
        {missingText && (
          <p id={`${id}-missing`} className="pc-field__error" role="alert">
            {t('textRequired')}
          </p>
        )}
      </div>
      <div className="pc-field">
        <label className="pc-field__label" htmlFor={`${id}-language`}>
          {t('importLanguageLabel')}
        </label>
        <select
          id={`${id}-language`}
          className="pc-select"
          value={language}
          onChange={(event) => setLanguage(event.target.value as '' | 'ru' | 'en')}
        >
          <option value="">{t('languageAuto')}</option>
          <option value="ru">{t('language.ru')}</option>
          <option value="en">{t('language.en')}</option>
        </select>
      </div>
      <button type="submit" className="pc-button pc-button--primary" disabled={pending} aria-busy={pending}>
        {pending ? t('importing') : t('importButton')}
      </button>
    </form>
  );
}
