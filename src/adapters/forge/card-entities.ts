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

/** Forge range indexes sort strings; an empty title would sort oddly, so it is stored as a space. */
export const indexTitle = (title: string): string => (title.trim() === '' ? ' ' : title.slice(0, 500));

export function toCardEntity(card: ProcessCard, pending?: { importId: string; macroKey: string }): CardEntity {
  return {
    schemaVersion: card.schemaVersion,
    cardId: card.id,
    spaceId: card.location?.spaceId || NO_LOCATION,
    pageId: card.location?.pageId || NO_LOCATION,
    title: indexTitle(card.content.title),
    version: card.version,
    updatedAt: card.updatedAt ?? '',
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
