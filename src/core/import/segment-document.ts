import type { HeadingKey, HeadingPart } from './heading-synonyms';
import { isHeaderLine } from './read-metadata';
import {
  recogniseHeading,
  recogniseInlineHeading,
  unknownHeadingShape,
  type HeadingShape,
} from './recognise-heading';
import type { Token } from './tokenize-document';

/** The text under one heading (or under none, when `key` is null). */
export interface Segment {
  key: HeadingKey | null;
  part?: HeadingPart;
  /** The heading as written; '' for text under no heading. */
  heading: string;
  /** A value written on the heading line itself ("Process owner: Head of Sales"). */
  inline: string;
  tokens: Token[];
  origin: 'heading' | 'inline' | 'unknown' | 'orphan';
}

export interface SegmentedDocument {
  /** Everything before the first section heading: approval block, code, title. */
  header: Token[];
  segments: Segment[];
}

/** Sections whose lines look like "label – value" themselves, so such lines must not open sections. */
const NO_INLINE = new Set<HeadingKey | null>(['terms', 'abbreviations', 'flowchart']);

const isDescendant = (number: string, parent: string): boolean => number.startsWith(`${parent}.`);

/**
 * Whether an unrecognised heading ends the section it appears in or is a sub-heading of it.
 * Headings are compared with headings dressed the same way: numbers with numbers, Markdown
 * levels with Markdown levels, plain title lines with plain title lines.
 */
function endsSection(current: HeadingShape | null, next: HeadingShape): boolean {
  if (current === null) return true;
  if (next.number && current.number) return !isDescendant(next.number, current.number);
  if (next.mdLevel > 0) return current.mdLevel === 0 ? !next.number : next.mdLevel <= current.mdLevel;
  if (next.number) return false;
  const currentPlain = !current.number && current.mdLevel === 0;
  if (next.bold) return current.bold || currentPlain;
  return currentPlain && !current.bold;
}

/** Rows of a two-column "field | value" table whose fields are all section names. */
function fieldRows(rows: readonly string[][]) {
  const filled = rows.filter((row) => row.some((cell) => cell !== ''));
  if (filled.length === 0) return null;
  const found = [];
  for (const row of filled) {
    const cells = row.filter((cell) => cell !== '');
    if (cells.length !== 2) return null;
    const heading = recogniseHeading(cells[0]!);
    if (!heading || heading.key === 'toc' || heading.key === 'description') return null;
    found.push({ heading, value: cells[1]! });
  }
  return found;
}

export function segmentDocument(tokens: readonly Token[]): SegmentedDocument {
  const header: Token[] = [];
  const segments: Segment[] = [];
  let inHeader = true;
  let block: Segment | null = null;
  let blockShape: HeadingShape | null = null;
  let inline: Segment | null = null;

  const append = (token: Token): void => {
    if (inline) {
      inline.tokens.push(token);
      return;
    }
    if (inHeader) {
      header.push(token);
      return;
    }
    if (!block) {
      block = { key: null, heading: '', inline: '', tokens: [], origin: 'orphan' };
      blockShape = null;
      segments.push(block);
    }
    block.tokens.push(token);
  };

  tokens.forEach((token, index) => {
    const blankBefore = index === 0 || tokens[index - 1]!.kind === 'blank';
    const blankAfter = index === tokens.length - 1 || tokens[index + 1]!.kind === 'blank';
    if (token.kind === 'blank') {
      inline = null;
      if (inHeader) header.push(token);
      else block?.tokens.push(token);
      return;
    }
    if (token.kind === 'rule') {
      inline = null;
      if (inHeader) header.push(token);
      else block = null;
      return;
    }
    if (token.kind === 'table') {
      const rows = (block as Segment | null)?.key === 'flowchart' ? null : fieldRows(token.rows);
      if (!rows) {
        append(token);
        return;
      }
      inHeader = false;
      inline = null;
      for (const { heading, value } of rows) {
        segments.push({
          key: heading.key,
          ...(heading.part ? { part: heading.part } : {}),
          heading: heading.heading,
          inline: value,
          tokens: [],
          origin: 'inline',
        });
      }
      return;
    }
    if (token.kind !== 'text') {
      append(token);
      return;
    }
    const line = token.text;
    if (inHeader && isHeaderLine(line)) {
      header.push(token);
      return;
    }
    const heading = recogniseHeading(line);
    if (heading && heading.key !== 'toc') {
      if (inHeader && heading.key === 'approval') {
        header.push(token);
        return;
      }
      inHeader = false;
      inline = null;
      block = {
        key: heading.key,
        ...(heading.part ? { part: heading.part } : {}),
        heading: heading.heading,
        inline: '',
        tokens: [],
        origin: 'heading',
      };
      blockShape = heading;
      segments.push(block);
      return;
    }
    // Inside terms or a flowchart, "label – text" lines are entries; after a field line they are the next field.
    const blockKey = (block as Segment | null)?.key ?? null;
    const labelled = !inline && NO_INLINE.has(blockKey) ? null : recogniseInlineHeading(line);
    if (labelled && labelled.heading.key !== 'toc') {
      if (inHeader && labelled.heading.key === 'approval') {
        header.push(token);
        return;
      }
      inHeader = false;
      inline = {
        key: labelled.heading.key,
        ...(labelled.heading.part ? { part: labelled.heading.part } : {}),
        heading: labelled.heading.heading,
        inline: labelled.value,
        tokens: [],
        origin: 'inline',
      };
      segments.push(inline);
      return;
    }
    if (inline) {
      inline.inline += `\n${line.trim()}`;
      return;
    }
    if (!inHeader) {
      const shape = unknownHeadingShape(line, blankBefore, blankAfter);
      if (shape && endsSection(block ? blockShape : null, shape)) {
        block = {
          key: null,
          heading: shape.number ? `${shape.number} ${shape.label}` : shape.label,
          inline: '',
          tokens: [],
          origin: 'unknown',
        };
        blockShape = shape;
        segments.push(block);
        return;
      }
    }
    append(token);
  });
  return { header, segments };
}
