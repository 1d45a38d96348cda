import { detectToc, readTocEntry } from '../../src/core/import/detect-toc';
import { codes, importOne } from './import-helpers';

describe('the table of contents', () => {
  it('reads entries with dot leaders, tabs and page numbers', () => {
    expect(readTocEntry('6.2\tВыходы процесса: .....\t4')).toBe('6.2 Выходы процесса');
    expect(readTocEntry('3 Scope ............ 12')).toBe('3 Scope');
    expect(readTocEntry('Приложение А …… 9')).toBe('Приложение А');
    expect(readTocEntry('Бюджет на 2025 год составляет 10')).toBeNull();
  });

  it('finds the contents after its heading, and a headless run of dotted entries', () => {
    const headed = detectToc(['## Contents', '', '1 Purpose ..... 2', '2 Scope ..... 2', '', '## 1 Purpose']);
    expect(headed.entries.map((entry) => entry.section)).toEqual(['purpose', 'scope']);
    expect([...headed.lines]).toEqual([0, 1, 2, 3]);
    const headless = detectToc(['1 Purpose ..... 2', '2 Outputs ..... 3', 'Body text.']);
    expect(headless.entries.map((entry) => entry.heading)).toEqual(['1 Purpose', '2 Outputs']);
    expect(detectToc(['Only one line ..... 2', 'Body']).entries).toEqual([]);
  });

  it('never turns contents entries into body text and reports sections it names that the body lacks', () => {
    const { content, warnings } = importOne(
      '## Contents\n1 Purpose ..... 2\n2 Scope ..... 2\n3 Outputs ..... 3\n\n## 1 Purpose\nTo sell.\n\n## 2 Scope\nAll sales.\n',
    );
    expect(content.purpose.process).toBe('To sell.');
    expect(content.scope).toBe('All sales.');
    expect(content.sectionNotes).toEqual({});
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'missing-section', section: 'outputs', heading: '3 Outputs' }),
    ]);
  });

  it('reports nothing missing when the contents and the body agree', () => {
    const { warnings } = importOne('Contents\n1 Scope ..... 2\n2 Improvement ..... 2\n\n1 Scope\n\nAll.\n\n2 Improvement\n\nYearly review.');
    expect(codes(warnings)).toEqual([]);
  });
});
