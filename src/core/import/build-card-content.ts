import type { CardContent, CardLanguage, Flowchart, SectionKey } from '../card/process-card';
import { detectToc } from './detect-toc';
import type { ImportContext } from './import-context';
import { readApprovalMarker, addApprovalLine, isEnglishMarker } from './read-approval';
import { readDistribution } from './read-distribution';
import { readFlowchart } from './read-flowchart';
import { readHeader } from './read-header';
import { readInputs, readOutputs, readTextItems } from './read-io';
import { readKpis } from './read-kpis';
import { readResponsibility } from './read-responsibility';
import { readTerms } from './read-terms';
import { readProse, readPurpose } from './read-text-sections';
import { segmentDocument, type Segment } from './segment-document';
import { segmentText, tokenText } from './token-text';
import { tokenizeDocument } from './tokenize-document';
import { extractSipoc } from './read-sipoc';
import { sequenceSteps } from './build-numbered-steps';

export interface PresetHeader {
  title?: string;
  code?: string;
}

const withIds = <T extends object>(prefix: string, items: readonly T[]): Array<T & { id: string }> =>
  items.map((item, index) => ({ id: `${prefix}-${index + 1}`, ...item }));

const isSection = (key: Segment['key']): key is SectionKey => key !== null && key !== 'toc' && key !== 'description';

/** SIPOC process steps follow the flowchart's own steps, as a sequence. */
function withSteps(flowchart: Flowchart, labels: readonly string[]): Flowchart {
  if (labels.length === 0) return flowchart;
  return { ...flowchart, steps: [...flowchart.steps, ...sequenceSteps(labels, flowchart.steps.length + 1)] };
}

export interface BuiltContent {
  content: CardContent;
  /** A title or at least one section heading was found: the text describes a card. */
  recognised: boolean;
}

