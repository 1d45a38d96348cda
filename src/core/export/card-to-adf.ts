import type { CardContent, ProcessCard } from '../card/process-card';
import { CARD_OUTLINE, type OutlineKey } from '../card/card-outline';
import { CARD_LABELS, type CardLabelKey } from '../card/card-labels';
import { bulletList, heading, orderedList, paragraph, table, text, type AdfBlock, type AdfDoc } from './adf-nodes';

type Label = (key: CardLabelKey, params?: Record<string, string>) => string;

/**
 * The card as an ADF document, for Confluence's PDF and Word export and page history, where
 * the macro's iframe cannot render. Same sections, order and labels as on screen, in the card's
 * own language; empty sections say so, as they do on screen.
 */
export function cardToAdf(card: ProcessCard): AdfDoc {
  const content = card.content;
  const labels = CARD_LABELS[content.language];
  const label: Label = (key, params = {}) =>
    labels[key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
  const section = sectionWriter(card, label);
  const blank = (value: string) => value.trim() === '';

  return {
    version: 1,
    type: 'doc',
    content: [
      heading(1, blank(content.title) ? label('untitled') : content.title),
      ...header(card, label),
      ...section('purpose', blank(content.purpose.card) && blank(content.purpose.process), () => [
        paragraph(text(label('purposeOfCard'), [{ type: 'strong' }])),
        paragraph(text(content.purpose.card || label('notFilled'))),
        paragraph(text(label('purposeOfProcess'), [{ type: 'strong' }])),
        paragraph(text(content.purpose.process || label('notFilled'))),
      ]),
      ...section('scope', blank(content.scope), () => [paragraph(text(content.scope))]),
      ...section('terms', content.terms.length === 0, () => [
        bulletList(content.terms.map((term) => [...text(term.term, [{ type: 'strong' }]), ...text(` — ${term.definition}`)])),
      ]),
      ...section('abbreviations', content.abbreviations.length === 0, () => [
        bulletList(content.abbreviations.map((entry) => [...text(entry.abbreviation, [{ type: 'strong' }]), ...text(` — ${entry.meaning}`)])),
      ]),
      ...section('responsibility', blank(content.responsibility.ownerRole) && blank(content.responsibility.text), () => [
        paragraph(text(`${label('processOwner')}: `), text(content.responsibility.ownerRole || label('notFilled'), [{ type: 'strong' }])),
        ...(blank(content.responsibility.text) ? [] : [paragraph(text(content.responsibility.text))]),
      ]),
      heading(CARD_OUTLINE.description.level, `${CARD_OUTLINE.description.number} ${label('section.description')}`),
      ...description(content, section, label),
      ...section('distribution', content.distribution.length === 0, () => [
        table(
          [label('col.number'), label('col.recipient'), label('col.copyNumber')],
          content.distribution.map((entry, index) => [String(index + 1), entry.recipient, entry.copyNumber]),
        ),
      ]),
    ],
  };
}

type SectionWriter = (key: Exclude<OutlineKey, 'description'>, empty: boolean, body: () => AdfBlock[]) => AdfBlock[];

function sectionWriter(card: ProcessCard, label: Label): SectionWriter {
  return (key, empty, body) => {
    const { number, level } = CARD_OUTLINE[key];
    const note = card.content.sectionNotes[key];
    const missing = card.importReport?.missingSections.find((entry) => entry.section === key);
    const blocks: AdfBlock[] = [heading(level, `${number} ${label(`section.${key}` as CardLabelKey)}`)];
    if (empty && note === undefined) {
      blocks.push(paragraph(text(label('notFilled'), [{ type: 'em' }])));
      if (missing) blocks.push(paragraph(text(label('missingFromSource', { heading: `«${missing.heading}»` }), [{ type: 'em' }])));
    } else if (!empty) {
      blocks.push(...body());
    }
    if (note !== undefined && note.trim() !== '') {
      blocks.push(paragraph(text(label('additionalText'), [{ type: 'em' }])), paragraph(text(note)));
    }
    return blocks;
  };
}

function header(card: ProcessCard, label: Label): AdfBlock[] {
  const { document, approval } = card.content;
  const facts = [
    label('cardKind'),
    `${label('documentCode')}: ${document.code || label('notFilled')}`,
    `${label('revision')}: ${document.revision || label('notFilled')}`,
    `${label('status')}: ${label(`status.${card.status}`)}`,
  ];
  const approvalLines = [
    `${label('approverPosition')}: ${approval.approverPosition || label('notFilled')}`,
    `${label('approverName')}: ${approval.approverName || label('notFilled')}`,
    `${label('approvalDate')}: ${approval.date || label('notFilled')}`,
  ];
  return [
    paragraph(text(facts.join(' · '))),
    paragraph(text(approval.marker || label('approvalMarkerDefault'), [{ type: 'strong' }])),
    paragraph(text(approvalLines.join('\n'))),
  ];
}

function description(content: CardContent, section: SectionWriter, label: Label): AdfBlock[] {
  const numbered = <T>(rows: T[], cells: (row: T) => string[]) => rows.map((row, index) => [String(index + 1), ...cells(row)]);
  const stepName = new Map(content.flowchart.steps.map((step) => [step.id, step.label]));
  return [
    ...section('inputs', content.inputs.length === 0, () => [
      table(
        [label('col.number'), label('col.inputName'), label('col.requirements'), label('col.supplier')],
        numbered(content.inputs, (row) => [row.name, row.requirements, row.supplier]),
      ),
    ]),
    ...section('outputs', content.outputs.length === 0, () => [
      table(
        [label('col.number'), label('col.outputName'), label('col.requirements'), label('col.consumer')],
        numbered(content.outputs, (row) => [row.name, row.requirements, row.consumer]),
      ),
    ]),
    ...section('resources', content.resources.length === 0, () => [
      bulletList(content.resources.map((resource) => text(resource.text))),
    ]),
    ...section('flowchart', content.flowchart.steps.length === 0 && content.flowchart.source.trim() === '', () =>
      content.flowchart.steps.length === 0
        ? [paragraph(text(content.flowchart.source))]
        : [
            orderedList(
              content.flowchart.steps.map((step) => {
                const role = step.role.trim() === '' ? '' : ` (${step.role})`;
                const next = step.next.map((link) => `${link.label ? `${link.label}: ` : ''}${stepName.get(link.to) ?? link.to}`);
                return text(`${step.label}${role}${next.length > 0 ? ` → ${next.join('; ')}` : ''}`);
              }),
            ),
          ],
    ),
    ...section('managementActions', content.managementActions.length === 0, () => [
      bulletList(content.managementActions.map((action) => text(action.text))),
    ]),
    ...section('improvement', content.improvement.trim() === '', () => [paragraph(text(content.improvement))]),
    ...section('kpis', content.kpis.length === 0, () => [
      table(
        [
          label('col.number'),
          label('col.kpiName'),
          label('col.formula'),
          label('col.unit'),
          label('col.target'),
          label('col.warningThreshold'),
          label('col.frequency'),
          label('col.owner'),
          label('col.dataSource'),
        ],
        numbered(content.kpis, (kpi) => [kpi.name, kpi.formula, kpi.unit, kpi.target, kpi.warningThreshold, kpi.frequency, kpi.owner, kpi.dataSource]),
      ),
    ]),
  ];
}
