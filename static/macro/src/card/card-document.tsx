import type { CardView } from '@src/contracts/resolver-contracts';
import type { CardContent } from '@src/core/card/process-card';
import { useI18n } from '@shared/i18n/i18n-context';
import { FlowchartFigure } from '../flowchart/flowchart-figure';
import { CardHeader } from './card-header';
import { CardSection, ImportReportContext } from './card-section';
import { DataTable } from './data-table';
import { TermList, TextItemList } from './term-list';
import { CardLanguageContext, NotFilled, TextOrNotFilled, WrittenText } from './written-text';
import './card.css';

const blank = (text: string) => text.trim() === '';

/** The whole card as a document, every section in the standard order. */
export function CardDocument({ view }: { view: CardView }) {
  const { t } = useI18n();
  const content = view.card.content;
  const notes = content.sectionNotes;
  return (
    <CardLanguageContext value={content.language}>
      <ImportReportContext value={view.card.importReport}>
      <article className="pc-card">
        <CardHeader card={view.card} />

        <CardSection id="purpose" title={t('section.purpose')} note={notes.purpose}
          empty={blank(content.purpose.card) && blank(content.purpose.process)}>
          <h3 className="pc-subheading">{t('purposeOfCard')}</h3>
          <TextOrNotFilled text={content.purpose.card} />
          <h3 className="pc-subheading">{t('purposeOfProcess')}</h3>
          <TextOrNotFilled text={content.purpose.process} />
        </CardSection>

        <CardSection id="scope" title={t('section.scope')} note={notes.scope} empty={blank(content.scope)}>
          <WrittenText text={content.scope} />
        </CardSection>

        <CardSection id="terms" title={t('section.terms')} note={notes.terms} empty={content.terms.length === 0}>
          <TermList items={content.terms} />
        </CardSection>

        <CardSection id="abbreviations" title={t('section.abbreviations')} note={notes.abbreviations}
          empty={content.abbreviations.length === 0}>
          <TermList items={content.abbreviations.map(({ id, abbreviation, meaning }) => ({ id, term: abbreviation, definition: meaning }))} />
        </CardSection>

        <CardSection id="responsibility" title={t('section.responsibility')} note={notes.responsibility}
          empty={blank(content.responsibility.ownerRole) && blank(content.responsibility.text)}>
          <Responsibility content={content} />
        </CardSection>

        <CardSection id="description" title={t('section.description')} empty={false}>
          <ProcessDescription view={view} />
        </CardSection>

        <CardSection id="distribution" title={t('section.distribution')} note={notes.distribution}
          empty={content.distribution.length === 0}>
          <DataTable
            caption={t('section.distribution')}
            rows={content.distribution}
            columns={[
              { header: t('col.recipient'), text: (row) => row.recipient, rowHeader: true },
              { header: t('col.copyNumber'), text: (row) => row.copyNumber, className: 'pc-table__narrow' },
            ]}
          />
        </CardSection>
      </article>
      </ImportReportContext>
    </CardLanguageContext>
  );
}

function Responsibility({ content }: { content: CardContent }) {
  const { t } = useI18n();
  const { ownerRole, text } = content.responsibility;
  return (
    <>
      <p className="pc-owner">
        <span className="pc-owner__label">{t('processOwner')}:</span>{' '}
        {blank(ownerRole) ? <NotFilled inline /> : <strong lang={content.language}>{ownerRole}</strong>}
      </p>
      {!blank(text) && <WrittenText text={text} />}
    </>
  );
}

/** Section 6: inputs, outputs, resources, flowchart, management, improvement, KPIs. */
function ProcessDescription({ view }: { view: CardView }) {
  const { t } = useI18n();
  const content = view.card.content;
  const notes = content.sectionNotes;
  const flow = content.flowchart;
  return (
    <>
      <CardSection id="inputs" title={t('section.inputs')} note={notes.inputs} empty={content.inputs.length === 0}>
        <DataTable
          caption={t('section.inputs')}
          rows={content.inputs}
          columns={[
            { header: t('col.inputName'), text: (row) => row.name, rowHeader: true },
            { header: t('col.requirements'), text: (row) => row.requirements },
            { header: t('col.supplier'), text: (row) => row.supplier },
          ]}
        />
      </CardSection>

      <CardSection id="outputs" title={t('section.outputs')} note={notes.outputs} empty={content.outputs.length === 0}>
        <DataTable
          caption={t('section.outputs')}
          rows={content.outputs}
          columns={[
            { header: t('col.outputName'), text: (row) => row.name, rowHeader: true },
            { header: t('col.requirements'), text: (row) => row.requirements },
            { header: t('col.consumer'), text: (row) => row.consumer },
          ]}
        />
      </CardSection>

      <CardSection id="resources" title={t('section.resources')} note={notes.resources} empty={content.resources.length === 0}>
        <TextItemList items={content.resources} />
      </CardSection>

      <CardSection id="flowchart" title={t('section.flowchart')} note={notes.flowchart}
        empty={flow.steps.length === 0 && blank(flow.source)}>
        <FlowchartFigure flowchart={flow} layout={view.flowchart} />
      </CardSection>

      <CardSection id="managementActions" title={t('section.managementActions')} note={notes.managementActions}
        empty={content.managementActions.length === 0}>
        <TextItemList items={content.managementActions} />
      </CardSection>

      <CardSection id="improvement" title={t('section.improvement')} note={notes.improvement} empty={blank(content.improvement)}>
        <WrittenText text={content.improvement} />
      </CardSection>

      <CardSection id="kpis" title={t('section.kpis')} note={notes.kpis} empty={content.kpis.length === 0}>
        <DataTable
          caption={t('section.kpis')}
          className="pc-table--kpis"
          rows={content.kpis}
          columns={[
            { header: t('col.kpiName'), text: (row) => row.name, rowHeader: true },
            { header: t('col.formula'), text: (row) => row.formula },
            { header: t('col.unit'), text: (row) => row.unit },
            { header: t('col.target'), text: (row) => row.target, className: 'pc-table__value' },
            { header: t('col.warningThreshold'), text: (row) => row.warningThreshold, className: 'pc-table__value' },
            { header: t('col.frequency'), text: (row) => row.frequency },
            { header: t('col.owner'), text: (row) => row.owner },
            { header: t('col.dataSource'), text: (row) => row.dataSource },
          ]}
        />
      </CardSection>
    </>
  );
}
