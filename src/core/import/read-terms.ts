import type { ImportContext } from './import-context';
import { readTable } from './read-table';
import type { Segment } from './segment-document';
import { TERM_COLUMNS } from './table-columns';
import { listItemText, trimEndChars } from './text-lines';
import { paragraphs } from './token-text';

export interface TermEntry {
  term: string;
  definition: string;
}

const SEPARATORS = [' – ', ' — ', ' - ', ': ', '–', '—', ' -- '];

/** «**Процесс** – совокупность …», "SOP: standard operating procedure", "- **KPI** — …". */
export function parseTermLine(line: string): TermEntry | null {
  let text = line.trim();
  text = listItemText(text) ?? text;
  if (text === '') return null;
  let term: string;
  let definition: string;
  const mark = text.startsWith('**') ? '**' : text.startsWith('__') ? '__' : null;
  if (mark) {
    const end = text.indexOf(mark, 2);
    if (end < 0) return null;
    term = text.slice(2, end).trim();
    let rest = text.slice(end + 2).trim();
    const separated = /^[–—:-]/.test(rest);
    if (separated) rest = rest.slice(1).trim();
    else if (!/[:–—-]$/.test(term)) return null;
    term = trimEndChars(term, ' :–—-');
    definition = rest;
  } else {
    let cut = -1;
    let width = 0;
    for (const separator of SEPARATORS) {
      const index = text.indexOf(separator);
      if (index > 0 && (cut < 0 || index < cut)) {
        cut = index;
        width = separator.length;
      }
    }
    if (cut < 0 || cut > 150) return null;
    term = text.slice(0, cut).trim();
    definition = text.slice(cut + width).trim();
  }
  if (term === '' || definition === '' || term.length > 150 || term.split(/\s+/).length > 12) return null;
  return { term, definition };
}

/** An abbreviation is written in capitals: СМК, CRM, KPI, ISO/IEC. */
const looksLikeAbbreviation = (term: string): boolean =>
  /^[\p{Lu}\p{N}&./-]{2,12}$/u.test(term) && (term.match(/\p{Lu}/gu)?.length ?? 0) >= 2;

export interface TermsRead {
  terms: TermEntry[];
  abbreviations: TermEntry[];
}

/**
 * Terms or abbreviations as «Термин – определение» lines or a two-column table. A section
 * headed «Термины, определения и сокращения» is split by the shape of each term.
 */
export function readTerms(
  segments: readonly Segment[],
  target: 'terms' | 'abbreviations',
  ctx: ImportContext,
  note: (text: string) => void,
): TermsRead {
  const read: TermsRead = { terms: [], abbreviations: [] };
  for (const segment of segments) {
    const add = (entry: TermEntry): TermEntry | null => {
      const term = ctx.value(entry.term, target, segment.heading);
      const definition = ctx.value(entry.definition, target, segment.heading);
      if (term === '' && definition === '') return null;
      const bucket = segment.part === 'combined' && looksLikeAbbreviation(term) ? 'abbreviations' : target;
      const stored = { term, definition };
      read[bucket].push(stored);
      return stored;
    };
    if (segment.inline) {
      const entry = parseTermLine(segment.inline);
      if (entry) add(entry);
      else note(segment.inline);
    }
    for (const paragraph of paragraphs(segment.tokens)) {
      if (paragraph.kind === 'other') {
        const token = paragraph.token;
        if (token.kind !== 'table') {
          note('raw' in token ? token.raw : '');
          continue;
        }
        const table = readTable(token.rows, TERM_COLUMNS, ['term', 'definition']);
        for (const row of table.rows) add({ term: row.term ?? '', definition: row.definition ?? '' });
        if (table.hasUnknownColumns || table.unreadable.length > 0) note(token.raw.join('\n'));
        continue;
      }
      let last: TermEntry | null = null;
      const loose: string[] = [];
      for (const line of paragraph.lines) {
        const entry = parseTermLine(line);
        if (entry) {
          last = add(entry);
        } else if (last && listItemText(line) === null && !/^\s*(?:\*\*|__)/.test(line)) {
          // A wrapped definition continues on the next line.
          last.definition = `${last.definition}\n${line.trim()}`;
        } else {
          loose.push(line);
        }
      }
      if (loose.length > 0) note(loose.join('\n'));
    }
  }
  return read;
}
