import type { ReactNode } from 'react';
import type { ProcessCard } from '@src/core/card/process-card';
import { formatIsoDate } from '@shared/format-date';
import { useI18n } from '@shared/i18n/i18n-context';
import { NotFilled, useCardLanguage } from './written-text';
import { SectionNote } from './card-section';
import './card-header.css';

/** Title, document code, revision, status, the card's actions, and the approval block («Утверждаю»). */
export function CardHeader({ card, actions }: { card: ProcessCard; actions?: ReactNode }) {
  const { t } = useI18n();
  const lang = useCardLanguage();
  const { title, document } = card.content;
  return (
    <header className="pc-header">
      <div className="pc-header__main">
        <p className="pc-header__kind">{t('cardKind')}</p>
        <h1 className="pc-header__title" lang={title.trim() === '' ? undefined : lang}>
          {title.trim() === '' ? <NotFilled inline /> : title}
        </h1>
        <dl className="pc-meta">
          <MetaItem label={t('documentCode')} value={document.code} />
          <MetaItem label={t('revision')} value={document.revision} />
          <div className="pc-meta__item">
            <dt>{t('status')}</dt>
            <dd>
              <span className={`pc-lozenge pc-lozenge--${card.status}`}>{t(`status.${card.status}`)}</span>
            </dd>
          </div>
        </dl>
        {actions !== undefined && <div className="pc-header__actions">{actions}</div>}
      </div>
      <ApprovalBlock card={card} />
    </header>
  );
}

function MetaItem({ label, value }: { label: string; value: string }) {
  const lang = useCardLanguage();
  return (
    <div className="pc-meta__item">
      <dt>{label}</dt>
      <dd lang={value.trim() === '' ? undefined : lang}>{value.trim() === '' ? <NotFilled inline /> : value}</dd>
    </div>
  );
}

function ApprovalBlock({ card }: { card: ProcessCard }) {
  const { t, locale } = useI18n();
  const lang = useCardLanguage();
  const approval = card.content.approval;
  const note = card.content.sectionNotes.approval;
  const date =
    approval.dateIso !== undefined ? formatIsoDate(approval.dateIso, locale) : approval.date;
  return (
    <section className="pc-approval" aria-labelledby="pc-approval-heading">
      <h2 id="pc-approval-heading" className="pc-approval__marker">
        {approval.marker.trim() === '' ? t('approvalMarkerDefault') : <span lang={lang}>{approval.marker}</span>}
      </h2>
      <dl className="pc-approval__fields">
        <ApprovalField label={t('approverPosition')} value={approval.approverPosition} />
        <ApprovalField label={t('approverName')} value={approval.approverName} />
        <ApprovalField label={t('approvalDate')} value={date} />
      </dl>
      {note !== undefined && note.trim() !== '' && <SectionNote text={note} />}
    </section>
  );
}

function ApprovalField({ label, value }: { label: string; value: string }) {
  const lang = useCardLanguage();
  return (
    <div className="pc-approval__field">
      <dt>{label}</dt>
      <dd lang={value.trim() === '' ? undefined : lang}>{value.trim() === '' ? <NotFilled inline /> : value}</dd>
    </div>
  );
}
