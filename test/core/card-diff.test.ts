import { diffCards, MAX_CHANGES, MAX_VALUE_CHARS } from '../../src/core/card/card-diff';
import { generateCard } from '../support/card-builders';

describe('diffCards', () => {
  it('names a new card as one addition', () => {
    const card = generateCard({ title: 'Закупки' });
    expect(diffCards(null, card).changes).toEqual([{ area: 'title', kind: 'added', path: 'card', after: 'Закупки' }]);
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
    const { changes } = diffCards(before, after);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ area: 'inputs', kind: 'removed', path: 'inputs.in-2' });
    expect(JSON.parse(changes[0]!.before!)).toMatchObject({ name: 'B' });
  });

  it('records text edits with the text before and after', () => {
    const before = generateCard({ scope: 'Старое' });
    const after = { ...before, content: { ...before.content, scope: 'Новое' } };
    expect(diffCards(before, after).changes).toEqual([
      { area: 'scope', kind: 'changed', path: 'scope', before: 'Старое', after: 'Новое' },
    ]);
  });

  it('records a status change and a move to another page', () => {
    const before = generateCard();
    const after = { ...before, status: 'approved' as const, location: { spaceId: 's', pageId: 'p' } };
    expect(diffCards(before, after).changes.map((change) => change.area)).toEqual(['status', 'location']);
  });

  it('finds nothing when nothing changed', () => {
    const card = generateCard();
    expect(diffCards(card, structuredClone(card))).toEqual({ changes: [], omitted: 0 });
  });

  const rows = (...names: string[]) => names.map((name) => ({ id: `in-${name}`, name, requirements: '', supplier: '' }));

  it('names a reordered row as moved, with its old and new place, and only that row', () => {
    const before = generateCard({ inputs: rows('A', 'B', 'C', 'D') });
    const reordered = ['in-A', 'in-C', 'in-D', 'in-B'].map((id) => before.content.inputs.find((row) => row.id === id)!);
    const { changes } = diffCards(before, { ...before, content: { ...before.content, inputs: reordered } });
    expect(changes).toEqual([{ area: 'inputs', kind: 'moved', path: 'inputs.in-B', before: '2', after: '4' }]);
  });

  it('sees a move and an edit of the same row', () => {
    const before = generateCard({ inputs: rows('A', 'B') });
    const [a, b] = before.content.inputs;
    const after = { ...before, content: { ...before.content, inputs: [{ ...b!, supplier: 'Склад' }, a!] } };
    const kinds = diffCards(before, after).changes.map((change) => `${change.kind} ${change.path}`);
    expect(kinds).toContain('changed inputs.in-B.supplier');
    expect(kinds.filter((kind) => kind.startsWith('moved'))).toHaveLength(1);
  });

  it('stays bounded: at most MAX_CHANGES changes, each value cut, the rest counted', () => {
    const before = generateCard({ terms: Array.from({ length: 300 }, (_, i) => ({ id: `t-${i}`, term: `T${i}`, definition: 'старое' })) });
    const after = {
      ...before,
      content: { ...before.content, scope: 'я'.repeat(5000), terms: before.content.terms.map((term) => ({ ...term, definition: 'новое' })) },
    };
    const diff = diffCards(before, after);
    expect(diff.changes).toHaveLength(MAX_CHANGES);
    expect(diff.omitted).toBe(301 - MAX_CHANGES);
    const scope = diff.changes.find((change) => change.path === 'scope') ?? { after: '' };
    expect((scope.after ?? '').length).toBeLessThanOrEqual(MAX_VALUE_CHARS + 1);
  });
});
