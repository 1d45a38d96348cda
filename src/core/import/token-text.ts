import { appendAll } from './append-all';
import type { Token } from './tokenize-document';

/** The tokens' text exactly as written, without blank lines at either end. */
export function tokenText(tokens: readonly Token[]): string {
  const lines: string[] = [];
  for (const token of tokens) {
    switch (token.kind) {
      case 'blank':
        lines.push('');
        break;
      case 'text':
        lines.push(token.text);
        break;
      case 'table':
        appendAll(lines, token.raw);
        break;
      case 'fence':
      case 'comment':
      case 'rule':
        lines.push(token.raw);
        break;
    }
  }
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  return lines.join('\n');
}

/** A segment's text: the value on its heading line, then the lines under it. */
export function segmentText(inline: string, tokens: readonly Token[]): string {
  const body = tokenText(tokens);
  if (inline === '') return body;
  return body === '' ? inline : `${inline}\n${body}`;
}

/** Splits tokens into paragraphs of text lines; tables, fences and comments stand alone. */
export type Paragraph = { kind: 'lines'; lines: string[] } | { kind: 'other'; token: Token };

export function paragraphs(tokens: readonly Token[]): Paragraph[] {
  const result: Paragraph[] = [];
  let current: string[] | null = null;
  for (const token of tokens) {
    if (token.kind === 'text') {
      if (!current) {
        current = [];
        result.push({ kind: 'lines', lines: current });
      }
      current.push(token.text);
      continue;
    }
    current = null;
    if (token.kind !== 'blank' && token.kind !== 'rule') result.push({ kind: 'other', token });
  }
  return result;
}
