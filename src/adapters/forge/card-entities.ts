import { z } from 'zod';
import type { ProcessCard } from '../../core/card/process-card';
import { readStoredCard } from '../../core/card/stored-card';
import { REVISION_SCHEMA_VERSION, type CardRevision } from '../../core/card/card-revision';

/**
 * How cards sit in Forge custom entities (declared in manifest.yml `app.storage.entities`).
 * Index attributes are copied out of the card so Forge can query them; the card itself is
 * one `any` attribute, read back through readStoredCard (which migrates older records).
 */
export const CARD_ENTITY = 'card';
export const REVISION_ENTITY = 'card-revision';

/** The attributes around the stored card; `card` stays unparsed until readStoredCard. */
export const CardEntity = z.object({
  schemaVersion: z.number().int().optional(),
  cardId: z.string(),
  spaceId: z.string(),
  pageId: z.string(),
  title: z.string(),
  version: z.number().int(),
  // Absent when the card has never been saved: Forge refuses blank `string` attributes.
  updatedAt: z.string().optional(),
  /** Set while the card's import is not yet committed by its macro binding. */
  importId: z.string().optional(),
  macroKey: z.string().optional(),
  card: z.unknown(),
});
export type CardEntity = z.infer<typeof CardEntity>;

export const RevisionEntity = z.object({
  schemaVersion: z.number().int().optional(),
  cardId: z.string(),
  version: z.number().int(),
  savedAt: z.string(),
  savedBy: z.string(),
  changes: z.array(
    z.object({
      area: z.string(),
      kind: z.enum(['added', 'removed', 'changed', 'moved']),
      path: z.string(),
      before: z.string().optional(),
      after: z.string().optional(),
    }),
  ),
  changesOmitted: z.number().int().min(0).optional(),
  card: z.unknown(),
});
export type RevisionEntity = z.infer<typeof RevisionEntity>;

/** Unplaced cards are indexed under this space/page so they still list (Forge index values must be strings). */
export const NO_LOCATION = '-';

/**
 * The sort key of an untitled card. Forge refuses a blank `string` attribute (limits-kvs-ce), so
 * untitled cards need a visible key; U+FFFD sorts after every letter of Latin, Cyrillic and CJK
 * titles in both UTF-8 byte order (Forge's store) and UTF-16 order (the local emulator), so
 * untitled cards list last. Lists show the card's own title, never this key.
 */
export const UNTITLED_SORT_KEY = '\uFFFD';

/**
 * Forge caps an index's range values at 900 UTF-8 bytes; `title` is the only range attribute
 * of the by-space, by-page and by-title indexes, so it may use all of them.
 */
export const MAX_INDEX_TITLE_BYTES = 900;

/** The title as indexed: never blank, cut to 900 UTF-8 bytes between whole characters. */
export function indexTitle(title: string): string {
  if (title.trim() === '') return UNTITLED_SORT_KEY;
  let bytes = 0;
  let end = 0;
  // for…of walks code points, so a surrogate pair (an emoji) is kept or dropped whole.
  for (const character of title) {
    const codePoint = character.codePointAt(0)!;
    const size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    if (bytes + size > MAX_INDEX_TITLE_BYTES) break;
    bytes += size;
    end += character.length;
  }
  const cut = title.slice(0, end);
  // A title that starts with 900 bytes of spaces would still be blank once cut.
  return cut.trim() === '' ? UNTITLED_SORT_KEY : cut;
}

export function toCardEntity(card: ProcessCard, pending?: { importId: string; macroKey: string }): CardEntity {
  return {
    schemaVersion: card.schemaVersion,
    cardId: card.id,
    spaceId: card.location?.spaceId || NO_LOCATION,
    pageId: card.location?.pageId || NO_LOCATION,
    title: indexTitle(card.content.title),
    version: card.version,
    ...(card.updatedAt?.trim() ? { updatedAt: card.updatedAt } : {}),
    ...(pending ?? {}),
    card,
  };
}

export const toRevisionEntity = (revision: CardRevision): RevisionEntity => ({ ...revision });

/** Revisions written before revision records carried a schemaVersion read as version 1 with nothing omitted. */
export function readRevision(raw: unknown): CardRevision {
  const entity = RevisionEntity.parse(raw);
  return {
    schemaVersion: REVISION_SCHEMA_VERSION,
    cardId: entity.cardId,
    version: entity.version,
    savedAt: entity.savedAt,
    savedBy: entity.savedBy,
    changes: entity.changes as CardRevision['changes'],
    changesOmitted: entity.changesOmitted ?? 0,
    card: readStoredCard(entity.card),
  };
}

/** Revision keys sort by version: "<cardId>:v000012". */
export const revisionKey = (cardId: string, version: number): string =>
  `${cardId}:v${String(version).padStart(6, '0')}`;
