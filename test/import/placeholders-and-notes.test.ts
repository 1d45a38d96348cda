import { hasPlaceholder, isPlaceholderOnly } from '../../src/core/import/detect-placeholder';
import { codes, importOne } from './import-helpers';

describe('placeholders', () => {
  it('recognises template placeholders', () => {
    for (const text of ['[TODO]', '[TODO: list procedures]', '{{ meta.owner }}', '<enter role of process owner>', '[укажите должность]', 'TBD']) {
      expect(isPlaceholderOnly(text)).toBe(true);
    }
    expect(hasPlaceholder('The map of {{ org }} shows')).toBe(true);
    expect(isPlaceholderOnly('The map of {{ org }} shows')).toBe(false);
    expect(hasPlaceholder('Входы <и> выходы [1]')).toBe(false);
  });

  it('never takes a placeholder as a value and reports each one', () => {
    const { content, warnings } = importOne('# Card\n## Scope\n[TODO]\n## Process owner\n{{ owner }}\n## Inputs\n- <enter input>\n- Real input');
    expect(content.scope).toBe('');
    expect(content.responsibility).toEqual({ ownerRole: '', text: '' });
    expect(content.inputs.map((input) => input.name)).toEqual(['Real input']);
    expect(warnings.map((warning) => [warning.code, warning.section, warning.text])).toEqual([
      ['placeholder', 'scope', '[TODO]'],
      ['placeholder', 'responsibility', '{{ owner }}'],
      ['placeholder', 'inputs', '<enter input>'],
    ]);
  });
});

describe('text under no known heading', () => {
  it('goes to the nearest section before it, with a warning that carries the text', () => {
    const { content, warnings } = importOne('# Card X\n\n## Scope\nAll.\n\n## Appendix A\nA long note.\n\n## Improvement\nYearly.');
    expect(content.sectionNotes.scope).toBe('Appendix A\n\nA long note.');
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'unplaced-text', section: 'scope', heading: 'Appendix A', text: 'Appendix A\n\nA long note.' }),
    ]);
  });

  it('goes to the first section when it precedes every section', () => {
    const { content, warnings } = importOne('# Card X\n\nSome intro paragraph.\n\n## Scope\nAll.\n\n---\n\nTrailing text.');
    expect(content.sectionNotes.scope).toBe('Some intro paragraph.\n\nTrailing text.');
    expect(codes(warnings)).toEqual(['unplaced-text', 'unplaced-text']);
  });

  it('is never dropped: every word of the document reaches the card or the warnings', () => {
    const text = '## Scope\nAll.\n\nStrange Heading Here\n\nalpha beta gamma\n\n## KPIs\n- NPS\n\n---\n\ndelta epsilon';
    const { content, warnings } = importOne(text);
    const kept = JSON.stringify(content) + JSON.stringify(warnings);
    for (const word of ['Strange Heading Here', 'alpha beta gamma', 'delta epsilon']) expect(kept).toContain(word);
  });
});
