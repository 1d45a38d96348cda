import { appendAll } from './append-all';
import type { SectionKey } from '../card/process-card';
import { recogniseHeading } from './recognise-heading';
import { isBlank, trimEndChars } from './text-lines';

export interface TocEntry {
  /** The entry as written without leaders and page number: «6.2 Выходы процесса». */
  heading: string;
  section: SectionKey | null;
}

export interface TableOfContents {
  entries: TocEntry[];
  /** Line numbers that belong to the contents and are not body text. */
  lines: Set<number>;
}

const PAGE = /(\d{1,4})\s*$/;
const LEADING_NUMBER = /^\s*((?:\d{1,3}\.){0,5}\d{1,3})\.?[ \t]+/;

/** «6.1<TAB>Входы процесса .....<TAB>3» → «6.1 Входы процесса»; null when the line is no contents entry. */
export function readTocEntry(line: string): string | null {
  if (line.length > 300) return null;
  const page = PAGE.exec(line);
  if (!page) return null;
  const beforePage = line.slice(0, page.index);
  const withoutGap = trimEndChars(beforePage, ' ');
  const leaders = withoutGap.length - trimEndChars(withoutGap, '.…').length;
  const tabBeforePage = withoutGap.endsWith('\t');
  const number = LEADING_NUMBER.exec(line);
  const hasLeaders = leaders >= 2 || withoutGap.endsWith('…');
  if (!hasLeaders && !(tabBeforePage && number)) return null;
  let title = trimEndChars(withoutGap, ' \t.…');
  let prefix = '';
  if (number) {
    prefix = number[1]!;
    title = title.slice(number[0].length);
  }
  title = trimEndChars(title.trim(), ' \t:');
  if (title === '' || !/\p{L}/u.test(title)) return null;
  return prefix ? `${prefix} ${title}` : title;
}

function toEntry(heading: string): TocEntry {
  const recognised = recogniseHeading(heading);
  const key = recognised?.key;
  const section = key === undefined || key === 'toc' || key === 'description' ? null : key;
  return { heading, section };
}

/**
 * Finds a table of contents: a «Содержание»/"Contents" heading followed by entries, or a run
 * of at least two entries with dot leaders. Its lines are not body text, and its entries say
 * which sections the document claims to have.
 */
export function detectToc(lines: readonly string[]): TableOfContents {
  const toc: TableOfContents = { entries: [], lines: new Set() };
  let index = 0;
  while (index < lines.length) {
    const line = lines[index]!;
    const heading = recogniseHeading(line);
    const startsWithHeading = heading?.key === 'toc';
    const firstEntry = startsWithHeading ? null : readTocEntry(line);
    if (!startsWithHeading && firstEntry === null) {
      index += 1;
      continue;
    }
    const run: Array<{ line: number; heading: string }> = [];
    if (firstEntry !== null) run.push({ line: index, heading: firstEntry });
    let cursor = index + 1;
    let lastTaken = index;
    while (cursor < lines.length) {
      const candidate = lines[cursor]!;
      if (isBlank(candidate)) {
        cursor += 1;
        continue;
      }
      const entry = readTocEntry(candidate);
      if (entry === null) break;
      run.push({ line: cursor, heading: entry });
      lastTaken = cursor;
      cursor += 1;
    }
    if (startsWithHeading || run.length >= 2) {
      for (let taken = index; taken <= lastTaken; taken += 1) toc.lines.add(taken);
      appendAll(toc.entries, run.map((entry) => toEntry(entry.heading)));
      index = lastTaken + 1;
    } else {
      index += 1;
    }
  }
  return toc;
}
