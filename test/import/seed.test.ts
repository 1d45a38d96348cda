import { importOne, readFixture } from './import-helpers';

/** The seed card (cut off after §6.1 in the copy we have) must be recovered value by value. */
describe('importing the seed card «Привлечение клиентов и маркетинг»', () => {
  const seed = readFixture('seed/marketing-process-card.ru.txt');
  const { content, warnings } = importOne(seed);

  it('finds the title, the approval marker and the language', () => {
    expect(content.title).toBe('Привлечение клиентов и маркетинг');
    expect(content.approval.marker).toBe('Утверждаю');
    expect(content.language).toBe('ru');
  });

  it('keeps the purpose of the card and of the process as written', () => {
    expect(content.purpose.card).toBe(
      'карта процесса обеспечивает управление процессом «Привлечение клиентов и маркетинг» с учетом требований, установленных ISO 9001:2015 (СТ РК ISO 9001-2016).',
    );
    expect(content.purpose.process).toBe(
      'увеличение клиентской базы, улучшение лояльности существующих клиентов и привлечение новых клиентов через маркетинговые усилия, рекламные кампании и улучшение клиентского опыта.',
    );
  });

  it('keeps both paragraphs of the scope', () => {
    expect(content.scope).toBe(
      'Карта процесса охватывает деятельность по привлечению клиентов и маркетингу.\n\n' +
        'Данным документом руководствуются соответствующие должностные лица, участвующие в процессе.',
    );
  });

  it('reads the 7 terms with their definitions', () => {
    expect(content.terms.map((term) => term.term)).toEqual([
      'Система менеджмента качества',
      'Процесс',
      'Требование',
      'Документ',
      'Запись',
      'Корректирующее действие',
      'Компетентность',
    ]);
    expect(content.terms[3]).toEqual({ id: 'term-4', term: 'Документ', definition: 'информация и соответствующий носитель.' });
  });

  it('reads the 5 abbreviations, the last one without a closing full stop', () => {
    expect(content.abbreviations.map((item) => item.abbreviation)).toEqual(['СМК', 'ВП', 'КП', 'ДИ', 'CRM']);
    expect(content.abbreviations[1]!.meaning).toBe('владелец процесса.');
    expect(content.abbreviations[4]!.meaning).toBe(
      'система и набор стратегий, направленных на улучшение взаимодействия с клиентами и управления ими в рамках бизнеса',
    );
  });

  it('finds the process owner inside the responsibility sentence and keeps the sentence', () => {
    expect(content.responsibility.ownerRole).toBe('Руководитель отдела маркетинга');
    expect(content.responsibility.text).toMatch(/^Ответственность за разработку, проверку содержания/);
    expect(content.responsibility.text).toMatch(/несет владелец процесса – Руководитель отдела маркетинга\.$/);
  });

  it('reads all 4 input rows by their column headers, dropping the «№ П/п» column', () => {
    expect(content.inputs).toEqual([
      { id: 'in-1', name: 'Информация о клиентах (потенциальных)', requirements: 'Данные актуальны, полные, сегментированы', supplier: 'CRM-система, маркетинг' },
      { id: 'in-2', name: 'Маркетинговый бюджет', requirements: 'Утвержденный бюджет на маркетинговые мероприятия', supplier: 'Финансовый департамент' },
      { id: 'in-3', name: 'Рынок и конкурентные данные', requirements: 'Актуальность и точность анализа конкурентов', supplier: 'Аналитический отдел' },
      { id: 'in-4', name: 'Клиентская база', requirements: 'Точность и актуальность данных', supplier: 'CRM, база данных' },
    ]);
  });

  it('reports §6.2–§7 as named in the contents but missing from the text', () => {
    const missing = warnings.filter((warning) => warning.code === 'missing-section');
    expect(missing.map((warning) => warning.section)).toEqual([
      'outputs',
      'resources',
      'flowchart',
      'managementActions',
      'improvement',
      'kpis',
      'distribution',
    ]);
    expect(missing[0]!.heading).toBe('6.2 Выходы процесса');
    expect(missing[6]!.heading).toBe('7 Рассылка');
  });

  it('does not take the contents for body text and leaves nothing unplaced', () => {
    expect(warnings.filter((warning) => warning.code !== 'missing-section')).toEqual([]);
    expect(content.sectionNotes).toEqual({});
    expect(JSON.stringify(content)).not.toContain('.....');
  });
});
