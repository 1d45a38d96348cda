import { MAX_IMPORT_REQUEST_BYTES, requestBytes } from '../../src/contracts/limits';
import { importDocument } from '../../src/core/import/import-document';
import type { ImportResult } from '../../src/core/import/import-warning';
import { counterIds } from './import-helpers';

/**
 * The largest documents the contract lets through, in the shapes that grow arrays without
 * bound: `head`, then `unit` repeated as often as the request limit allows, then `tail`.
 * Each repetition counts as Forge counts it (JSON-escaped, UTF-8).
 */
function atLimit(head: string, unit: string, tail = ''): string {
  const base = requestBytes({ text: head + tail });
  const per = requestBytes({ text: unit }) - requestBytes({ text: '' });
  const count = Math.floor((MAX_IMPORT_REQUEST_BYTES - base) / per);
  const text = head + unit.repeat(count) + tail;
  expect(requestBytes({ text })).toBeLessThanOrEqual(MAX_IMPORT_REQUEST_BYTES);
  expect(requestBytes({ text: text + unit })).toBeGreaterThan(MAX_IMPORT_REQUEST_BYTES);
  return text;
}

/** Runs the import; a RangeError (stack overflow) fails the test with its own message. */
function importAtLimit(text: string): ImportResult {
  const result = importDocument(text, { newCardId: counterIds() });
  expect(Array.isArray(result.cards)).toBe(true);
  return result;
}

const inputNames = (result: ImportResult): number => result.cards[0]?.content.inputs.length ?? 0;

describe('documents at the request size limit', () => {
  it('one very long line of a run-together list', () => {
    const result = importAtLimit(atLimit('# Карта процесса\n\nВходы: ', 'а;'));
    expect(inputNames(result)).toBe(200);
  });

  it('one very long paragraph of semicolon-separated items under a heading', () => {
    const result = importAtLimit(atLimit('# Process card: Items\n\n## Inputs\n\n', 'a;'));
    expect(inputNames(result)).toBe(200);
  });

  it('one very long line of activities', () => {
    const result = importAtLimit(atLimit('# Process card: Steps\n\nActivities: ', 'a,'));
    expect(result.cards[0]!.content.flowchart.steps).toHaveLength(200);
  });

  it('one very long line of recipients', () => {
    const result = importAtLimit(atLimit('# Process card: Copies\n\nDistribution: ', 'a,'));
    expect(result.cards[0]!.content.distribution).toHaveLength(200);
  });

  it('one very long line of plain text', () => {
    const result = importAtLimit(atLimit('# Process card: Long\n\n## Purpose\n\n', 'a'));
    expect(result.cards[0]!.content.purpose.process).toHaveLength(20_000);
  });

  it('one very long line of table cells', () => {
    importAtLimit(atLimit('# Process card: Wide\n\n## Inputs\n\n', '\ta'));
  });

  it('a table of as many rows as fit', () => {
    const result = importAtLimit(atLimit('# Process card: Rows\n\n## Inputs\n\n', 'a\tb\n'));
    expect(inputNames(result)).toBe(200);
  });

  it('a table whose header names no column, of as many rows as fit', () => {
    importAtLimit(atLimit('# Process card: Rows\n\n## Resources\n\n', 'x\t\n'));
  });

  it('a SIPOC table of as many rows as fit', () => {
    const result = importAtLimit(atLimit('# Process card: SIPOC\n\nS\tI\tP\tO\tC\n', 'a\tb\tc\td\te\n'));
    expect(inputNames(result)).toBe(200);
  });

  it('as many bullets as fit', () => {
    const result = importAtLimit(atLimit('# Process card: Bullets\n\n## Inputs\n\n', '- a\n'));
    expect(inputNames(result)).toBe(200);
  });

  it('deeply nested bullets', () => {
    const levels = Array.from({ length: 300 }, (_, depth) => `${' '.repeat(depth)}- a\n`).join('');
    importAtLimit(atLimit('# Process card: Nested\n\n## Resources\n\n', levels));
  });

  it('as many known headings as fit', () => {
    importAtLimit(atLimit('# Process card: Headings\n\n', '## Inputs\nx\n'));
  });

  it('as many unknown headings as fit', () => {
    importAtLimit(atLimit('# Process card: Headings\n\n## Purpose\n\n', '# x\n\n'));
  });

  it('as many numbered flowchart steps as fit', () => {
    const result = importAtLimit(atLimit('# Process card: Steps\n\n## Flowchart\n\n', '1. a\n'));
    expect(result.cards[0]!.content.flowchart.steps).toHaveLength(200);
  });

  it('a Mermaid chart of as many edges as fit', () => {
    importAtLimit(atLimit('# Process card: Chart\n\n## Flowchart\n\n```mermaid\nflowchart TD\n', 'a-->b\n', '```\n'));
  });

  it('a Mermaid chart linking groups to groups is kept as written, not multiplied into millions of edges', () => {
    const group = Array.from({ length: 80 }, (_, index) => `n${index}`).join(' & ');
    const result = importAtLimit(
      atLimit('# Process card: Chart\n\n## Flowchart\n\n```mermaid\nflowchart TD\n', `${group} --> ${group}\n`, '```\n'),
    );
    expect(result.cards[0]!.content.flowchart.steps).toEqual([]);
    expect(result.warnings.map((warning) => warning.code)).toContain('flowchart-unparsed');
  });

  it('as many terms as fit', () => {
    importAtLimit(atLimit('# Process card: Terms\n\n## Terms and definitions\n\n', 'a – b\n'));
  });

  it('as many contents entries as fit', () => {
    importAtLimit(atLimit('# Process card: Contents\n\n## Contents\n\n', '1 a..1\n'));
  });

  it('as many blank lines as fit', () => {
    importAtLimit(atLimit('# Process card: Blank\n\n## Purpose\n\nx', '\n'));
  });

  it('as many placeholders as fit', () => {
    importAtLimit(atLimit('# Process card: Placeholders\n\n## Inputs\n\n', '- [TODO]\n'));
  });
});
