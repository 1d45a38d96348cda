import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { closeView, submitMacroConfig } from '@shared/bridge';
import { ErrorNotice } from '@shared/error-notice';
import { useI18n } from '@shared/i18n/i18n-context';
import { LoadingStatus } from '@shared/loading-status';
import { useCardList } from './use-card-list';

/** A labelled radio list of the cards; saving submits `{ config: { cardId } }` to the macro. */
export function CardPicker({ currentCardId }: { currentCardId: string | undefined }) {
  const { t } = useI18n();
  const id = useId();
  const list = useCardList();
  const [chosen, setChosen] = useState<string | undefined>(currentCardId);
  const [mustChoose, setMustChoose] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveFailed, setSaveFailed] = useState<string | null>(null);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (chosen === undefined) {
      setMustChoose(true);
      return;
    }
    setSaving(true);
    setSaveFailed(null);
    try {
      await submitMacroConfig({ cardId: chosen });
    } catch (error) {
      setSaveFailed(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="pc-config__form" onSubmit={(event) => void save(event)} noValidate>
      <h1 className="pc-config__heading">{t('configHeading')}</h1>
      <p className="pc-config__intro">{t('configIntro')}</p>
      {list.error !== null && <ErrorNotice error={list.error} onRetry={list.loadMore} />}
      {saveFailed !== null && (
        <ErrorNotice error={{ code: 'INTERNAL', message: saveFailed }} title={t('configSaveFailed')} />
      )}
      <fieldset className="pc-config__cards" aria-describedby={mustChoose ? `${id}-choose` : undefined}>
        <legend className="pc-field__label">{t('configLegend')}</legend>
        {list.cards.length === 0 && !list.loading && list.error === null && <p className="pc-config__none">{t('configNone')}</p>}
        {list.cards.map((card) => (
          <label key={card.id} className={`pc-config__card${card.id === currentCardId ? ' pc-config__card--current' : ''}`}>
            <input
              type="radio"
              name={`${id}-card`}
              value={card.id}
              checked={chosen === card.id}
              onChange={() => {
                setChosen(card.id);
                setMustChoose(false);
              }}
            />
            <span className="pc-config__card-text">
              <span className="pc-config__card-title">
                {card.title.trim() === '' ? t('untitled') : card.title}
                {card.id === currentCardId && <span className="pc-config__current">{t('configCurrent')}</span>}
              </span>
              <span className="pc-config__card-meta">
                {[
                  // Same-named cards on different pages are told apart by their page.
                  card.page === null ? null : t('configOnPage', { page: card.page.title }),
                  card.ownerRole.trim() === '' ? null : t('configOwner', { role: card.ownerRole }),
                  t(`status.${card.status}`),
                  t('configVersion', { version: card.version }),
                ]
                  .filter((part) => part !== null)
                  .join(' · ')}
              </span>
            </span>
          </label>
        ))}
        {list.loading && (
          <LoadingStatus label={t('configLoading')} />
        )}
        {list.hasMore && !list.loading && (
          <button type="button" className="pc-button pc-button--subtle" onClick={list.loadMore}>
            {t('configLoadMore')}
          </button>
        )}
      </fieldset>
      {mustChoose && (
        <p id={`${id}-choose`} className="pc-field__error" role="alert">
          {t('configChooseFirst')}
        </p>
      )}
      <div className="pc-config__actions">
        <button type="button" className="pc-button pc-button--subtle" onClick={() => void closeView().catch(() => undefined)}>
          {t('configCancel')}
        </button>
        <button type="submit" className="pc-button pc-button--primary" disabled={saving} aria-busy={saving}>
          {saving ? t('configSaving') : t('configSave')}
        </button>
      </div>
    </form>
  );
}
