/**
 * The few Atlassian Document Format nodes a card export needs, built as plain objects
 * (the shapes of @atlaskit/adf-schema's full.json; a test validates the output against it).
 */
export type AdfMark = { type: 'strong' } | { type: 'em' } | { type: 'link'; attrs: { href: string } };
export type AdfInline = { type: 'text'; text: string; marks?: AdfMark[] } | { type: 'hardBreak' };
export type AdfParagraph = { type: 'paragraph'; content: AdfInline[] };
export type AdfListItem = { type: 'listItem'; content: AdfParagraph[] };
export type AdfCell = { type: 'tableHeader' | 'tableCell'; attrs: Record<string, never>; content: AdfParagraph[] };
export type AdfBlock =
  | AdfParagraph
  | { type: 'heading'; attrs: { level: 1 | 2 | 3 }; content: AdfInline[] }
  | { type: 'bulletList'; content: AdfListItem[] }
  | { type: 'orderedList'; attrs: { order: number }; content: AdfListItem[] }
  | { type: 'table'; attrs: { isNumberColumnEnabled: boolean; layout: 'default' }; content: Array<{ type: 'tableRow'; content: AdfCell[] }> };
export interface AdfDoc {
  version: 1;
  type: 'doc';
  content: AdfBlock[];
}

/** Text as written, line breaks kept; ADF forbids empty text nodes, so empty text yields none. */
export function text(value: string, marks?: AdfMark[]): AdfInline[] {
  const lines = value.replace(/\r\n?/g, '\n').split('\n');
  return lines.flatMap((line, index) => {
    const pieces: AdfInline[] = index > 0 ? [{ type: 'hardBreak' }] : [];
    if (line !== '') pieces.push(marks ? { type: 'text', text: line, marks } : { type: 'text', text: line });
    return pieces;
  });
}

export const paragraph = (...content: AdfInline[][]): AdfParagraph => ({ type: 'paragraph', content: content.flat() });

export const heading = (level: 1 | 2 | 3, value: string): AdfBlock => ({ type: 'heading', attrs: { level }, content: text(value) });

const item = (content: AdfInline[]): AdfListItem => ({ type: 'listItem', content: [{ type: 'paragraph', content }] });

export const bulletList = (items: AdfInline[][]): AdfBlock => ({ type: 'bulletList', content: items.map(item) });

export const orderedList = (items: AdfInline[][]): AdfBlock => ({ type: 'orderedList', attrs: { order: 1 }, content: items.map(item) });

/** A table whose first row holds the column headers. */
export function table(headers: string[], rows: string[][]): AdfBlock {
  const cell = (type: AdfCell['type'], value: string): AdfCell => ({ type, attrs: {}, content: [paragraph(text(value))] });
  return {
    type: 'table',
    attrs: { isNumberColumnEnabled: false, layout: 'default' },
    content: [
      { type: 'tableRow', content: headers.map((header) => cell('tableHeader', header)) },
      ...rows.map((row) => ({ type: 'tableRow' as const, content: row.map((value) => cell('tableCell', value)) })),
    ],
  };
}
