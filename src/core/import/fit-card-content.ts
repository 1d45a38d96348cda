import type { CardContent, FlowStep, SectionKey } from '../card/process-card';
import type { ImportContext } from './import-context';

const TEXT = 20_000;
const SHORT = 2_000;

/**
 * Keeps a card within the schema's limits (text lengths, list sizes, steps) so that every
 * imported card validates. What does not fit is reported with its text, never dropped silently.
 */
export function fitCardContent(content: CardContent, ctx: ImportContext): CardContent {
  const cut = (value: string, max: number, section?: SectionKey): string => {
    if (value.length <= max) return value;
    ctx.warn({
      code: 'unplaced-text',
      message: `Text longer than ${max} characters was cut; the rest is in this warning.`,
      ...(section ? { section } : {}),
      text: value.slice(max),
    });
    return value.slice(0, max);
  };
  const limit = <T>(items: T[], max: number, section: SectionKey, describe: (item: T) => string): T[] => {
    if (items.length <= max) return items;
    ctx.warn({
      code: 'unplaced-text',
      message: `The ${section} section has more than ${max} entries; the rest is in this warning.`,
      section,
      text: items.slice(max).map(describe).join('\n'),
    });
    return items.slice(0, max);
  };
  const fitted: CardContent = {
    ...content,
    title: cut(content.title, SHORT),
    document: { code: cut(content.document.code, SHORT), revision: cut(content.document.revision, SHORT) },
    approval: {
      ...content.approval,
      marker: cut(content.approval.marker, SHORT, 'approval'),
      approverName: cut(content.approval.approverName, SHORT, 'approval'),
      approverPosition: cut(content.approval.approverPosition, SHORT, 'approval'),
      date: cut(content.approval.date, SHORT, 'approval'),
    },
    purpose: { card: cut(content.purpose.card, TEXT, 'purpose'), process: cut(content.purpose.process, TEXT, 'purpose') },
    scope: cut(content.scope, TEXT, 'scope'),
    terms: limit(content.terms, 500, 'terms', (term) => `${term.term} – ${term.definition}`).map((term) => ({
      ...term,
      term: cut(term.term, SHORT, 'terms'),
      definition: cut(term.definition, TEXT, 'terms'),
    })),
    abbreviations: limit(content.abbreviations, 500, 'abbreviations', (item) => `${item.abbreviation} – ${item.meaning}`).map(
      (item) => ({ ...item, abbreviation: cut(item.abbreviation, SHORT, 'abbreviations'), meaning: cut(item.meaning, TEXT, 'abbreviations') }),
    ),
    responsibility: {
      ownerRole: cut(content.responsibility.ownerRole, SHORT, 'responsibility'),
      text: cut(content.responsibility.text, TEXT, 'responsibility'),
    },
    inputs: limit(content.inputs, 200, 'inputs', (item) => item.name).map((item) => ({
      ...item,
      name: cut(item.name, SHORT, 'inputs'),
      requirements: cut(item.requirements, TEXT, 'inputs'),
      supplier: cut(item.supplier, SHORT, 'inputs'),
    })),
    outputs: limit(content.outputs, 200, 'outputs', (item) => item.name).map((item) => ({
      ...item,
      name: cut(item.name, SHORT, 'outputs'),
      requirements: cut(item.requirements, TEXT, 'outputs'),
      consumer: cut(item.consumer, SHORT, 'outputs'),
    })),
    resources: limit(content.resources, 200, 'resources', (item) => item.text).map((item) => ({ ...item, text: cut(item.text, TEXT, 'resources') })),
    flowchart: { steps: fitSteps(content.flowchart.steps, ctx, cut), source: cut(content.flowchart.source, TEXT, 'flowchart') },
    managementActions: limit(content.managementActions, 200, 'managementActions', (item) => item.text).map((item) => ({
      ...item,
      text: cut(item.text, TEXT, 'managementActions'),
    })),
    improvement: cut(content.improvement, TEXT, 'improvement'),
    kpis: limit(content.kpis, 100, 'kpis', (kpi) => kpi.name).map((kpi) => ({
      ...kpi,
      name: cut(kpi.name, SHORT, 'kpis'),
      formula: cut(kpi.formula, TEXT, 'kpis'),
      unit: cut(kpi.unit, 50, 'kpis'),
      target: cut(kpi.target, SHORT, 'kpis'),
      warningThreshold: cut(kpi.warningThreshold, SHORT, 'kpis'),
      frequency: cut(kpi.frequency, SHORT, 'kpis'),
      owner: cut(kpi.owner, SHORT, 'kpis'),
      dataSource: cut(kpi.dataSource, SHORT, 'kpis'),
    })),
    distribution: limit(content.distribution, 200, 'distribution', (item) => item.recipient).map((item) => ({
      ...item,
      recipient: cut(item.recipient, SHORT, 'distribution'),
      copyNumber: cut(item.copyNumber, 50, 'distribution'),
    })),
    sectionNotes: {},
  };
  for (const [section, text] of Object.entries(content.sectionNotes) as Array<[SectionKey, string]>) {
    fitted.sectionNotes[section] = cut(text, TEXT, section);
  }
  return fitted;
}

function fitSteps(
  steps: FlowStep[],
  ctx: ImportContext,
  cut: (value: string, max: number, section?: SectionKey) => string,
): FlowStep[] {
  let kept = steps;
  if (steps.length > 200) {
    kept = steps.slice(0, 200);
    ctx.warn({
      code: 'flowchart-unparsed',
      message: 'The flowchart has more than 200 steps; the rest is in this warning.',
      section: 'flowchart',
      text: steps.slice(200).map((step) => step.label).join('\n'),
    });
  }
  const ids = new Set(kept.map((step) => step.id));
  return kept.map((step) => ({
    ...step,
    label: cut(step.label, SHORT, 'flowchart'),
    role: cut(step.role, SHORT, 'flowchart'),
    next: step.next.filter((link) => ids.has(link.to)).slice(0, 20).map((link) => ({ ...link, label: cut(link.label, SHORT, 'flowchart') })),
  }));
}
