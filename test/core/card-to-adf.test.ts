import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cardToAdf } from '../../src/core/export/card-to-adf';
import { importDocument } from '../../src/core/import/import-document';
import { importReportFor } from '../../src/core/import/import-report';
import { generateCard } from '../support/card-builders';
import { readFixture, SEED_FIXTURE } from '../support/fixtures';
import { expectValidAdf, validateAdf } from '../support/adf-schema';
import type { AdfBlock, AdfDoc } from '../../src/core/export/adf-nodes';
import { buildCardDocument } from '../../src/core/card/card-document';
import { CARD_LABELS_RU } from '../../src/core/card/card-labels';

const ROOT = join(__dirname, '..', '..');

const importOne = (file: string) => importText(readFileSync(file, 'utf8'));

const importText = (source: string) => {
  const result = importDocument(source);
  const card = result.cards[0]!;
  return { ...card, importReport: importReportFor(result.warnings, 0, '2026-11-25T10:00:00.000Z') };
};

const plain = (block: AdfBlock | { content?: unknown[] }): string =>
  JSON.stringify(block).match(/"text":"((?:[^"\\]|\\.)*)"/g)?.map((match) => JSON.parse(match.slice(7))).join(' ') ?? '';

const headings = (doc: AdfDoc) => doc.content.filter((block) => block.type === 'heading').map(plain);

describe('cardToAdf (the card in Confluence PDF/Word export)', () => {
  it('is checked against a schema that does reject bad ADF', () => {
    expect(validateAdf({ version: 1, type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '' }] }] })).toBe(false);
    expect(validateAdf({ version: 1, type: 'doc', content: [{ type: 'heading', content: [] }] })).toBe(false);
  });

  it.each(['marketing.ru.md', 'purchasing.en.md'])('turns the example %s into valid ADF with every section', (file) => {
    const card = importOne(join(ROOT, 'examples', file));
    const doc = cardToAdf(card);
    expectValidAdf(doc);
    expect(headings(doc)[0]).toBe(card.content.title);
    expect(headings(doc)).toHaveLength(1 + 5 + 1 + 7 + 1);
    const tables = doc.content.filter((block) => block.type === 'table');
    expect(tables).toHaveLength(4);
    const kpiTable = tables[2]!;
    expect(kpiTable.type === 'table' && kpiTable.content).toHaveLength(card.content.kpis.length + 1);
    const steps = doc.content.find((block) => block.type === 'orderedList');
    expect(steps?.type === 'orderedList' && steps.content).toHaveLength(card.content.flowchart.steps.length);
  });

  it('says which sections the seed lacks, in Russian, and keeps its inputs table', () => {
    const seed = importText(readFixture(SEED_FIXTURE));
    const doc = cardToAdf(seed);
    expectValidAdf(doc);
    const all = plain({ content: doc.content });
    expect(all).toContain('6.2 Выходы процесса');
    expect(all).toContain('указан в содержании исходного документа («6.2 Выходы процесса»)');
    const inputs = doc.content.find((block) => block.type === 'table');
    expect(inputs?.type === 'table' && inputs.content.map(plain)).toEqual([
      '№ п/п Наименование входа Требования Поставщик',
      expect.stringContaining('Информация о клиентах'),
      expect.stringContaining('Маркетинговый бюджет'),
      expect.stringContaining('Рынок и конкурентные данные'),
      expect.stringContaining('Клиентская база'),
    ]);
  });

  it('exports an empty card as valid ADF that marks every section not filled in', () => {
    const doc = cardToAdf(generateCard({ inputs: [], responsibility: { ownerRole: '', text: '' }, title: '' }));
    expectValidAdf(doc);
    const notFilled = doc.content.filter((block) => plain(block) === 'Не заполнено');
    expect(notFilled.length).toBeGreaterThanOrEqual(13);
  });

  it('keeps line breaks of multi-line text as hard breaks, never as empty text', () => {
    const doc = cardToAdf(generateCard({ scope: 'Первая строка\n\nТретья строка' }));
    expectValidAdf(doc);
    const scope = JSON.stringify(doc.content);
    expect(scope).toContain('{"type":"text","text":"Первая строка"},{"type":"hardBreak"},{"type":"hardBreak"},{"type":"text","text":"Третья строка"}');
  });

  it('has the headings of the card-document model, in its order and numbering', () => {
    const card = generateCard();
    const model = buildCardDocument(card).map((section) => `${section.number} ${CARD_LABELS_RU[section.title]}`);
    expect(headings(cardToAdf(card)).slice(1)).toEqual(model);
  });

  it('says "missing from the source" exactly under the sections the model marks so', () => {
    const card = {
      ...generateCard({ outputs: [], scope: 'Заполнено после импорта' }),
      importReport: {
        importedAt: '2026-11-25T10:00:00.000Z',
        otherWarnings: 0,
        cuts: [],
        cutsOmitted: 0,
        missingSections: [
          { section: 'outputs' as const, heading: '6.2 Выходы' },
          { section: 'scope' as const, heading: '2 Область' },
        ],
      },
    };
    const marked = buildCardDocument(card).filter((section) => section.kind === 'content' && section.missingFromSource);
    expect(marked.map((section) => section.key)).toEqual(['outputs']);
    const doc = cardToAdf(card);
    expectValidAdf(doc);
    const notices = doc.content.flatMap((block, index) => (plain(block).includes('отсутствует в его тексте') ? [index] : []));
    expect(notices).toHaveLength(1);
    const headingAbove = doc.content.slice(0, notices[0]).filter((block) => block.type === 'heading').map(plain).at(-1);
    expect(headingAbove).toBe('6.2 Выходы процесса');
    expect(plain(doc.content[notices[0]!]!)).toContain('«6.2 Выходы»');
  });

  it('shows a note instead of "not filled in" for an empty section the importer kept text for', () => {
    const doc = cardToAdf(generateCard({ terms: [], sectionNotes: { terms: 'См. глоссарий предприятия.' } }));
    expectValidAdf(doc);
    const start = doc.content.findIndex((block) => plain(block) === '3 Термины и определения');
    const section = doc.content.slice(start + 1, start + 3).map(plain);
    expect(section).toEqual(['Дополнительный текст из документа', 'См. глоссарий предприятия.']);
  });
});
