import type { CardContent } from '../card/process-card';
import type { ContentSectionKey } from '../card/card-document';
import type { Label } from './adf-label';
import { bulletList, orderedList, paragraph, table, text, type AdfBlock } from './adf-nodes';

type Body = (content: CardContent, label: Label) => AdfBlock[];

const blank = (value: string) => value.trim() === '';
const numbered = <T>(rows: T[], cells: (row: T) => string[]) => rows.map((row, index) => [String(index + 1), ...cells(row)]);

/**
 * What each section shows when it has content (card-document.ts decides whether it has).
 * Tables and lists rather than the macro's drawings: ADF has no SVG, and Word export fails
 * on some media nodes.
 */
export const SECTION_BODY_TO_ADF: Record<ContentSectionKey, Body> = {
  purpose: (content, label) => [
    paragraph(text(label('purposeOfCard'), [{ type: 'strong' }])),
    paragraph(text(content.purpose.card || label('notFilled'))),
    paragraph(text(label('purposeOfProcess'), [{ type: 'strong' }])),
    paragraph(text(content.purpose.process || label('notFilled'))),
  ],
  scope: (content) => [paragraph(text(content.scope))],
  terms: (content) => [
    bulletList(content.terms.map((term) => [...text(term.term, [{ type: 'strong' }]), ...text(` — ${term.definition}`)])),
  ],
  abbreviations: (content) => [
    bulletList(content.abbreviations.map((entry) => [...text(entry.abbreviation, [{ type: 'strong' }]), ...text(` — ${entry.meaning}`)])),
  ],
  responsibility: (content, label) => [
    paragraph(text(`${label('processOwner')}: `), text(content.responsibility.ownerRole || label('notFilled'), [{ type: 'strong' }])),
    ...(blank(content.responsibility.text) ? [] : [paragraph(text(content.responsibility.text))]),
  ],
  inputs: (content, label) => [
    table(
      [label('col.number'), label('col.inputName'), label('col.requirements'), label('col.supplier')],
      numbered(content.inputs, (row) => [row.name, row.requirements, row.supplier]),
    ),
  ],
  outputs: (content, label) => [
    table(
      [label('col.number'), label('col.outputName'), label('col.requirements'), label('col.consumer')],
      numbered(content.outputs, (row) => [row.name, row.requirements, row.consumer]),
    ),
  ],
  resources: (content) => [bulletList(content.resources.map((resource) => text(resource.text)))],
  flowchart: (content) => flowchart(content),
  managementActions: (content) => [bulletList(content.managementActions.map((action) => text(action.text)))],
  improvement: (content) => [paragraph(text(content.improvement))],
  kpis: (content, label) => [
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
  ],
  distribution: (content, label) => [
    table(
      [label('col.number'), label('col.recipient'), label('col.copyNumber')],
      content.distribution.map((entry, index) => [String(index + 1), entry.recipient, entry.copyNumber]),
    ),
  ],
};

/** The steps as a numbered list with their roles and where each leads; the source text if none were read. */
function flowchart(content: CardContent): AdfBlock[] {
  const { steps, source } = content.flowchart;
  if (steps.length === 0) return [paragraph(text(source))];
  const stepName = new Map(steps.map((step) => [step.id, step.label]));
  return [
    orderedList(
      steps.map((step) => {
        const role = blank(step.role) ? '' : ` (${step.role})`;
        const next = step.next.map((link) => `${link.label ? `${link.label}: ` : ''}${stepName.get(link.to) ?? link.to}`);
        return text(`${step.label}${role}${next.length > 0 ? ` → ${next.join('; ')}` : ''}`);
      }),
    ),
  ];
}