/** Reads one card from the lines of its document (or of its block in a multi-process document). */
export function buildCardContent(
  lines: readonly string[],
  language: CardLanguage,
  ctx: ImportContext,
  preset: PresetHeader = {},
): BuiltContent {
  const toc = detectToc(lines);
  const { header, segments } = segmentDocument(tokenizeDocument(lines, toc.lines));
  const info = readHeader(header, ctx);
  const sipoc = extractSipoc([info.leftovers, ...segments.map((segment) => segment.tokens)]);
  const notes = new Map<SectionKey, string[]>();
  const noteFor = (section: SectionKey) => (text: string) => {
    if (text.trim() === '') return;
    const list = notes.get(section);
    if (list) list.push(text);
    else notes.set(section, [text]);
  };
  const bySection = new Map<SectionKey, Segment[]>();
  for (const segment of segments) {
    if (!isSection(segment.key)) continue;
    const list = bySection.get(segment.key);
    if (list) list.push(segment);
    else bySection.set(segment.key, [segment]);
  }
  const of = (section: SectionKey): Segment[] => bySection.get(section) ?? [];
  const foundSipoc = sipoc.inputs.length + sipoc.outputs.length > 0;
  const recognised = bySection.size > 0 || foundSipoc || info.cardLike || info.titleExplicit || Boolean(preset.title);

  // Text under no known heading goes to the nearest section before it (or after it), with a warning.
  const firstSection = segments.find((segment) => isSection(segment.key))?.key as SectionKey | undefined;
  const unplaced = (text: string, section: SectionKey, heading: string): void => {
    if (text.trim() === '') return;
    noteFor(section)(text);
    ctx.warn({
      code: 'unplaced-text',
      message: `Text under no known heading was kept in the notes of the ${section} section.`,
      section,
      ...(heading ? { heading } : {}),
      text,
    });
  };
  // A lone first line is no title unless something else shows the text is a card.
  if (!recognised && info.titleToken) info.leftovers.push(info.titleToken);
  const leftover = tokenText(info.leftovers.sort((a, b) => a.line - b.line));
  unplaced(leftover, firstSection ?? 'purpose', '');
  const approval = info.approval;
  for (const segment of of('approval')) {
    const marker = readApprovalMarker(segment.heading);
    approval.marker ||= marker?.marker ?? segment.heading;
    for (const line of segmentText(segment.inline, segment.tokens).split('\n')) {
      addApprovalLine(approval, line, ctx, isEnglishMarker(approval.marker));
    }
  }
  const terms = readTerms(of('terms'), 'terms', ctx, noteFor('terms'));
  const abbreviations = readTerms(of('abbreviations'), 'abbreviations', ctx, noteFor('abbreviations'));
  const content: CardContent = {
    language,
    title: preset.title ?? (recognised ? info.title : ''),
    roles: [],
    document: { code: preset.code || info.document.code, revision: info.document.revision },
    approval,
    purpose: readPurpose(of('purpose'), ctx),
    scope: readProse(of('scope'), 'scope', ctx),
    terms: withIds('term', [...terms.terms, ...abbreviations.terms].map(({ term, definition }) => ({ term, definition }))),
    abbreviations: withIds(
      'abbr',
      [...terms.abbreviations, ...abbreviations.abbreviations].map(({ term, definition }) => ({ abbreviation: term, meaning: definition })),
    ),
    responsibility: readResponsibility(of('responsibility'), ctx, info.ownerRole),
    inputs: withIds('in', [...readInputs(of('inputs'), ctx, noteFor('inputs')), ...sipoc.inputs]),
    outputs: withIds('out', [...readOutputs(of('outputs'), ctx, noteFor('outputs')), ...sipoc.outputs]),
    resources: withIds('res', readTextItems(of('resources'), 'resources', ctx, noteFor('resources')).map((text) => ({ text }))),
    flowchart: withSteps(readFlowchart(of('flowchart'), ctx, noteFor('flowchart')), sipoc.steps),
    managementActions: withIds(
      'act',
      readTextItems(of('managementActions'), 'managementActions', ctx, noteFor('managementActions')).map((text) => ({ text })),
    ),
    improvement: readProse(of('improvement'), 'improvement', ctx),
    kpis: withIds('kpi', readKpis(of('kpis'), ctx, noteFor('kpis'))),
    distribution: withIds('dist', readDistribution(of('distribution'), ctx, noteFor('distribution'))),
    sectionNotes: {},
  };
  // Unknown headings go to the nearest section opened by a heading of its own (field lines
  // such as "Process owner: …" are one-liners, not the place for a page of text).
  const nextSection: Array<SectionKey | undefined> = [];
  for (let index = segments.length - 1, next: SectionKey | undefined; index >= 0; index -= 1) {
    nextSection[index] = next;
    const key = segments[index]!.key;
    if (isSection(key)) next = key;
  }
  let nearest: SectionKey | undefined;
  segments.forEach((segment, index) => {
    if (isSection(segment.key)) {
      if (segment.origin === 'heading' || nearest === undefined) nearest = segment.key;
      return;
    }
    const after = nextSection[index];
    const body = segmentText(segment.inline, segment.tokens);
    const text = segment.origin === 'unknown' ? [segment.heading, body].filter((part) => part !== '').join('\n\n') : body;
    unplaced(text, nearest ?? after ?? 'purpose', segment.heading);
  });
  for (const [section, texts] of notes) content.sectionNotes[section] = texts.join('\n\n');

  const reported = new Set<SectionKey>();
  for (const entry of toc.entries) {
    if (entry.section === null || bySection.has(entry.section) || reported.has(entry.section)) continue;
    if (entry.section === 'approval' && approval.marker !== '') continue;
    reported.add(entry.section);
    ctx.warn({
      code: 'missing-section',
      message: `The contents name the ${entry.section} section, but the text does not contain it.`,
      section: entry.section,
      heading: entry.heading,
    });
  }
  return { content, recognised };
}
