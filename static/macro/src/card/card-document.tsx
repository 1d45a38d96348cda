import type { ReactNode } from 'react';
import type { CardView } from '@src/contracts/resolver-contracts';
import type { CardContent } from '@src/core/card/process-card';
import { buildCardDocument, type CardDocumentSection, type ContentSectionKey } from '@src/core/card/card-document';
import { useI18n } from '@shared/i18n/i18n-context';
import type { Translate } from '@shared/i18n/translate';
import { FlowchartFigure } from '../flowchart/flowchart-figure';
import { KpiSection } from '../kpi/kpi-section';
import { useKpiSettingsDisclosure } from '../kpi/settings/kpi-settings-disclosure';
import { useRolesDisclosure } from '../roles/roles-disclosure';
import { useJiraSettingsDisclosure } from '../jira/jira-settings-disclosure';
import { CardHeader } from './card-header';
import { CardSection } from './card-section';
import { DataTable } from './data-table';
import { TermList, TextItemList } from './term-list';
import { CardLanguageContext, NotFilled, TextOrNotFilled, WrittenText } from './written-text';
import './card.css';

/**
 * The whole card as a document. Which sections, in what order, and what an empty one says come
 * from buildCardDocument, the model the PDF/Word export renders too; this file only draws each.
 */
export function CardDocument({ view }: { view: CardView }) {
  const { t } = useI18n();
  const sections = buildCardDocument(view.card);
  const bodies = sectionBodies(view, t);
  const roles = useRolesDisclosure(view.card.id);
  const kpiSettings = useKpiSettingsDisclosure(view.card.id, view.card.content.kpis.length > 0);
  const jiraSettings = useJiraSettingsDisclosure(view.card.id, view.card.content.kpis.length > 0);
  const render = (section: CardDocumentSection): ReactNode => (
    <CardSection key={section.key} section={section}>
      {section.kind === 'group'
        ? section.children.map((key) => render(sections.find((child) => child.key === key)!))
        : bodies[section.key]()}
    </CardSection>
  );
  return (
    <CardLanguageContext value={view.card.content.language}>
      <article className="pc-card">
        <CardHeader
          card={view.card}
          actions={
            <>
              {roles.button}
              {kpiSettings.button}
              {jiraSettings.button}
            </>
          }
        />
        {roles.panel}
        {kpiSettings.panel}
        {jiraSettings.panel}
        {sections.filter((section) => section.kind === 'group' || section.parent === undefined).map(render)}
      </article>
    </CardLanguageContext>
  );
}

/** What each section shows when the model says it has content. */
function sectionBodies(view: CardView, t: Translate): Record<ContentSectionKey, () => ReactNode> {
  const content = view.card.content;
  return {
    purpose: () => (
      <>
        <h3 className="pc-subheading">{t('purposeOfCard')}</h3>
        <TextOrNotFilled text={content.purpose.card} />
        <h3 className="pc-subheading">{t('purposeOfProcess')}</h3>
        <TextOrNotFilled text={content.purpose.process} />
      </>
    ),
    scope: () => <WrittenText text={content.scope} />,
    terms: () => <TermList items={content.terms} />,
    abbreviations: () => (
      <TermList items={content.abbreviations.map(({ id, abbreviation, meaning }) => ({ id, term: abbreviation, definition: meaning }))} />
    ),
    responsibility: () => <Responsibility content={content} />,
    inputs: () => (
      <DataTable
        caption={t('section.inputs')}
        rows={content.inputs}
        columns={[
          { header: t('col.inputName'), text: (row) => row.name, rowHeader: true },
          { header: t('col.requirements'), text: (row) => row.requirements },
          { header: t('col.supplier'), text: (row) => row.supplier },
        ]}
      />
    ),
    outputs: () => (
      <DataTable
        caption={t('section.outputs')}
        rows={content.outputs}
        columns={[
          { header: t('col.outputName'), text: (row) => row.name, rowHeader: true },
          { header: t('col.requirements'), text: (row) => row.requirements },
          { header: t('col.consumer'), text: (row) => row.consumer },
        ]}
      />
    ),
    resources: () => <TextItemList items={content.resources} />,
    flowchart: () => <FlowchartFigure flowchart={content.flowchart} layout={view.flowchart} />,
    managementActions: () => <TextItemList items={content.managementActions} />,
    improvement: () => <WrittenText text={content.improvement} />,
    kpis: () => <KpiSection cardId={view.card.id} kpis={content.kpis} board={view.kpis} actions={view.actions} />,
    distribution: () => (
      <DataTable
        caption={t('section.distribution')}
        rows={content.distribution}
        columns={[
          { header: t('col.recipient'), text: (row) => row.recipient, rowHeader: true },
          { header: t('col.copyNumber'), text: (row) => row.copyNumber, className: 'pc-table__narrow' },
        ]}
      />
    ),
  };
}

function Responsibility({ content }: { content: CardContent }) {
  const { t } = useI18n();
  const { ownerRole, text } = content.responsibility;
  const blank = (value: string) => value.trim() === '';
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
