import { readFixture, SEED_FIXTURE } from '../support/fixtures';
import { expectValidAdf } from '../support/adf-schema';
import type { CardView } from '../../src/contracts/resolver-contracts';
import { readExportPayload, pageUrl } from '../../src/resolvers/export-payload';
import { EDITOR, OUTSIDER, PAGE, READER, startHandlerHarness } from './forge-handler-harness';
import { blankPayload, importPayload } from './forge-handler-harness';

const seed = readFixture(SEED_FIXTURE);
const SEED_TITLE = 'Привлечение клиентов и маркетинг';
const SITE = 'https://example.atlassian.net';

type Doc = { type: string; content: Array<{ type: string; content?: unknown[] }> };
const textOf = (doc: unknown) => JSON.stringify(doc);
const isFullCard = (doc: Doc) => doc.content.some((block) => block.type === 'table');

describe('adfExport function (production handler in the local Forge runtime)', () => {
  let harness: ReturnType<typeof startHandlerHarness>;
  /** Every document the handler answers must be ADF Confluence accepts, whatever it says. */
  const exportDoc = async (payload: unknown, runtimeContext: unknown = {}): Promise<Doc> => {
    const doc = await harness.exportMacro(payload, runtimeContext);
    expectValidAdf(doc);
    return doc as Doc;
  };
  const importSeed = () => harness.call('card/import', importPayload(seed), { accountId: EDITOR, localId: 'macro-1' });
  const blankCard = async (title: string) => {
    const created = await harness.call<CardView>('card/create-blank', blankPayload(title, 'ru'), { accountId: EDITOR });
    if (!created.ok) throw new Error(created.error.message);
    return created.data.card.id;
  };

  beforeEach(() => {
    harness = startHandlerHarness();
  });
  afterEach(() => harness.close());

  describe('payload shapes', () => {
    it('exports the card bound to the macro from the documented PDF shape (context.extension.content.id)', async () => {
      await importSeed();
      const doc = await exportDoc({ exportType: 'pdf', context: { localId: 'macro-1', extension: { content: { id: PAGE.pageId } } } }, {
        principal: { accountId: READER },
      });
      expect(doc.content[0]).toEqual({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: SEED_TITLE }] });
      expect(isFullCard(doc)).toBe(true);
    });

    it('reads the chosen card from extensionPayload.config in the PDF shape (assumed, seen in the field)', async () => {
      const cardId = await blankCard('Аудиты PDF');
      const doc = await exportDoc(
        {
          exportType: 'pdf',
          extensionPayload: { config: { cardId } },
          context: { localId: 'other', extension: { content: { id: PAGE.pageId }, space: { id: PAGE.spaceId, key: 'QMS' } } },
        },
        { principal: { accountId: READER } },
      );
      expect(textOf(doc)).toContain('Аудиты PDF');
    });

    it('reads the chosen card from context.extension.config (assumed, as in the macro view context)', async () => {
      const cardId = await blankCard('Аудиты extension');
      const doc = await exportDoc(
        { exportType: 'pdf', context: { localId: 'other', extension: { content: { id: PAGE.pageId }, config: { cardId } } } },
        { principal: { accountId: READER } },
      );
      expect(textOf(doc)).toContain('Аудиты extension');
    });

    it('exports the bound card from the Word shape with context.content.id (assumed, seen in the field)', async () => {
      await importSeed();
      const doc = await exportDoc({ exportType: 'word', context: { localId: 'macro-1', content: { id: PAGE.pageId }, accountId: READER } });
      expect(doc.content[0]).toMatchObject({ type: 'heading', content: [{ text: SEED_TITLE }] });
    });

    it('reads the Word shape with contentId and a top-level config (assumed, seen in the field)', async () => {
      const cardId = await blankCard('Аудиты');
      const doc = await exportDoc(
        { exportType: 'word', config: { cardId }, context: { localId: 'other', contentId: PAGE.pageId } },
        { principal: { accountId: READER } },
      );
      expect(textOf(doc)).toContain('Аудиты');
    });

    it('reads the Word shape with context.config (assumed, seen in the field)', async () => {
      const cardId = await blankCard('Аудиты Word');
      const doc = await exportDoc(
        { exportType: 'word', context: { localId: 'other', contentId: Number(PAGE.pageId), config: { cardId } } },
        { principal: { accountId: READER } },
      );
      expect(textOf(doc)).toContain('Аудиты Word');
    });

    it('takes identity from the runtime principal before the payload', async () => {
      const cardId = await blankCard('Секретно');
      const doc = await exportDoc(
        { exportType: 'pdf', config: { cardId }, context: { localId: 'm', contentId: '70000', accountId: EDITOR } },
        { principal: { accountId: OUTSIDER } },
      );
      expect(textOf(doc)).not.toContain('Секретно');
      expect(textOf(doc)).toContain('page you cannot see');
    });
  });

  describe('export types', () => {
    it.each(['pdf', 'word', 'other', 'html_export', 'diff', 'PDF', 'something-new', undefined])(
      'exports the whole card for exportType %s',
      async (exportType) => {
        await importSeed();
        const doc = await exportDoc({ exportType, context: { localId: 'macro-1', extension: { content: { id: PAGE.pageId } }, siteUrl: SITE } });
        expect(doc.content[0]).toMatchObject({ type: 'heading', content: [{ text: SEED_TITLE }] });
        expect(isFullCard(doc)).toBe(true);
      },
    );

    it.each(['email', 'feed'])('exports only the title, linked to the page, and the status for %s (site URL assumed)', async (exportType) => {
      await importSeed();
      const doc = await exportDoc({
        exportType,
        context: { localId: 'macro-1', extension: { content: { id: PAGE.pageId }, space: { id: PAGE.spaceId, key: 'QMS' } }, siteUrl: SITE },
      });
      expect(isFullCard(doc)).toBe(false);
      expect(doc.content).toEqual([
        {
          type: 'paragraph',
          content: [{ type: 'text', text: SEED_TITLE, marks: [{ type: 'strong' }, { type: 'link', attrs: { href: `${SITE}/wiki/spaces/QMS/pages/65537` } }] }],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'Карта процесса · Статус: Черновик' }] },
      ]);
    });

    it('takes the site URL from extensionPayload in an email (assumed) and links by page id when no space key is given', async () => {
      await importSeed();
      const doc = await exportDoc({ exportType: 'email', extensionPayload: { siteUrl: SITE }, context: { localId: 'macro-1', contentId: PAGE.pageId } });
      expect(textOf(doc)).toContain(`"href":"${SITE}/wiki/pages/viewpage.action?pageId=65537"`);
    });

    it('gives an email the title and status alone when the payload has no site URL', async () => {
      await importSeed();
      const doc = await exportDoc({ exportType: 'email', context: { localId: 'macro-1', extension: { content: { id: PAGE.pageId } } } });
      expect(doc.content).toHaveLength(2);
      expect(textOf(doc)).toContain(SEED_TITLE);
      expect(textOf(doc)).not.toContain('"link"');
    });
  });

  describe('sentences instead of a card', () => {
    it('says so when no card has been imported into the macro', async () => {
      const doc = await exportDoc({ exportType: 'pdf', context: { localId: 'nothing', contentId: '1' } });
      expect(textOf(doc)).toContain('no card has been imported');
    });

    it.each([
      ['no context', { exportType: 'pdf' }],
      ['no page in any shape', { exportType: 'pdf', context: { localId: 'm', extension: { space: { key: 'QMS' } } } }],
      ['no payload', undefined],
    ])('says the export did not say which macro when there is %s', async (_, payload) => {
      expect(textOf(await exportDoc(payload))).toContain('did not say which macro');
    });

    it('names no card id when the chosen card no longer exists', async () => {
      const doc = await exportDoc({ exportType: 'pdf', config: { cardId: 'card-gone-42' }, context: { localId: 'm', contentId: PAGE.pageId } });
      expect(textOf(doc)).toContain('no longer exists');
      expect(textOf(doc)).not.toContain('card-gone-42');
    });
  });
});

