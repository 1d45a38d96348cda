import { z } from 'zod';
import { ProcessCard } from '../../core/card/process-card';

/**
 * How cards sit in Forge custom entities (declared in manifest.yml `app.storage.entities`).
 * Index attributes are copied out of the card so Forge can query them; the card itself is
 * one `any` attribute, validated again when read back.
 */
export const CARD_ENTITY = 'card';
export const REVISION_ENTITY = 'card-revision';

export const CardEntity = z.object({
  cardId: z.string(),
  spaceId: z.string(),
  pageId: z.string(),
  title: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
  card: ProcessCard,
});
export type CardEntity = z.infer<typeof CardEntity>;

export const RevisionEntity = z.object({
  cardId: z.string(),
  version: z.number().int(),
  savedAt: z.string(),
  savedBy: z.string(),
  changes: z.array(
    z.object({
      area: z.string(),
      kind: z.enum(['added', 'removed', 'changed']),
      path: z.string(),
      before: z.string().optional(),
      after: z.string().optional(),
    }),
  ),
  card: ProcessCard,
});
export type RevisionEntity = z.infer<typeof RevisionEntity>;

/** Unplaced cards are indexed under this space/page so they still list (Forge index values must be strings). */
export const NO_LOCATION = '-';

/** Forge range indexes sort strings; an empty title would sort oddly, so it is stored as a space. */
export const indexTitle = (title: string): string => (title.trim() === '' ? ' ' : title.slice(0, 500));

export function toCardEntity(card: ProcessCard): CardEntity {
  return {
    cardId: card.id,
    spaceId: card.location?.spaceId || NO_LOCATION,
    pageId: card.location?.pageId || NO_LOCATION,
    title: indexTitle(card.content.title),
    version: card.version,
    updatedAt: card.updatedAt ?? '',
    card,
  };
}

/** Revision keys sort by version: "<cardId>:v000012". */
export const revisionKey = (cardId: string, version: number): string =>
  `${cardId}:v${String(version).padStart(6, '0')}`;
