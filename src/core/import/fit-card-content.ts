import type { CardContent, FlowStep, SectionKey } from '../card/process-card';
import type { ImportContext } from './import-context';

const TEXT = 20_000;
const SHORT = 2_000;
/** A warning carries the start of what was cut; the whole of it may be as long as the document. */
const CUT_SHOWN = 2_000;

/** `field` is a dotted path within the card's content: `title`, `inputs.3.requirements`. */
type Cut = (value: string, max: number, field: string, section?: SectionKey) => string;

/**
 * Keeps a card within the schema's limits (text lengths, list sizes, steps) so that every
 * imported card validates. What does not fit is reported as `text-cut` with the field it was
 * cut from and the cut text (its beginning), never dropped silently.
 */
export function fitCardContent(content: CardContent, ctx: ImportContext): CardContent {
  const report = (field: string, section: SectionKey | undefined, message: string, text: string): void => {
    ctx.warn({
      code: 'text-cut',
      message,
      ...(section ? { section } : {}),
      field,
      text: text.slice(0, CUT_SHOWN),
      cutLength: text.length,
    });
  };
  const cut: Cut = (value, max, field, section) => {
    if (value.length <= max) return value;
    report(field, section, `Text longer than ${max} characters was cut; the warning holds what was cut.`, value.slice(max));
    return value.slice(0, max);
  };
  const limit = <T>(items: T[], max: number, section: SectionKey, describe: (item: T) => string): T[] => {
    if (items.length <= max) return items;
    report(section, section, `The ${section} section has more than ${max} entries; the warning names those cut.`, items.slice(max).map(describe).join('\n'));
    return items.slice(0, max);
  };
  const fitted: CardContent = {
    ...content,
    title: cut(content.title, SHORT, 'title'),
    document: { code: cut(content.document.code, SHORT, 'document.code'), revision: cut(content.document.revision, SHORT, 'document.revision') },
    approval: {
      ...content.approval,
      marker: cut(content.approval.marker, SHORT, 'approval.marker', 'approval'),
      approverName: cut(content.approval.approverName, SHORT, 'approval.approverName', 'approval'),
      approverPosition: cut(content.approval.approverPosition, SHORT, 'approval.approverPosition', 'approval'),
      date: cut(content.approval.date, SHORT, 'approval.date', 'approval'),
    },
    purpose: { card: cut(content.purpose.card, TEXT, 'purpose.card', 'purpose'), process: cut(content.purpose.process, TEXT, 'purpose.process', 'purpose') },
    scope: cut(content.scope, TEXT, 'scope', 'scope'),
    terms: limit(content.terms, 500, 'terms', (term) => `${term.term} – ${term.definition}`).map((term, index) => ({
      ...term,
      term: cut(term.term, SHORT, `terms.${index}.term`, 'terms'),
      definition: cut(term.definition, TEXT, `terms.${index}.definition`, 'terms'),
    })),
    abbreviations: limit(content.abbreviations, 500, 'abbreviations', (item) => `${item.abbreviation} – ${item.meaning}`).map(
      (item, index) => ({
        ...item,
        abbreviation: cut(item.abbreviation, SHORT, `abbreviations.${index}.abbreviation`, 'abbreviations'),
        meaning: cut(item.meaning, TEXT, `abbreviations.${index}.meaning`, 'abbreviations'),
      }),
    ),
    responsibility: {
      ownerRole: cut(content.responsibility.ownerRole, SHORT, 'responsibility.ownerRole', 'responsibility'),
      text: cut(content.responsibility.text, TEXT, 'responsibility.text', 'responsibility'),
    },
    inputs: limit(content.inputs, 200, 'inputs', (item) => item.name).map((item, index) => ({
      ...item,
      name: cut(item.name, SHORT, `inputs.${index}.name`, 'inputs'),
      requirements: cut(item.requirements, TEXT, `inputs.${index}.requirements`, 'inputs'),
      supplier: cut(item.supplier, SHORT, `inputs.${index}.supplier`, 'inputs'),
    })),
    outputs: limit(content.outputs, 200, 'outputs', (item) => item.name).map((item, index) => ({
      ...item,
      name: cut(item.name, SHORT, `outputs.${index}.name`, 'outputs'),
      requirements: cut(item.requirements, TEXT, `outputs.${index}.requirements`, 'outputs'),
      consumer: cut(item.consumer, SHORT, `outputs.${index}.consumer`, 'outputs'),
    })),
    resources: limit(content.resources, 200, 'resources', (item) => item.text).map((item, index) => ({
      ...item,
      text: cut(item.text, TEXT, `resources.${index}.text`, 'resources'),
    })),
    flowchart: { steps: fitSteps(content.flowchart.steps, cut, report), source: cut(content.flowchart.source, TEXT, 'flowchart.source', 'flowchart') },
    managementActions: limit(content.managementActions, 200, 'managementActions', (item) => item.text).map((item, index) => ({
      ...item,
      text: cut(item.text, TEXT, `managementActions.${index}.text`, 'managementActions'),
    })),
    improvement: cut(content.improvement, TEXT, 'improvement', 'improvement'),
    kpis: limit(content.kpis, 100, 'kpis', (kpi) => kpi.name).map((kpi, index) => ({
      ...kpi,
      name: cut(kpi.name, SHORT, `kpis.${index}.name`, 'kpis'),
      formula: cut(kpi.formula, TEXT, `kpis.${index}.formula`, 'kpis'),
      unit: cut(kpi.unit, 50, `kpis.${index}.unit`, 'kpis'),
      target: cut(kpi.target, SHORT, `kpis.${index}.target`, 'kpis'),
      warningThreshold: cut(kpi.warningThreshold, SHORT, `kpis.${index}.warningThreshold`, 'kpis'),
      frequency: cut(kpi.frequency, SHORT, `kpis.${index}.frequency`, 'kpis'),
      owner: cut(kpi.owner, SHORT, `kpis.${index}.owner`, 'kpis'),
      dataSource: cut(kpi.dataSource, SHORT, `kpis.${index}.dataSource`, 'kpis'),
    })),
    distribution: limit(content.distribution, 200, 'distribution', (item) => item.recipient).map((item, index) => ({
      ...item,
      recipient: cut(item.recipient, SHORT, `distribution.${index}.recipient`, 'distribution'),
      copyNumber: cut(item.copyNumber, 50, `distribution.${index}.copyNumber`, 'distribution'),
    })),
    sectionNotes: {},
  };
  for (const [section, text] of Object.entries(content.sectionNotes) as Array<[SectionKey, string]>) {
    fitted.sectionNotes[section] = cut(text, TEXT, `sectionNotes.${section}`, section);
  }
  return fitted;
}

function fitSteps(steps: FlowStep[], cut: Cut, report: (field: string, section: SectionKey, message: string, text: string) => void): FlowStep[] {
  let kept = steps;
  if (steps.length > 200) {
    kept = steps.slice(0, 200);
    report(
      'flowchart.steps',
      'flowchart',
      'The flowchart has more than 200 steps; the warning names those cut.',
      steps.slice(200).map((step) => step.label).join('\n'),
    );
  }
  const ids = new Set(kept.map((step) => step.id));
  return kept.map((step, index) => ({
    ...step,
    label: cut(step.label, SHORT, `flowchart.steps.${index}.label`, 'flowchart'),
    role: cut(step.role, SHORT, `flowchart.steps.${index}.role`, 'flowchart'),
    next: step.next
      .filter((link) => ids.has(link.to))
      .slice(0, 20)
      .map((link, linkIndex) => ({ ...link, label: cut(link.label, SHORT, `flowchart.steps.${index}.next.${linkIndex}.label`, 'flowchart') })),
  }));
}
