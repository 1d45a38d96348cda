import { matchSynonym, type HeadingKey, type HeadingPart } from './heading-synonyms';
import { normalizeLabel, stripBold, trimEndChars } from './text-lines';

/** How a heading line is dressed: Markdown level, bold, numbering such as «6.1». */
export interface HeadingShape {
  /** Text without the dressing, as written. */
  label: string;
  mdLevel: number;
  bold: boolean;
  number: string;
}

export interface RecognisedHeading extends HeadingShape {
  key: HeadingKey;
  part?: HeadingPart;
  /** The heading as written, without Markdown marks: «6.1 Входы процесса». */
  heading: string;
}

const MD_HEADING = /^(#{1,6})\s+/;
const NUMBERING = /^((?:\d{1,3}\.){0,5}\d{1,3})\.?(?=\s)/;
const ROMAN = /^([IVXLC]{1,6})\.(?=\s)/;

export function headingShape(line: string): HeadingShape {
  let text = line.trim();
  let mdLevel = 0;
  const md = MD_HEADING.exec(text);
  if (md) {
    mdLevel = md[1]!.length;
    text = trimEndChars(text.slice(md[0].length), ' #');
  }
  let bold = false;
  const outer = stripBold(text);
  if (outer.bold) {
    bold = true;
    text = outer.text;
  }
  let number = '';
  const numbered = NUMBERING.exec(text) ?? ROMAN.exec(text);
  if (numbered) {
    number = numbered[1]!;
    text = text.slice(numbered[0].length).trim();
    const inner = stripBold(text);
    if (inner.bold) {
      bold = true;
      text = inner.text;
    }
  }
  return { label: trimEndChars(text, ' \t:'), mdLevel, bold, number };
}

const asWritten = (shape: HeadingShape): string => (shape.number ? `${shape.number} ${shape.label}` : shape.label);

/** A line that is, as a whole, a known section heading («## 6.1 Входы процесса», "**Inputs:**", "KPIs"). */
export function recogniseHeading(line: string): RecognisedHeading | null {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.length > 160) return null;
  let source = trimmed;
  // A bullet is allowed only on a label that announces a list: "- Inputs:".
  const bullet = /^[-*•]\s+/.exec(source);
  if (bullet) {
    if (!source.endsWith(':')) return null;
    source = source.slice(bullet[0].length);
  }
  const shape = headingShape(source);
  const match = matchSynonym(normalizeLabel(shape.label));
  if (!match) return null;
  return { ...shape, ...match, heading: asWritten(shape) };
}

export interface InlineHeading {
  heading: RecognisedHeading;
  /** What follows the label on the same line, as written. */
  value: string;
}

const SEPARATORS = [': ', ':\t', ' – ', ' — ', ' - '];

/** "Process owner: Head of Sales", «**Цель процесса** – …», "- KPIs: Revenue, NPS": a label and its value. */
export function recogniseInlineHeading(line: string): InlineHeading | null {
  let text = line.trim();
  if (text === '') return null;
  text = text.replace(/^(?:[-*•]\s+|#{1,6}\s+)/, '');
  let label: string;
  let rest: string;
  const boldMark = text.startsWith('**') ? '**' : text.startsWith('__') ? '__' : null;
  if (boldMark) {
    const end = text.indexOf(boldMark, 2);
    if (end < 0 || end > 160) return null;
    label = text.slice(2, end);
    rest = text.slice(end + 2);
    const labelEndsWithColon = label.trimEnd().endsWith(':');
    const restTrimmed = rest.trimStart();
    const separator = /^[:–—-]/.exec(restTrimmed);
    if (separator) rest = restTrimmed.slice(1);
    else if (!labelEndsWithColon) return null;
  } else {
    let cut = -1;
    let width = 0;
    for (const separator of SEPARATORS) {
      const index = text.indexOf(separator);
      if (index > 0 && index <= 120 && (cut < 0 || index < cut)) {
        cut = index;
        width = separator.length;
      }
    }
    if (cut < 0) return null;
    label = text.slice(0, cut);
    rest = text.slice(cut + width);
  }
  const value = rest.trim();
  if (value === '') return null;
  const shape = headingShape(label);
  const match = matchSynonym(normalizeLabel(shape.label));
  if (!match) return null;
  return { heading: { ...shape, ...match, heading: asWritten(shape) }, value };
}

/** Words that must be capitalised for a short plain line to count as a heading ("General Considerations"). */
function looksLikeTitle(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  if (words.length === 0 || words.length > 8) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return true;
  if (words.length < 2) return false;
  return words.every((word) => word.length < 4 || /^\p{Lu}/u.test(word));
}

/**
 * A line shaped like a heading that names no known section: Markdown, numbered or bold
 * headings, or a short title-case line standing alone. Null for ordinary text.
 */
export function unknownHeadingShape(line: string, blankBefore: boolean, blankAfter: boolean): HeadingShape | null {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.length > 120) return null;
  const shape = headingShape(trimmed);
  if (shape.label === '' || /[.;,]$/.test(shape.label)) return null;
  if (shape.mdLevel > 0 || shape.bold) return shape;
  // «1. Сбор данных» is a list item; «2.1 Budget Approval» and «8 Приложения» standing alone are headings.
  const listStyleNumber = /^\d+\.\s/.test(trimmed);
  if (shape.number && !listStyleNumber && blankBefore && blankAfter && /^\p{Lu}/u.test(shape.label)) return shape;
  if (!shape.number && blankBefore && blankAfter && !/^[-*•]/.test(trimmed) && looksLikeTitle(shape.label)) return shape;
  return null;
}
