import { createContext, useContext, type ReactNode } from 'react';
import type { ImportReport } from '@src/core/card/process-card';
import { CARD_OUTLINE, type OutlineKey } from '@src/core/card/card-outline';
import { useI18n } from '@shared/i18n/i18n-context';
import { NotFilled, WrittenText } from './written-text';

export interface SectionProps {
  title: string;
  /** True when the section has nothing of its own; notes alone still count as content. */
  empty: boolean;
  note?: string | undefined;
  children?: ReactNode;
  /** The section: gives its number and heading level (CARD_OUTLINE) and the heading id. */
  id: OutlineKey;
}

/** The card's import report, so an empty section can say its source document lacked it. */
export const ImportReportContext = createContext<ImportReport | null>(null);

/** One numbered section of the card. Empty sections stay, saying so: an auditor will ask. */
export function CardSection({ title, empty, note, children, id }: SectionProps) {
  const { number, level } = CARD_OUTLINE[id];
  const hasNote = note !== undefined && note.trim() !== '';
  const Heading = level === 2 ? 'h2' : 'h3';
  const headingId = `pc-section-${id}`;
  const missing = useContext(ImportReportContext)?.missingSections.find((entry) => entry.section === id);
  return (
    <section className={`pc-section pc-section--level${level}`} aria-labelledby={headingId}>
      <Heading id={headingId} className="pc-section__heading">
        <span className="pc-section__number">{number}</span> {title}
      </Heading>
      {empty && !hasNote ? <NotFilled /> : children}
      {empty && missing !== undefined && <MissingFromSource heading={missing.heading} />}
      {hasNote && <SectionNote text={note} />}
    </section>
  );
}

/** Text the importer kept for a section but could not split into its items. */
export function SectionNote({ text }: { text: string }) {
  const { t } = useI18n();
  return (
    <div className="pc-section-note">
      <p className="pc-section-note__label">{t('additionalText')}</p>
      <WrittenText text={text} />
    </div>
  );
}

/** Why an imported section is empty: the document's contents promised it, its text did not have it. */
function MissingFromSource({ heading }: { heading: string }) {
  const { t } = useI18n();
  return <p className="pc-missing-from-source">{t('missingFromSource', { heading: `«${heading}»` })}</p>;
}
