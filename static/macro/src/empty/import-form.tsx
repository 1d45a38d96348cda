import { useId, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import type { CardView } from '@src/contracts/resolver-contracts';
import { invokeResolver } from '@shared/bridge';
import { ErrorNotice } from '@shared/error-notice';
import { formatKilobytes, wordError } from '@shared/error-wording';
import type { ResolverError } from '@shared/error-notice';
import { useI18n } from '@shared/i18n/i18n-context';
import { useRequestId } from '@shared/request-id';
import type { ImportOutcome } from './import-notes';
import { measureImportRequest } from './form-limits';

/**
 * Journey 1: paste the text of an existing card and import it. What the user typed stays
 * in the form on any error, so nothing has to be pasted twice.
 */
export function ImportForm({ onImported }: { onImported: (view: CardView, outcome: ImportOutcome) => void }) {
  const { t, locale } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const [language, setLanguage] = useState<'' | 'ru' | 'en'>('');
  const importIdFor = useRequestId();
  // The import id is part of what is sent, so it is part of what is measured.
  const payload = useMemo(() => {
    const importId = importIdFor(`${language}\n${text}`);
    return language === '' ? { text, importId } : { text, language, importId };
  }, [text, language, importIdFor]);
  // Forge refuses an invoke over 500 KB: say so here, before the text travels, in the server's words.
  const size = useMemo(() => measureImportRequest(payload), [payload]);
  const [pending, setPending] = useState(false);
  const [missingText, setMissingText] = useState(false);
  const [error, setError] = useState<ResolverError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    if (text.trim() === '') {
      setMissingText(true);
      return;
    }
    if (size.state === 'over') return;
    setPending(true);
    setError(null);
    const result = await invokeResolver('card/import', payload);
    setPending(false);
    if (result.ok) onImported(result.data.view, { warnings: result.data.warnings, cardCount: result.data.cardIds.length });
    else setError(result.error);
  };

  return (
    <form className="pc-panel" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="pc-panel__heading">
        {t('importHeading')}
      </h2>
      {error !== null && <ErrorNotice error={error} fieldLabels={{ text: t('importTextLabel') }} />}
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
          aria-describedby={[`${id}-hint`, size.state !== 'fine' && `${id}-size`, missingText && `${id}-missing`].filter(Boolean).join(' ')}
          aria-invalid={missingText || size.state === 'over'}
          spellCheck={false}
        />
        <p id={`${id}-hint`} className="pc-field__hint">
          {t('importTextHint')}
        </p>
        {size.state === 'near' && (
          <p id={`${id}-size`} className="pc-field__hint">
            {t('textSize', { bytes: formatKilobytes(size.used, t, locale), limit: formatKilobytes(size.limit, t, locale, 'down') })}
          </p>
        )}
        {size.state === 'over' && (
          <p id={`${id}-size`} className="pc-field__error" role="alert">
            {wordError({ code: 'TOO_LARGE', reason: 'request', params: { bytes: size.used, limit: size.limit } }, t, locale)}
          </p>
        )}
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
      <button type="submit" className="pc-button pc-button--primary" disabled={pending || size.state === 'over'} aria-busy={pending}>
        {pending ? t('importing') : t('importButton')}
      </button>
    </form>
  );
}
