import { readFixture, SEED_FIXTURE } from '../support/fixtures';
import type { CardView } from '../../src/contracts/resolver-contracts';
import { EDITOR, OUTSIDER, READER, startHandlerHarness } from './forge-handler-harness';

const seed = readFixture(SEED_FIXTURE);

type Doc = { type: string; content: Array<{ type: string }> };
const textOf = (doc: unknown) => JSON.stringify(doc);

describe('adfExport function (production handler in the local Forge runtime)', () => {
  let harness: ReturnType<typeof startHandlerHarness>;
  beforeEach(() => {
    harness = startHandlerHarness();
  });
  afterEach(() => harness.close());

  it('exports the card bound to the macro, in the documented payload shape', async () => {
    await harness.call('card/import', { text: seed }, { accountId: EDITOR, localId: 'macro-1' });
    const doc = (await harness.exportMacro(
      { exportType: 'pdf', context: { localId: 'macro-1', content: { id: '65537' }, accountId: READER } },
      {},
    )) as Doc;
    expect(doc.type).toBe('doc');
    expect(doc.content[0]).toEqual({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Привлечение клиентов и маркетинг' }] });
    expect(doc.content.filter((block) => block.type === 'table')).toHaveLength(1);
  });

  it('accepts the payload shape seen in the wild (contentId, top-level config)', async () => {
    const created = await harness.call<CardView>('card/create-blank', { title: 'Аудиты', language: 'ru' }, { accountId: EDITOR });
    if (!created.ok) throw new Error(created.error.message);
    const doc = await harness.exportMacro(
      { exportType: 'word', config: { cardId: created.data.card.id }, context: { localId: 'other', contentId: '65537' } },
      { principal: { accountId: READER } },
    );
    expect(textOf(doc)).toContain('Аудиты');
  });

  it('does not export a card from a page the person exporting cannot see', async () => {
    const created = await harness.call<CardView>('card/create-blank', { title: 'Секретно', language: 'ru' }, { accountId: EDITOR });
    if (!created.ok) throw new Error(created.error.message);
    const doc = await harness.exportMacro(
      { exportType: 'pdf', config: { cardId: created.data.card.id }, context: { localId: 'm', contentId: '70000' } },
      { principal: { accountId: OUTSIDER } },
    );
    expect(textOf(doc)).not.toContain('Секретно');
    expect(textOf(doc)).toContain('page you cannot see');
  });

  it('answers a sentence, not an error, when there is no card or no macro context', async () => {
    const empty = await harness.exportMacro({ exportType: 'pdf', context: { localId: 'nothing', contentId: '1' } }, {});
    expect(textOf(empty)).toContain('no card has been imported');
    const broken = await harness.exportMacro({ exportType: 'pdf' }, {});
    expect(textOf(broken)).toContain('did not say which macro');
  });
});
