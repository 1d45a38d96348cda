import type { ResolverResult } from '@src/contracts/resolver-contracts';
import { useI18n } from './i18n/i18n-context';

export type ResolverError = Extract<ResolverResult<unknown>, { ok: false }>['error'];

/**
 * An error in the reader's language (what happened, what to do), followed by the
 * app's own message and field details, which carry the specifics.
 */
export function ErrorNotice({ error, title, onRetry }: { error: ResolverError; title?: string; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="pc-notice pc-notice--error" role="alert">
      {title !== undefined && <p className="pc-notice__title">{title}</p>}
      <p>{t(`error.${error.code}`)}</p>
      {error.message !== '' && <p className="pc-notice__detail">{t('errorDetails', { message: error.message })}</p>}
      {error.details !== undefined && error.details.length > 0 && (
        <ul className="pc-notice__detail">
          {error.details.map((detail, index) => (
            <li key={index}>
              {detail.path !== '' && <code>{detail.path}</code>} {detail.message}
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
