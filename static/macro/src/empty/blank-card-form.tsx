import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { CardView } from '@src/contracts/resolver-contracts';
import { invokeResolver } from '@shared/bridge';
import { ErrorNotice } from '@shared/error-notice';
import { formatNumber } from '@shared/error-wording';
import type { ResolverError } from '@shared/error-notice';
import { useI18n } from '@shared/i18n/i18n-context';
import { useRequestId } from '@shared/request-id';
import { measureTitle } from './form-limits';

/** Starts a card with every section present and empty, named by the user. */
export function BlankCardForm({ onCreated }: { onCreated: (view: CardView) => void }) {
  const { t, language: uiLanguage, locale } = useI18n();
  const id = useId();
  const [title, setTitle] = useState('');
  const [language, setLanguage] = useState<'ru' | 'en'>(uiLanguage);
  const [pending, setPending] = useState(false);
  const [missingTitle, setMissingTitle] = useState(false);
  const [error, setError] = useState<ResolverError | null>(null);
  const requestIdFor = useRequestId();
  const length = measureTitle(title);
  const lengthParams = { count: formatNumber(length.used, locale), limit: formatNumber(length.limit, locale) };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    if (title.trim() === '') {
      setMissingTitle(true);
      return;
    }
    if (length.state === 'over') return;
    setPending(true);
    setError(null);
    const result = await invokeResolver('card/create-blank', { title, language, requestId: requestIdFor(`${language}\n${title}`) });
    setPending(false);
    if (result.ok) onCreated(result.data);
    else setError(result.error);
  };

  return (
    <form className="pc-panel" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="pc-panel__heading">
        {t('blankHeading')}
      </h2>
      {error !== null && <ErrorNotice error={error} fieldLabels={{ title: t('blankTitleLabel') }} />}
      <div className="pc-field">
        <label className="pc-field__label" htmlFor={`${id}-title`}>
          {t('blankTitleLabel')}
        </label>
        <input
          id={`${id}-title`}
          className="pc-input"
          value={title}
          onChange={(event) => {
            setTitle(event.target.value);
            if (event.target.value.trim() !== '') setMissingTitle(false);
          }}
          aria-invalid={missingTitle || length.state === 'over'}
          aria-describedby={[length.state !== 'fine' && `${id}-length`, missingTitle && `${id}-missing`].filter(Boolean).join(' ') || undefined}
        />
        {length.state === 'near' && (
          <p id={`${id}-length`} className="pc-field__hint">
            {t('titleLength', lengthParams)}
          </p>
        )}
        {length.state === 'over' && (
          <p id={`${id}-length`} className="pc-field__error" role="alert">
            {t('titleTooLong', lengthParams)}
          </p>
        )}
        {missingTitle && (
          <p id={`${id}-missing`} className="pc-field__error" role="alert">
            {t('titleRequired')}
          </p>
        )}
      </div>
      <div className="pc-field">
        <label className="pc-field__label" htmlFor={`${id}-language`}>
          {t('blankLanguageLabel')}
        </label>
        <select
          id={`${id}-language`}
          className="pc-select"
          value={language}
          onChange={(event) => setLanguage(event.target.value as 'ru' | 'en')}
        >
          <option value="ru">{t('language.ru')}</option>
          <option value="en">{t('language.en')}</option>
        </select>
      </div>
      <button type="submit" className="pc-button" disabled={pending || length.state === 'over'} aria-busy={pending}>
        {pending ? t('creating') : t('createButton')}
      </button>
    </form>
  );
}
