import { join } from 'node:path';
import { kvs } from '@forge/kvs';
import {
  CARD_ENTITY,
  CardEntity,
  MAX_INDEX_TITLE_BYTES,
  UNTITLED_SORT_KEY,
  indexTitle,
  toCardEntity,
} from '../../src/adapters/forge/card-entities';
import type { ProcessCard } from '../../src/core/card/process-card';
import { installForgeRuntime, type ForgeRuntimeHandle } from '../../workbench/runtime';
import { generateCard } from '../support/card-builders';

/** A never-saved card: the core leaves updatedAt null. */
const withoutUpdatedAt = (card: ProcessCard): ProcessCard => ({ ...card, updatedAt: null });
const utf8Bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('card entities fit Forge\'s index and value rules', () => {
  it('cuts a 500-character Cyrillic title (1,000 bytes) to 450 letters, 900 bytes', () => {
    const title = 'Ж'.repeat(500);
    expect(utf8Bytes(title)).toBe(1000);
    expect(indexTitle(title)).toBe('Ж'.repeat(450));
  });

  it('keeps a title that fits whole', () => {
    expect(indexTitle('Управление маркетингом')).toBe('Управление маркетингом');
    expect(indexTitle('a'.repeat(MAX_INDEX_TITLE_BYTES))).toHaveLength(MAX_INDEX_TITLE_BYTES);
  });

  it('drops an emoji at the boundary whole rather than splitting its surrogate pair', () => {
    const title = `${'a'.repeat(898)}😀tail`;
    const indexed = indexTitle(title);
    expect(indexed).toBe('a'.repeat(898));
    expect(indexed.endsWith('\ud83d')).toBe(false);
    expect(indexTitle(`${'a'.repeat(896)}😀`)).toBe(`${'a'.repeat(896)}😀`);
  });

  it('never cuts inside a multi-byte character', () => {
    const indexed = indexTitle(`${'a'.repeat(899)}Ж`);
    expect(indexed).toBe('a'.repeat(899));
    expect(utf8Bytes(indexTitle(`${'a'.repeat(898)}${'€'.repeat(10)}`))).toBe(898);
  });

  it.each(['', '   ', '\t\n', ' '.repeat(1000) + 'late'])('gives an untitled card a visible sort key (%j)', (title) => {
    expect(indexTitle(title)).toBe(UNTITLED_SORT_KEY);
    expect(UNTITLED_SORT_KEY.trim()).not.toBe('');
  });

  it('sorts the untitled key after Latin, Cyrillic and CJK titles, in UTF-8 and UTF-16 order', () => {
    for (const title of ['Zeta', 'Яблоко', '質量']) {
      expect(title < UNTITLED_SORT_KEY).toBe(true);
      expect(Buffer.compare(Buffer.from(title), Buffer.from(UNTITLED_SORT_KEY))).toBe(-1);
    }
  });

  it('omits updatedAt when the card does not know it, and the schema reads it back', () => {
    const card = generateCard();
    const entity = toCardEntity(withoutUpdatedAt(card));
    expect('updatedAt' in entity).toBe(false);
    expect(CardEntity.parse(entity)).toEqual(entity);
    expect(toCardEntity({ ...card, updatedAt: '2026-01-01T00:00:00.000Z' }).updatedAt).toBe('2026-01-01T00:00:00.000Z');
  });

  describe('stored through the real @forge/kvs on the manifest\'s entities', () => {
    let runtime: ForgeRuntimeHandle;
    beforeEach(() => {
      runtime = installForgeRuntime({ manifestPath: join(__dirname, '..', '..', 'manifest.yml') });
    });
    afterEach(() => runtime.close());

    it.each([
      { what: 'an empty title', title: '' },
      { what: 'a 500-character Cyrillic title', title: 'Ж'.repeat(500) },
      { what: 'an emoji at the 900-byte boundary', title: `${'a'.repeat(898)}😀` },
    ])('accepts a never-saved card with $what', async ({ title }) => {
      const card = generateCard({ title });
      const entity = toCardEntity(withoutUpdatedAt(card));
      await kvs.entity(CARD_ENTITY).set(card.id, entity);
      expect(CardEntity.parse(await kvs.entity(CARD_ENTITY).get(card.id))).toEqual(entity);
    });
  });
});