describe('readExportPayload (where each shape keeps the page, space and config)', () => {
  it('reads the space id of the PDF shape from context.extension.space (assumed, seen in the field)', () => {
    const call = readExportPayload({ context: { localId: 'm', extension: { content: { id: 5 }, space: { id: 7, key: 'QMS' } } } }, {});
    expect(call?.context.location).toEqual({ pageId: '5', spaceId: '7' });
  });

  it('reads the space of the Word shape from context.space, as an object or a key (assumed)', () => {
    expect(readExportPayload({ context: { localId: 'm', contentId: '5', space: { id: '8' } } }, {})?.context.location.spaceId).toBe('8');
    const byKey = readExportPayload({ context: { localId: 'm', contentId: '5', space: 'QMS', siteUrl: SITE } }, {});
    expect(byKey?.request.pageUrl).toBe(`${SITE}/wiki/spaces/QMS/pages/5`);
  });

  it('uses context.spaceKey for the link when the PDF shape gives no space (assumed)', () => {
    const call = readExportPayload({ context: { localId: 'm', extension: { content: { id: '5' } }, spaceKey: 'ISO', siteUrl: SITE } }, {});
    expect(call?.request.pageUrl).toBe(`${SITE}/wiki/spaces/ISO/pages/5`);
  });

  it('uses the principal as the actor, the payload account only without one, and anonymous otherwise', () => {
    const payload = { context: { localId: 'm', contentId: '5', accountId: 'from-payload' } };
    expect(readExportPayload(payload, { principal: { accountId: 'from-platform' } })?.context.actor).toEqual({ kind: 'user', accountId: 'from-platform' });
    expect(readExportPayload(payload, {})?.context.actor).toEqual({ kind: 'user', accountId: 'from-payload' });
    expect(readExportPayload({ context: { localId: 'm', contentId: '5' } }, undefined)?.context.actor).toEqual({ kind: 'anonymous' });
  });

  it('builds page links only from plain https site URLs', () => {
    expect(pageUrl(`${SITE}/`, '5', undefined)).toBe(`${SITE}/wiki/pages/viewpage.action?pageId=5`);
    expect(pageUrl(`${SITE}/wiki`, '5', 'Q M')).toBe(`${SITE}/wiki/spaces/Q%20M/pages/5`);
    expect(pageUrl('javascript:alert(1)', '5', undefined)).toBeUndefined();
    expect(pageUrl('http://example.atlassian.net', '5', undefined)).toBeUndefined();
    expect(pageUrl('https://user:secret@example.atlassian.net', '5', undefined)).toBeUndefined();
    expect(pageUrl('not a url', '5', undefined)).toBeUndefined();
  });
});
