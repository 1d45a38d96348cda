import { appendAll } from './append-all';
import type { Token } from './tokenize-document';
import { listItemText, splitRunTogether, trimEndChars } from './text-lines';
import { paragraphs } from './token-text';

export interface ListRead {
  items: string[];
  /** Text that belongs to the section but is no item: lead-ins, tables, code blocks. */
  notes: string[];
  tables: Array<Token & { kind: 'table' }>;
}

/** "Market analyses, customer needs" or "персонал; бюджет; CRM": a list written on one line. */
export function splitInlineList(value: string): string[] {
  const separator = value.includes(';') ? ';' : ',';
  return splitRunTogether(value, separator).map(cleanItem).filter((item) => item !== '');
}

/** Drops a list separator left at the end of an item («персонал;»), keeping the item's own text. */
export function cleanItem(item: string): string {
  return trimEndChars(item.trim(), ' ;,');
}

/**
 * List items of a section: bullets and numbered items (with their wrapped lines), paragraphs
 * run together with semicolons, and single paragraphs. Tables are handed back to the caller.
 */
export function readListItems(tokens: readonly Token[]): ListRead {
  const read: ListRead = { items: [], notes: [], tables: [] };
  for (const paragraph of paragraphs(tokens)) {
    if (paragraph.kind === 'other') {
      const token = paragraph.token;
      if (token.kind === 'table') read.tables.push(token);
      else if ('raw' in token) read.notes.push(token.raw);
      continue;
    }
    let item: string | null = null;
    let prose: string[] = [];
    const flushProse = (): void => {
      if (prose.length === 0) return;
      const text = prose.join('\n');
      prose = [];
      if (text.trim().endsWith(':')) read.notes.push(text);
      else if (text.includes(';')) {
        const parts = splitRunTogether(text.replace(/\s*\n\s*/g, ' '), ';').map(cleanItem);
        const lastIndex = parts.length - 1;
        if (lastIndex >= 0) parts[lastIndex] = trimEndChars(parts[lastIndex]!, '.');
        appendAll(read.items, parts.filter((part) => part !== ''));
      } else read.items.push(cleanItem(text));
    };
    const flushItem = (): void => {
      if (item !== null && cleanItem(item) !== '') read.items.push(cleanItem(item));
      item = null;
    };
    for (const line of paragraph.lines) {
      const bullet = listItemText(line);
      if (bullet !== null) {
        flushProse();
        flushItem();
        item = bullet;
      } else if (item !== null) {
        item = `${item}\n${line.trim()}`;
      } else {
        prose.push(line);
      }
    }
    flushProse();
    flushItem();
  }
  return read;
}
