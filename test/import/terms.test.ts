import { parseTermLine } from '../../src/core/import/read-terms';
import { importOne } from './import-helpers';

describe('terms and abbreviations', () => {
  it.each([
    ['**Процесс** – совокупность действий', 'Процесс', 'совокупность действий'],
    ['Процесс — совокупность действий', 'Процесс', 'совокупность действий'],
    ['Process - a set of activities', 'Process', 'a set of activities'],
    ['Process: a set of activities', 'Process', 'a set of activities'],
    ['- **KPI**: key performance indicator', 'KPI', 'key performance indicator'],
    ['* **Lead:** a prospect', 'Lead', 'a prospect'],
    ['Блок-схема – графическое представление', 'Блок-схема', 'графическое представление'],
  ])('reads «%s»', (line, term, definition) => {
    expect(parseTermLine(line)).toEqual({ term, definition });
  });

  it('does not read lead-in sentences as terms', () => {
    expect(parseTermLine('В карте применены следующие термины:')).toBeNull();
    expect(parseTermLine('**Bold** text without a separator')).toBeNull();
  });

  it('keeps wrapped definitions and puts lines that are no entry into the notes', () => {
    const { content, warnings } = importOne(
      '## Terms and definitions\nSupplier – an organisation that\nprovides goods.\n**Lead** a bolded word without separator\n\n## Abbreviations\nQMS – quality management system',
    );
    expect(content.terms).toEqual([{ id: 'term-1', term: 'Supplier', definition: 'an organisation that\nprovides goods.' }]);
    expect(content.sectionNotes.terms).toBe('**Lead** a bolded word without separator');
    expect(content.abbreviations).toEqual([{ id: 'abbr-1', abbreviation: 'QMS', meaning: 'quality management system' }]);
    expect(warnings).toEqual([]);
  });

  it('splits a combined «terms and abbreviations» section by the shape of each term', () => {
    const { content } = importOne('## 3 Термины, определения и сокращения\n**Процесс** – совокупность действий.\n**СМК** – система менеджмента качества.');
    expect(content.terms.map((term) => term.term)).toEqual(['Процесс']);
    expect(content.abbreviations.map((item) => item.abbreviation)).toEqual(['СМК']);
  });

  it('reads terms from a two-column table', () => {
    const { content } = importOne('## Глоссарий\n| Термин | Определение |\n|---|---|\n| Лид | Потенциальный клиент |');
    expect(content.terms).toEqual([{ id: 'term-1', term: 'Лид', definition: 'Потенциальный клиент' }]);
  });
});
