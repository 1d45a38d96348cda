import { ProcessCard } from '../../src/core/card/process-card';
import { importDocument } from '../../src/core/import/import-document';
import { isRecognised } from '../../src/core/import/is-recognised';
import { importOne, run } from './import-helpers';

describe('the imported card record', () => {
  it('is a valid new draft with no location and no save history', () => {
    const result = importDocument('# Card\n## Scope\nAll.', { newCardId: () => 'my-card' });
    const card = ProcessCard.parse(result.cards[0]);
    expect(card).toMatchObject({
      schemaVersion: 2,
      id: 'my-card',
      version: 0,
      status: 'draft',
      location: null,
      createdAt: null,
      createdBy: null,
      updatedAt: null,
      updatedBy: null,
    });
  });

  it('makes random ids that fit ItemId when the caller gives none, and cleans ids that do not fit', () => {
    const [first, second] = [importDocument('# A'), importDocument('# A')].map((result) => result.cards[0]!.id);
    expect(first).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(first).not.toBe(second);
    expect(importDocument('# A', { newCardId: () => 'bad id!' }).cards[0]!.id).toBe('bad-id-');
  });

  it('gives items the same ids for the same text', () => {
    const text = '## Inputs\n- Order\n- Stock\n## KPIs\n- NPS';
    expect(run(text).cards[0]!.content).toEqual(run(text).cards[0]!.content);
    expect(run(text).cards[0]!.content.inputs.map((input) => input.id)).toEqual(['in-1', 'in-2']);
  });

  it('detects the language from the text unless it is given', () => {
    expect(importOne('## Область применения\nВсе процессы, включая CRM и ISO.').content.language).toBe('ru');
    expect(importOne('## Scope\nAll processes.').content.language).toBe('en');
    expect(importOne('## Scope\nAll processes.', { language: 'ru' }).content.language).toBe('ru');
  });
});

describe('documents describing several processes', () => {
  it('yields one card per "title + field lines" block, with warnings tagged by card', () => {
    const result = run('A1: Sales\n- Purpose: Sell\n- Inputs: Leads\n- Responsible: {{ owner }}\n\nA2: Delivery\n- Purpose: Deliver\n- Outputs: Parcels, invoices');
    expect(result.cards.map((card) => [card.content.document.code, card.content.title])).toEqual([
      ['A1', 'Sales'],
      ['A2', 'Delivery'],
    ]);
    expect(result.cards[1]!.content.outputs.map((output) => output.name)).toEqual(['Parcels', 'invoices']);
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'placeholder', cardIndex: 0, section: 'responsibility' })]);
  });

  it('treats a single block as one card', () => {
    expect(run('Sales\n- Purpose: Sell\n- Inputs: Leads').cards).toHaveLength(1);
  });
});

describe('deciding whether anything of a card was recognised', () => {
  it('recognises a card by a title or a known section', () => {
    expect(isRecognised(importDocument('## Scope\nAll.'))).toBe(true);
    expect(isRecognised(importDocument('# Purchasing'))).toBe(true);
    expect(isRecognised(importDocument('УТВЕРЖДАЮ\n\nКАРТА ПРОЦЕССА «Продажи»'))).toBe(true);
  });

  it('recognises nothing in plain prose, blank text or an empty result', () => {
    expect(isRecognised(importDocument('hello world\n\nthis is just a letter to a friend.'))).toBe(false);
    expect(isRecognised(importDocument(''))).toBe(false);
    expect(isRecognised({ cards: [] })).toBe(false);
  });

  it('still keeps unrecognised text, in the notes and the warnings', () => {
    const result = importDocument('hello world');
    expect(result.cards[0]!.content.title).toBe('');
    expect(result.cards[0]!.content.sectionNotes.purpose).toBe('hello world');
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'unplaced-text', text: 'hello world' })]);
  });
});
