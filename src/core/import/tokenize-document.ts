import { isBlank } from './text-lines';

/** A piece of the document: a line of text, a table, a fenced block, a comment, a rule or a blank line. */
export type Token =
  | { kind: 'blank'; line: number }
  | { kind: 'text'; text: string; line: number }
  | { kind: 'table'; rows: string[][]; raw: string[]; line: number }
  | { kind: 'fence'; lang: string; body: string; raw: string; line: number }
  | { kind: 'comment'; raw: string; line: number }
  | { kind: 'rule'; raw: string; line: number };

const FENCE = /^\s*(```+|~~~+)\s*([\w-]*)/;
const RULE = /^\s*(?:-{3,}|\*{3,})\s*$/;
const PIPE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

function countPipes(line: string): number {
  let count = 0;
  for (let index = 0; index < line.length; index += 1) {
    if (line[index] === '|' && line[index - 1] !== '\\') count += 1;
  }
  return count;
}

/** Tab-separated (not merely tab-indented) or pipe-separated rows. */
function isRowLine(line: string): boolean {
  if (line.replace(/^\t+/, '').includes('\t')) return true;
  const trimmed = line.trim();
  return (trimmed.startsWith('|') && countPipes(trimmed) >= 2) || countPipes(trimmed) >= 2;
}

export function splitRow(line: string): string[] {
  if (line.includes('\t') && countPipes(line) < 2) return line.split('\t').map((cell) => cell.trim());
  let trimmed = line.trim();
  if (trimmed.startsWith('|')) trimmed = trimmed.slice(1);
  if (trimmed.endsWith('|') && !trimmed.endsWith('\\|')) trimmed = trimmed.slice(0, -1);
  const cells: string[] = [];
  let start = 0;
  for (let index = 0; index < trimmed.length; index += 1) {
    if (trimmed[index] === '|' && trimmed[index - 1] !== '\\') {
      cells.push(trimmed.slice(start, index));
      start = index + 1;
    }
  }
  cells.push(trimmed.slice(start));
  return cells.map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

/** Turns lines into tokens, leaving out the lines in `skip` (the table of contents). */
export function tokenizeDocument(lines: readonly string[], skip: ReadonlySet<number> = new Set()): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < lines.length) {
    if (skip.has(index)) {
      index += 1;
      continue;
    }
    const line = lines[index]!;
    const fence = FENCE.exec(line);
    if (fence) {
      const marker = fence[1]!;
      const start = index;
      index += 1;
      while (index < lines.length && !lines[index]!.trim().startsWith(marker)) index += 1;
      const end = Math.min(index, lines.length - 1);
      const raw = lines.slice(start, end + 1).join('\n');
      tokens.push({ kind: 'fence', lang: fence[2]!.toLowerCase(), body: lines.slice(start + 1, index).join('\n'), raw, line: start });
      index += 1;
      continue;
    }
    if (line.trim().startsWith('<!--')) {
      const start = index;
      while (index < lines.length - 1 && !lines[index]!.includes('-->')) index += 1;
      tokens.push({ kind: 'comment', raw: lines.slice(start, index + 1).join('\n'), line: start });
      index += 1;
      continue;
    }
    if (isBlank(line)) {
      // A line holding only a tab opens a table whose header cells are empty.
      if (line.includes('\t') && index + 1 < lines.length && isRowLine(lines[index + 1]!)) {
        index = readTable(lines, index, skip, tokens);
        continue;
      }
      tokens.push({ kind: 'blank', line: index });
      index += 1;
      continue;
    }
    if (RULE.test(line)) {
      tokens.push({ kind: 'rule', raw: line, line: index });
      index += 1;
      continue;
    }
    if (isRowLine(line)) {
      index = readTable(lines, index, skip, tokens);
      continue;
    }
    tokens.push({ kind: 'text', text: line, line: index });
    index += 1;
  }
  return tokens;
}

function readTable(lines: readonly string[], start: number, skip: ReadonlySet<number>, tokens: Token[]): number {
  const raw: string[] = [];
  const rows: string[][] = [];
  let index = start;
  while (index < lines.length && !skip.has(index)) {
    const line = lines[index]!;
    const continuesRow = index > start && line.startsWith('\t') && line.trim() !== '';
    if (index > start && !isRowLine(line) && !continuesRow) break;
    raw.push(line);
    if (!PIPE_SEPARATOR.test(line) || line.includes('\t')) rows.push(splitRow(line));
    index += 1;
  }
  tokens.push({ kind: 'table', rows, raw, line: start });
  return index;
}
