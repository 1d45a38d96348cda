import type { CardContent, ImportReport } from './process-card';
import { CARD_OUTLINE, type OutlineKey } from './card-outline';
import type { CardLabelKey } from './card-labels';

/** A section that holds content of its own (every outline entry but the "6. Description" group). */
export type ContentSectionKey = Exclude<OutlineKey, 'description'>;

/**
 * One section of the card as a document. The macro and the ADF export both render these and
 * nothing else decides order, numbering or what a section says when it is empty, so a card on
 * screen and the same card in a PDF never disagree.
 */
export type CardDocumentSection = GroupSection | ContentSection;

interface SectionBase {
  number: string;
  level: 2 | 3;
  /** The label (card-labels.ts) of the heading; each renderer picks its own language. */
  title: CardLabelKey;
  /** Nothing of its own to show: a content section with no data, a group whose sections all have none. */
  empty: boolean;
}

/** "6. Description of the process": a heading over 6.1–6.7, with no content of its own. */
export interface GroupSection extends SectionBase {
  kind: 'group';
  key: 'description';
  /** Its sections, in outline order; they also appear in the document's flat list. */
  children: ContentSectionKey[];
}

export interface ContentSection extends SectionBase {
  kind: 'content';
  key: ContentSectionKey;
  /** The group heading it sits under, if any. */
  parent: 'description' | undefined;
  /** Say "not filled in": empty, and no note either (a note is content the importer kept). */
  notFilled: boolean;
  /** Text the importer kept but could not split into items; never blank. */
  note?: string;
  /** Empty because the source document listed it in its contents but its text lacked it. */
  missingFromSource: boolean;
  /** The heading the source's contents gave it, for the missing-from-source notice. */
  sourceHeading?: string;
  /** Text the importer had to cut from this section to fit the card (kept with the import report). */
  cutOnImport: Array<{ field: string; text: string; cutLength: number }>;
}

export interface CardDocumentInput {
  content: CardContent;
  importReport: ImportReport | null;
}

const blank = (value: string) => value.trim() === '';

/** When a section has nothing of its own. */
const IS_EMPTY: Record<ContentSectionKey, (content: CardContent) => boolean> = {
  purpose: (c) => blank(c.purpose.card) && blank(c.purpose.process),
  scope: (c) => blank(c.scope),
  terms: (c) => c.terms.length === 0,
  abbreviations: (c) => c.abbreviations.length === 0,
  responsibility: (c) => blank(c.responsibility.ownerRole) && blank(c.responsibility.text),
  inputs: (c) => c.inputs.length === 0,
  outputs: (c) => c.outputs.length === 0,
  resources: (c) => c.resources.length === 0,
  flowchart: (c) => c.flowchart.steps.length === 0 && blank(c.flowchart.source),
  managementActions: (c) => c.managementActions.length === 0,
  improvement: (c) => blank(c.improvement),
  kpis: (c) => c.kpis.length === 0,
  distribution: (c) => c.distribution.length === 0,
};

/** The card's sections in outline order (CARD_OUTLINE), the group heading among them. */
export function buildCardDocument(card: CardDocumentInput): CardDocumentSection[] {
  const sections: CardDocumentSection[] = [];
  let group: GroupSection | undefined;
  for (const key of Object.keys(CARD_OUTLINE) as OutlineKey[]) {
    if (key === 'description') {
      group = { kind: 'group', key, ...CARD_OUTLINE[key], title: 'section.description', empty: true, children: [] };
      sections.push(group);
      continue;
    }
    // A level-3 section belongs to the group heading above it; level 2 closes the group.
    if (CARD_OUTLINE[key].level === 2) group = undefined;
    const section = contentSection(card, key, group?.key);
    if (group !== undefined) {
      group.children.push(key);
      group.empty &&= section.empty;
    }
    sections.push(section);
  }
  return sections;
}

function contentSection(card: CardDocumentInput, key: ContentSectionKey, parent: 'description' | undefined): ContentSection {
  const empty = IS_EMPTY[key](card.content);
  const rawNote = card.content.sectionNotes[key];
  const note = rawNote === undefined || blank(rawNote) ? undefined : rawNote;
  // A section filled in after the import is no longer missing, whatever the report said then.
  const missing = empty ? card.importReport?.missingSections.find((entry) => entry.section === key) : undefined;
  return {
    kind: 'content',
    key,
    ...CARD_OUTLINE[key],
    title: `section.${key}`,
    parent,
    empty,
    notFilled: empty && note === undefined,
    ...(note === undefined ? {} : { note }),
    missingFromSource: missing !== undefined,
    ...(missing === undefined ? {} : { sourceHeading: missing.heading }),
    cutOnImport: (card.importReport?.cuts ?? [])
      .filter((cut) => (cut.section ?? cut.field.split('.')[0]) === key)
      .map(({ field, text, cutLength }) => ({ field, text, cutLength })),
  };
}
