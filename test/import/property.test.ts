import fc from 'fast-check';
import { ProcessCard } from '../../src/core/card/process-card';
import { importDocument } from '../../src/core/import/import-document';
import { isRecognised } from '../../src/core/import/is-recognised';

/** Pieces real card documents are made of, so generated text exercises the importer's paths. */
const fragment = fc.oneof(
  fc.constantFrom(
    '## 6.1 Входы процесса',
    '6.2. Выходы процесса:',
    '**KPIs**',
    '# Process Card: Test',
    'УТВЕРЖДАЮ',
    '_______ И. О. Фамилия',
    '«12» марта 2025 г.',
    'КП-СМК-07 · Редакция 2',
    '## СОДЕРЖАНИЕ',
    '6.4\tБлок-схема.....\t4',
    '| № | Наименование | Требования | Поставщик |',
    '|---|---|---|---|',
    '| 1 | Заявка | Полная | Клиент |',
    'Наименование\tПотребитель',
    '1. Шаг (Роль) если да – к 3, если нет – к 1',
    '2) Step (Role): if no, go to 9',
    '```mermaid',
    'flowchart TD',
    'A[Start] -->|yes| B{Check?}',
    '```',
    '**Термин** – определение',
    'Process owner: {{ owner }}',
    '- Inputs: a, b; c',
    'M1: Strategic Planning',
    '- Purpose: x',
    '- KPIs: y, z',
    '≥ 95 %',
    '95–102 %',
    '[TODO]',
    '<!-- note',
    '---',
    '',
    '\t',
    '|',
  ),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

const documentText = fc.array(fragment, { maxLength: 40 }).map((lines) => lines.join('\n'));

function expectValid(text: string): void {
  const result = importDocument(text, { newCardId: () => 'card-1' });
  expect(result.cards.length).toBeGreaterThan(0);
  for (const card of result.cards) ProcessCard.parse(card);
  expect(typeof isRecognised(result)).toBe('boolean');
}

describe('importing arbitrary text', () => {
  it('never throws and returns only schema-valid cards, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expectValid(text);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and returns only schema-valid cards, for text mixing headings, tables and lists', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        expectValid(text);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps cards valid when sections are far longer than the schema allows', () => {
    const huge = `## Scope\n${'слово '.repeat(5000)}\n## Inputs\n${Array.from({ length: 260 }, (_, index) => `- вход ${index}`).join('\n')}`;
    const result = importDocument(huge, { newCardId: () => 'card-1' });
    const card = ProcessCard.parse(result.cards[0]);
    expect(card.content.inputs).toHaveLength(200);
    expect(result.warnings.some((warning) => warning.code === 'text-cut' && warning.field === 'inputs' && warning.text?.includes('вход 259'))).toBe(true);
  });
});

describe('a failure inside the importer', () => {
  it('throws instead of reading as a document with no card in it', () => {
    const failing = (): string => {
      throw new Error('id source broke');
    };
    expect(() => importDocument('# Process card: Sales\n\n## Purpose\n\nSell.', { newCardId: failing })).toThrow('id source broke');
  });
});
