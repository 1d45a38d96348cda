import type { CardView } from '@src/contracts/resolver-contracts';
import { useI18n } from '@shared/i18n/i18n-context';
import { BlankCardForm } from './blank-card-form';
import { ImportForm } from './import-form';
import type { ImportOutcome } from './import-notes';
import './empty-state.css';

/** A macro with no card yet: bring an existing card in by pasting its text, or start blank. */
export function EmptyState({ onCardReady }: { onCardReady: (view: CardView, imported: ImportOutcome | null) => void }) {
  const { t } = useI18n();
  return (
    <section className="pc-empty" aria-labelledby="pc-empty-title">
      <h1 id="pc-empty-title" className="pc-empty__title">
        {t('emptyTitle')}
      </h1>
      <p className="pc-empty__intro">{t('emptyIntro')}</p>
      <div className="pc-empty__options">
        <ImportForm onImported={(view, outcome) => onCardReady(view, outcome)} />
        <BlankCardForm onCreated={(view) => onCardReady(view, null)} />
      </div>
    </section>
  );
}
