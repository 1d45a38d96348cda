import type { ResolverResult } from '@src/contracts/resolver-contracts';
import { wordError, type ErrorScope } from './error-wording';
import { useI18n } from './i18n/i18n-context';

export type ResolverError = Extract<ResolverResult<unknown>, { ok: false }>['error'];

/**
 * An error in the reader's language: what happened and what to do, from its code and reason.
 * Only a VALIDATION error adds the server's field details, each under the field's own label.
 */
export function ErrorNotice({
  error,
  title,
  onRetry,
  fieldLabels = {},
  scope,
}: {
  error: ResolverError;
  title?: string;
  onRetry?: () => void;
  /** The form's labels by payload field, so a detail names the field as the reader sees it. */
  fieldLabels?: Record<string, string>;
  /** Words the error for what this screen changes (see wordError). */
  scope?: ErrorScope;
}) {
  const { t, locale } = useI18n();
  const details = error.code === 'VALIDATION' ? (error.details ?? []) : [];
  return (
    <div className="pc-notice pc-notice--error" role="alert">
      {title !== undefined && <p className="pc-notice__title">{title}</p>}
      <p>{wordError(error, t, locale, scope)}</p>
      {details.length > 0 && (
        <ul className="pc-notice__detail">
          {details.map((detail, index) => (
            <li key={index}>
              {detail.path !== '' && <strong>{fieldLabels[detail.path] ?? detail.path}: </strong>}
              {detail.message}
            </li>
          ))}
        </ul>
      )}
      {onRetry !== undefined && (
        <button type="button" className="pc-button" onClick={onRetry}>
          {t('tryAgain')}
        </button>
      )}
    </div>
  );
}
