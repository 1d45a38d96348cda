import { headingShape, recogniseHeading, recogniseInlineHeading } from './recognise-heading';
import { isBlank } from './text-lines';

/** One process of a document that describes several: a title line and its "- Field: value" lines. */
export interface ProcessBlock {
  title: string;
  /** The process code written before the title («M1», «К-2»); '' when there is none. */
  code: string;
  /** Line of the title. */
  start: number;
  /** First line after the block's field lines. */
  end: number;
}

const CODED_TITLE = /^(\p{Lu}{1,4}-?\d{1,3}(?:\.\d{1,3}){0,3})\s*[:.)–—-]\s*(\S.*)$/u;
const MAX_TITLE = 120;

function fieldKey(line: string): string | null {
  if (line.length > 2000) return null;
  const inline = recogniseInlineHeading(line);
  if (!inline) return null;
  const key = inline.heading.key;
  return key === 'toc' || key === 'description' || key === 'approval' ? null : key;
}

function readTitle(line: string): { title: string; code: string } {
  const label = headingShape(line).label;
  const coded = CODED_TITLE.exec(label);
  return coded ? { code: coded[1]!, title: coded[2]!.trim() } : { code: '', title: label };
}

/**
 * Finds the processes of a document that describes several (a process map appendix:
 * «M1: Strategic Planning» followed by "- Purpose: …", "- Inputs: …", "- KPIs: …").
 * A block needs at least two field lines naming different sections. Fewer than two blocks
 * means the document is one card, and the result is empty.
 */
export function findProcessBlocks(lines: readonly string[]): ProcessBlock[] {
  const blocks: ProcessBlock[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index]!;
    const candidate = !isBlank(line) && !line.includes('\t') && line.trim().length <= MAX_TITLE && fieldKey(line) === null && !recogniseHeading(line) && !/^\s*[-*•]\s/.test(line);
    if (!candidate) {
      index += 1;
      continue;
    }
    const keys = new Set<string>();
    let cursor = index + 1;
    for (let key = fieldKey(lines[cursor] ?? ''); key !== null; key = fieldKey(lines[cursor] ?? '')) {
      keys.add(key);
      cursor += 1;
    }
    if (cursor - index - 1 >= 2 && keys.size >= 2) {
      blocks.push({ ...readTitle(line), start: index, end: cursor });
      index = cursor;
    } else {
      index += 1;
    }
  }
  return blocks.length >= 2 ? blocks : [];
}
