import { MAX_CARDS_PER_IMPORT, MAX_IMPORT_REQUEST_BYTES, requestBytes } from '../../src/contracts/limits';
import { MAX_WARNINGS } from '../../src/core/import/cap-warnings';
import { codes, run } from './import-helpers';

/** `count` small process blocks, the shape of a process map appendix. */
function blocks(count: number): string {
  return Array.from({ length: count }, (_, index) => `P${index + 1}: Process ${index + 1}\n- Purpose: p\n- Inputs: a\n`).join('\n');
}

describe('the number of cards one import may create', () => {
  it('refuses a document of 2,000 small process blocks before building any card', () => {
    const text = blocks(2_000);
    expect(requestBytes({ text })).toBeLessThanOrEqual(MAX_IMPORT_REQUEST_BYTES);
    const result = run(text);
    expect(result.tooManyCards).toEqual({ count: 2_000, limit: MAX_CARDS_PER_IMPORT });
    expect(result.cards).toEqual([]);
  });

  it('imports exactly as many blocks as the limit allows', () => {
    const result = run(blocks(MAX_CARDS_PER_IMPORT));
    expect(result.tooManyCards).toBeUndefined();
    expect(result.cards).toHaveLength(MAX_CARDS_PER_IMPORT);
  });

  it('takes the limit from the caller', () => {
    expect(run(blocks(3), { maxCards: 2 })).toMatchObject({ cards: [], tooManyCards: { count: 3, limit: 2 } });
    expect(run(blocks(3), { maxCards: 3 }).cards).toHaveLength(3);
  });

  it('never refuses a document that is one card', () => {
    expect(run('# Process card: Sales\n\n## Purpose\n\nSell.', { maxCards: 1 }).cards).toHaveLength(1);
  });
});

describe('the number of warnings', () => {
  const placeholders = (count: number): string => Array.from({ length: count }, (_, index) => `- [TODO ${index}]`).join('\n');

  it('returns at most 200, in document order, and says how many were left out', () => {
    const result = run(`# Process card: Sales\n\n## Inputs\n\n${placeholders(250)}`);
    expect(result.warnings).toHaveLength(MAX_WARNINGS);
    expect(result.warningsOmitted).toBe(50);
    expect(result.warnings.map((warning) => warning.text)).toEqual(Array.from({ length: 200 }, (_, index) => `[TODO ${index}]`));
  });

  it('keeps what belongs in the import report before placeholders', () => {
    const contents = '## Contents\n\n1 Purpose ..... 1\n2 Scope ..... 2\n';
    const result = run(`# Process card: Sales\n\n${contents}\n## Purpose\n\nSell.\n\n## Inputs\n\n${placeholders(300)}`);
    expect(result.warnings).toHaveLength(MAX_WARNINGS);
    expect(result.warningsOmitted).toBe(101);
    expect(codes(result.warnings)).toContain('missing-section');
  });

  it('omits nothing from a short list', () => {
    const result = run(`# Process card: Sales\n\n## Inputs\n\n${placeholders(3)}`);
    expect(result.warnings).toHaveLength(3);
    expect(result.warningsOmitted).toBe(0);
  });
});
