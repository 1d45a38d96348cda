import { kvs, FilterConditions, Filter, Sort } from '@forge/kvs';
import { ProcessCard } from '../../core/card/process-card';
import { diffCards } from '../../core/card/card-diff';
import { summariseCard } from '../../core/card/card-summary';
import { stampSavedCard } from '../../core/card/stamp-saved-card';
import { conflictError } from '../../core/card/conflict-error';
import type {
  CardRevision,
  CardStore,
  CardSummary,
  ListCardsQuery,
  Page,
  SaveCardCommand,
} from '../../core/ports/card-store';
import { pageSize } from '../../core/ports/page-size';
import {
  CARD_ENTITY,
  CardEntity,
  REVISION_ENTITY,
  RevisionEntity,
  revisionKey,
  toCardEntity,
} from './card-entities';
import { assertFitsInStorage } from '../../core/ports/storage-limits';

/** Cards in Forge custom entities; every save is one conditional transaction (card + its revision). */
export class ForgeCardStore implements CardStore {
  async get(cardId: string): Promise<ProcessCard | null> {
    const stored = await kvs.entity<CardEntity>(CARD_ENTITY).get(cardId);
    return stored === undefined ? null : CardEntity.parse(stored).card;
  }

  async list(query: ListCardsQuery): Promise<Page<CardSummary>> {
    const entity = kvs.entity<CardEntity>(CARD_ENTITY).query();
    const indexed =
      query.pageId !== undefined
        ? entity.index('by-page', { partition: [query.pageId] })
        : query.spaceId !== undefined
          ? entity.index('by-space', { partition: [query.spaceId] })
          : entity.index('by-title');
    let builder = indexed.sort(Sort.ASC).limit(pageSize(query.limit));
    if (query.cursor) builder = builder.cursor(query.cursor);
    const page = await builder.getMany();
    return {
      items: page.results.map((result) => summariseCard(CardEntity.parse(result.value).card)),
      cursor: page.nextCursor ?? null,
    };
  }

  async save(command: SaveCardCommand): Promise<ProcessCard> {
    const { card, expectedVersion, savedBy, savedAt } = command;
    const current = expectedVersion === 0 ? null : await this.get(card.id);
    if (expectedVersion !== 0 && current?.version !== expectedVersion) {
      throw conflictError(card.id, expectedVersion, current?.version ?? null);
    }
    const stored = ProcessCard.parse(stampSavedCard(card, expectedVersion, savedBy, savedAt));
    const cardEntity = toCardEntity(stored);
    const revision: RevisionEntity = {
      cardId: stored.id,
      version: stored.version,
      savedAt,
      savedBy,
      changes: diffCards(current, stored),
      card: stored,
    };
    assertFitsInStorage('The card', cardEntity);
    assertFitsInStorage('The card revision', revision);
    // The condition makes the check-and-write atomic: a save that raced ours between the read
    // above and this write fails here instead of being overwritten.
    const versionCondition =
      expectedVersion === 0
        ? new Filter<CardEntity>().and('version', FilterConditions.notExists())
        : new Filter<CardEntity>().and('version', FilterConditions.equalTo(expectedVersion));
    try {
      await kvs
        .transact()
        .set(stored.id, cardEntity, { entityName: CARD_ENTITY, conditions: versionCondition })
        .set(revisionKey(stored.id, stored.version), revision, { entityName: REVISION_ENTITY })
        .execute();
    } catch (error) {
      const now = await this.get(card.id);
      if ((now?.version ?? 0) !== expectedVersion) throw conflictError(card.id, expectedVersion, now?.version ?? null);
      throw error;
    }
    return stored;
  }

  async history(cardId: string, cursor?: string): Promise<Page<CardRevision>> {
    let builder = kvs
      .entity<RevisionEntity>(REVISION_ENTITY)
      .query()
      .index('by-card', { partition: [cardId] })
      .sort(Sort.DESC)
      .limit(pageSize());
    if (cursor) builder = builder.cursor(cursor);
    const page = await builder.getMany();
    return {
      items: page.results.map((result) => RevisionEntity.parse(result.value) as CardRevision),
      cursor: page.nextCursor ?? null,
    };
  }
}
