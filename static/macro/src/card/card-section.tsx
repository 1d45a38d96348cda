import type { ReactNode } from 'react';
import type { CardDocumentSection } from '@src/core/card/card-document';
import { useI18n } from '@shared/i18n/i18n-context';
import { NotFilled, WrittenText } from './written-text';

export interface SectionProps {
  /** From buildCardDocument: number, level, title and what an empty section says. */
  section: CardDocumentSection;
  /** The section's content; shown only when the model says it has some (a group always shows its sections). */
  children?: ReactNode;
}

/** One numbered section of the card. Empty sections stay, saying so: an auditor will ask. */
export function CardSection({ section, children }: SectionProps) {
  const { t } = useI18n();
  const Heading = section.level === 2 ? 'h2' : 'h3';
  const headingId = `pc-section-${section.key}`;
  return (
    <section className={`pc-section pc-section--level${section.level}`} aria-labelledby={headingId}>
      <Heading id={headingId} className="pc-section__heading">
        <span className="pc-section__number">{section.number}</span> {t(section.title)}
      </Heading>
      {section.kind === 'group' ? (
        children
      ) : (
        <>
          {section.notFilled && <NotFilled />}
          {section.missingFromSource && <MissingFromSource heading={section.sourceHeading ?? ''} />}
          {!section.empty && children}
          {section.note !== undefined && <SectionNote text={section.note} />}
          {section.cutOnImport.map((cut, index) => (
            <CutOnImport key={index} text={cut.text} length={cut.cutLength} />
          ))}
        </>
      )}
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

/** What the importer cut from this section, kept with the card so it outlives the one-time import notes. */
function CutOnImport({ text, length }: { text: string; length: number }) {
  const { t, locale } = useI18n();
  return (
    <details className="pc-section-note pc-cut-on-import">
      <summary className="pc-section-note__label">{t('cutOnImport', { count: new Intl.NumberFormat(locale).format(length) })}</summary>
      <WrittenText text={text} />
    </details>
  );
}
