import { useId } from 'react';
import type { ImportWarning } from '@src/contracts/resolver-contracts';
import { useI18n } from '@shared/i18n/i18n-context';
import './import-notes.css';

export interface ImportOutcome {
  warnings: ImportWarning[];
  /** How many cards the document described; the macro shows the first. */
  cardCount: number;
}

/** What the importer could not place, shown above the freshly imported card until dismissed. */
export function ImportNotes({ outcome, onDismiss }: { outcome: ImportOutcome; onDismiss: () => void }) {
  const { t } = useI18n();
  const id = useId();
  // Warnings about the other cards of a multi-card document do not concern this one.
  const warnings = outcome.warnings.filter((warning) => (warning.cardIndex ?? 0) === 0);
  if (warnings.length === 0 && outcome.cardCount <= 1) return null;
  return (
    <section className="pc-notice pc-notice--warning pc-import-notes pc-no-print" aria-labelledby={`${id}-heading`}>
      <div className="pc-import-notes__top">
        <h2 id={`${id}-heading`} className="pc-notice__title">
          {t('warningsHeading', { count: warnings.length })}
        </h2>
        <button type="button" className="pc-button pc-button--subtle" onClick={onDismiss}>
          {t('dismiss')}
        </button>
      </div>
      {outcome.cardCount > 1 && <p>{t('multipleCards', { count: outcome.cardCount })}</p>}
      {warnings.length > 0 && (
        <>
          <p>{t('warningsIntro')}</p>
          <ul className="pc-import-notes__list">
            {warnings.map((warning, index) => (
              <WarningItem key={index} warning={warning} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function WarningItem({ warning }: { warning: ImportWarning }) {
  const { t } = useI18n();
  return (
    <li>
      <p className="pc-import-notes__what">{t(`warning.${warning.code}`)}</p>
      <dl className="pc-import-notes__where">
        {warning.section !== undefined && (
          <div>
            <dt>{t('warningSection')}</dt>
            <dd>{t(`section.${warning.section}`)}</dd>
          </div>
        )}
        {warning.heading !== undefined && warning.heading !== '' && (
          <div>
            <dt>{t('warningHeading')}</dt>
            <dd>{warning.heading}</dd>
          </div>
        )}
        {warning.text !== undefined && warning.text !== '' && (
          <div>
            <dt>{t('warningText')}</dt>
            <dd>
              <q className="pc-written">{warning.text}</q>
            </dd>
          </div>
        )}
      </dl>
    </li>
  );
}
