import type { ImportWarning } from '../../src/core/import/import-warning';
import { run } from './import-helpers';

const cuts = (warnings: readonly ImportWarning[]): ImportWarning[] => warnings.filter((warning) => warning.code === 'text-cut');

describe('text the importer cut to fit a card', () => {
  it('names the field and carries what was cut', () => {
    const requirements = `${'т'.repeat(20_000)}КОНЕЦ`;
    const result = run(`# Process card: Sales\n\n## Inputs\n\n| Input | Requirements |\n|---|---|\n| a | b |\n| c | d |\n| e | f |\n| g | ${requirements} |`);
    expect(result.cards[0]!.content.inputs[3]!.requirements).toHaveLength(20_000);
    expect(cuts(result.warnings)).toEqual([
      expect.objectContaining({ code: 'text-cut', section: 'inputs', field: 'inputs.3.requirements', text: 'КОНЕЦ', cutLength: 5 }),
    ]);
    expect(result.warnings.filter((warning) => warning.code === 'unplaced-text')).toEqual([]);
  });

  it('cuts a title, which belongs to no section', () => {
    const result = run(`# Process card: ${'x'.repeat(2_010)}\n\n## Purpose\n\nSell.`);
    const [cut] = cuts(result.warnings);
    expect(cut).toMatchObject({ field: 'title', text: 'x'.repeat(10), cutLength: 10 });
    expect(cut).not.toHaveProperty('section');
  });

  it('keeps only the start of a long cut, and its full length', () => {
    const result = run(`# Process card: Long\n\n## Scope\n\n${'a'.repeat(20_000)}${'b'.repeat(50_000)}`);
    const [cut] = cuts(result.warnings);
    expect(cut).toMatchObject({ field: 'scope', section: 'scope', cutLength: 50_000 });
    expect(cut!.text).toBe('b'.repeat(2_000));
  });

  it('reports list entries beyond what the section holds as cut from the list', () => {
    const bullets = Array.from({ length: 203 }, (_, index) => `- r${index}`).join('\n');
    const [cut] = cuts(run(`# Process card: Many\n\n## Resources\n\n${bullets}`).warnings);
    expect(cut).toMatchObject({ field: 'resources', section: 'resources', text: 'r200\nr201\nr202', cutLength: 14 });
  });

  it('reports flowchart steps beyond 200 as cut from the steps', () => {
    const steps = Array.from({ length: 201 }, (_, index) => `${index + 1}. s${index + 1}`).join('\n');
    const [cut] = cuts(run(`# Process card: Steps\n\n## Flowchart\n\n${steps}`).warnings);
    expect(cut).toMatchObject({ field: 'flowchart.steps', section: 'flowchart', text: 's201' });
  });
});
