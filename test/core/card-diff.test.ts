import { diffCards } from '../../src/core/card/card-diff';
import { generateCard } from '../support/card-builders';

describe('diffCards', () => {
  it('names a new card as one addition', () => {
    const card = generateCard({ title: 'Закупки' });
    expect(diffCards(null, card)).toEqual([{ area: 'title', kind: 'added', path: 'card', after: 'Закупки' }]);
  });

  it('matches list rows by id, so a removed row is named and the rows after it are not', () => {
    const before = generateCard({
      inputs: [
        { id: 'in-1', name: 'A', requirements: '', supplier: '' },
        { id: 'in-2', name: 'B', requirements: '', supplier: '' },
        { id: 'in-3', name: 'C', requirements: '', supplier: '' },
      ],
    });
    const after = { ...before, content: { ...before.content, inputs: [before.content.inputs[0]!, before.content.inputs[2]!] } };
    const changes = diffCards(before, after);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ area: 'inputs', kind: 'removed', path: 'inputs.in-2' });
    expect(JSON.parse(changes[0]!.before!)).toMatchObject({ name: 'B' });
  });

  it('records text edits with the text before and after', () => {
    const before = generateCard({ scope: 'Старое' });
    const after = { ...before, content: { ...before.content, scope: 'Новое' } };
    expect(diffCards(before, after)).toEqual([
      { area: 'scope', kind: 'changed', path: 'scope', before: 'Старое', after: 'Новое' },
    ]);
  });

  it('records a status change and a move to another page', () => {
    const before = generateCard();
    const after = { ...before, status: 'approved' as const, location: { spaceId: 's', pageId: 'p' } };
    expect(diffCards(before, after).map((change) => change.area)).toEqual(['status', 'location']);
  });

  it('finds nothing when nothing changed', () => {
    const card = generateCard();
    expect(diffCards(card, structuredClone(card))).toEqual([]);
  });
});
