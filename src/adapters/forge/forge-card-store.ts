import { kvs, FilterConditions, Filter, Sort } from '@forge/kvs';
import type { ProcessCard } from '../../core/card/process-card';
import { ProcessCard as ProcessCardSchema } from '../../core/card/process-card';
import { readStoredCard } from '../../core/card/stored-card';
import { summariseCard } from '../../core/card/card-summary';
import { stampSavedCard } from '../../core/card/stamp-saved-card';
import { conflictError } from '../../core/card/conflict-error';
import { buildRevision, type CardRevision } from '../../core/card/card-revision';
import { AppError } from '../../core/errors';
import { badCursor } from '../../core/card/bad-cursor';
import type { CardStore, CardSummary, ListCardsQuery, Page, PendingCards, SaveCardCommand } from '../../core/ports/card-store';
import { pageSize } from '../../core/ports/page-size';
import { assertFitsInStorage } from '../../core/ports/storage-limits';
import { CARD_ENTITY, CardEntity, REVISION_ENTITY, readRevision, revisionKey, toCardEntity, toRevisionEntity } from './card-entities';
import { BINDING_ENTITY, readBinding } from './binding-entities';
import { AUDIT_ENTITY, auditKey, toAuditEntity } from './audit-entities';
import { chunkForTransactions } from './transaction-chunks';
import type { StorageLogger } from './storage-logger';

interface StoredCardEntity {
  entity: CardEntity;
  card: ProcessCard;
}

/** Cards in Forge custom entities; every save is one conditional transaction (card, revision, audit entry). */
export class ForgeCardStore implements CardStore {
  constructor(private readonly logger: StorageLogger) {}

  async get(cardId: string): Promise<ProcessCard | null> {
    const stored = await this.read(cardId);
    if (stored === null) return null;
    if (stored.entity.importId === undefined) return stored.card;
    const committed = await this.committedImports([stored.entity]);
    return committed.has(stored.entity.cardId) ? stored.card : null;
  }

  /** A card entity read elsewhere (a batch across entities): parsed, and hidden while its import is pending. */
  async fromEntity(raw: unknown): Promise<ProcessCard | null> {
    const entity = CardEntity.parse(raw);
    const card = readStoredCard(entity.card);
    if (entity.importId === undefined) return card;
    return (await this.committedImports([entity])).has(entity.cardId) ? card : null;
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
    const page = await builder.getMany().catch((error: unknown) => {
      // A cursor the service does not know is the caller's mistake, not ours.
      if (query.cursor !== undefined) throw badCursor();
      throw error;
    });
    const readable = page.results.flatMap((result) => {
      const stored = this.parse(result.key, result.value);
      return stored === null ? [] : [stored];
    });
    const pending = readable.filter((stored) => stored.entity.importId !== undefined).map((stored) => stored.entity);
    const committed = pending.length === 0 ? new Set<string>() : await this.committedImports(pending);
    return {
      items: readable
        .filter((stored) => stored.entity.importId === undefined || committed.has(stored.entity.cardId))
        .map((stored) => summariseCard(stored.card)),
      cursor: page.nextCursor ?? null,
    };
  }

  async save(command: SaveCardCommand): Promise<ProcessCard> {
    const { card, expectedVersion, savedBy, savedAt, audit } = command;
    const read = expectedVersion === 0 ? null : await this.read(card.id);
    // Only committed cards are saved; a pending one is not there yet for anyone.
    const current = read !== null && read.entity.importId !== undefined && (await this.get(card.id)) === null ? null : read;
    if (expectedVersion !== 0 && current?.card.version !== expectedVersion) {
      throw conflictError(card.id, expectedVersion, current?.card.version ?? null);
    }
    const stored = ProcessCardSchema.parse(stampSavedCard(card, expectedVersion, savedBy, savedAt));
    const cardEntity = toCardEntity(stored);
    assertFitsInStorage('The card', cardEntity);
    const revision = buildRevision(current?.card ?? null, stored, savedBy, savedAt);
    // The condition makes the check-and-write atomic: a save that raced ours between the read
    // above and this write fails here instead of being overwritten.
    const versionCondition =
      expectedVersion === 0
        ? new Filter<CardEntity>().and('version', FilterConditions.notExists())
        : new Filter<CardEntity>().and('version', FilterConditions.equalTo(expectedVersion));
    let transaction = kvs
      .transact()
      .set(stored.id, cardEntity, { entityName: CARD_ENTITY, conditions: versionCondition })
      .set(revisionKey(stored.id, stored.version), toRevisionEntity(revision), { entityName: REVISION_ENTITY });
    if (audit !== undefined) transaction = transaction.set(auditKey(audit), toAuditEntity(audit), { entityName: AUDIT_ENTITY });
    try {
      await transaction.execute();
    } catch (error) {
      const now = await this.read(card.id);
      if ((now?.card.version ?? 0) !== expectedVersion) throw conflictError(card.id, expectedVersion, now?.card.version ?? null);
      throw error;
    }
    return stored;
  }

  async history(cardId: string, cursor?: string): Promise<Page<CardRevision>> {
    let builder = kvs
      .entity<unknown>(REVISION_ENTITY)
      .query()
      .index('by-card', { partition: [cardId] })
      .sort(Sort.DESC)
      .limit(pageSize());
    if (cursor) builder = builder.cursor(cursor);
    const page = await builder.getMany();
    return {
      items: page.results.flatMap((result) => {
        try {
          return [readRevision(result.value)];
        } catch (error) {
          this.logger.error('Skipped an unreadable card revision', { key: result.key, error: String(error) });
          return [];
        }
      }),
      cursor: page.nextCursor ?? null,
    };
  }

  async writePending(pending: PendingCards): Promise<ProcessCard[]> {
    const { importId, macroKey, savedBy, savedAt } = pending;
    const units = pending.cards.map((card) => {
      const stored = ProcessCardSchema.parse(stampSavedCard(card, 0, savedBy, savedAt));
      const entity = toCardEntity(stored, { importId, macroKey });
      assertFitsInStorage('The card', entity);
      return { stored, entity, revision: toRevisionEntity(buildRevision(null, stored, savedBy, savedAt)) };
    });
    const existing = await this.readMany(units.map((unit) => unit.stored.id));
    for (const unit of units) {
      const found = existing.get(unit.stored.id);
      if (found !== undefined && (found.importId !== importId || found.macroKey !== macroKey)) {
        throw new AppError('CONFLICT', `Card id ${unit.stored.id} is taken; start the import again.`, [], { reason: 'import-id-reused' });
      }
    }
    const missing = units.filter((unit) => !existing.has(unit.stored.id));
    const ours = (entity: CardEntity | undefined) => entity !== undefined && entity.importId === importId && entity.macroKey === macroKey;
    for (const chunk of chunkForTransactions(missing, () => 2, (unit) => [unit.entity, unit.revision])) {
      await this.writeChunk(chunk, ours);
    }
    // Cards an earlier attempt wrote are answered as stored, not as this attempt built them.
    return units.map((unit) => {
      const earlier = existing.get(unit.stored.id);
      return earlier === undefined ? unit.stored : readStoredCard(earlier.card);
    });
  }

  /**
   * One transaction of new cards. When it fails because a concurrent attempt of this same import
   * wrote some of them first, the rest are written once more; a card someone else holds fails it.
   */
  private async writeChunk(
    chunk: Array<{ stored: ProcessCard; entity: CardEntity; revision: unknown }>,
    ours: (entity: CardEntity | undefined) => boolean,
    retried = false,
  ): Promise<void> {
    const notStored = new Filter<CardEntity>().and('version', FilterConditions.notExists());
    let transaction = kvs.transact();
    for (const unit of chunk) {
      transaction = transaction
        .set(unit.stored.id, unit.entity, { entityName: CARD_ENTITY, conditions: notStored })
        .set(revisionKey(unit.stored.id, 1), unit.revision, { entityName: REVISION_ENTITY });
    }
    try {
      await transaction.execute();
    } catch (error) {
      const now = await this.readMany(chunk.map((unit) => unit.stored.id));
      const present = chunk.filter((unit) => now.has(unit.stored.id));
      if (retried || present.length === 0 || !present.every((unit) => ours(now.get(unit.stored.id)))) throw error;
      const rest = chunk.filter((unit) => !now.has(unit.stored.id));
      if (rest.length > 0) await this.writeChunk(rest, ours, true);
    }
  }

  async settle(importId: string, cardIds: readonly string[]): Promise<void> {
    const entities = await this.readMany(cardIds);
    const ours = [...entities.values()].filter((entity) => entity.importId === importId);
    for (const chunk of chunkForTransactions(ours, () => 1, (entity) => entity)) {
      let transaction = kvs.transact();
      for (const entity of chunk) {
        const { importId: _importId, macroKey: _macroKey, ...settled } = entity;
        transaction = transaction.set<CardEntity>(entity.cardId, settled, {
          entityName: CARD_ENTITY,
          conditions: new Filter<CardEntity>().and('importId', FilterConditions.equalTo(importId)),
        });
      }
      await transaction.execute();
    }
  }

  async discardPending(importId: string, cardIds: readonly string[]): Promise<void> {
    const entities = await this.readMany(cardIds);
    const ours = [...entities.values()].filter((entity) => entity.importId === importId);
    for (const chunk of chunkForTransactions(ours, () => 2, () => null)) {
      let transaction = kvs.transact();
      for (const entity of chunk) {
        transaction = transaction
          .delete(entity.cardId, {
            entityName: CARD_ENTITY,
            conditions: new Filter<CardEntity>().and('importId', FilterConditions.equalTo(importId)),
          })
          .delete(revisionKey(entity.cardId, 1), { entityName: REVISION_ENTITY });
      }
      await transaction.execute();
    }
  }

  private async read(cardId: string): Promise<StoredCardEntity | null> {
    const raw = await kvs.entity<unknown>(CARD_ENTITY).get(cardId);
    if (raw === undefined) return null;
    const entity = CardEntity.parse(raw);
    return { entity, card: readStoredCard(entity.card) };
  }

  /** The entities of up to any number of cards, 25 keys a request. */
  private async readMany(cardIds: readonly string[]): Promise<Map<string, CardEntity>> {
    const found = new Map<string, CardEntity>();
    for (let start = 0; start < cardIds.length; start += 25) {
      const batch = cardIds.slice(start, start + 25).map((key) => ({ key, entityName: CARD_ENTITY }));
      const result = await kvs.batchGet<unknown>(batch);
      for (const item of result.successfulKeys) found.set(item.key, CardEntity.parse(item.value));
    }
    return found;
  }

  /** A stored card that cannot be read (corrupt, from an unknown model) is skipped and logged, never fatal for a list. */
  private parse(key: string, raw: unknown): StoredCardEntity | null {
    try {
      const entity = CardEntity.parse(raw);
      return { entity, card: readStoredCard(entity.card) };
    } catch (error) {
      this.logger.error('Skipped an unreadable card record', { key, error: error instanceof Error ? error.message : String(error) });
      return null;
    }
  }

  /** Which pending cards are committed: their macro binding exists and names their import. */
  private async committedImports(entities: CardEntity[]): Promise<Set<string>> {
    const keys = [...new Set(entities.flatMap((entity) => (entity.macroKey === undefined ? [] : [entity.macroKey])))];
    const bindings = new Map<string, { importId: string; cardIds: string[] }>();
    for (let start = 0; start < keys.length; start += 25) {
      const result = await kvs.batchGet<unknown>(keys.slice(start, start + 25).map((key) => ({ key, entityName: BINDING_ENTITY })));
      for (const item of result.successfulKeys) bindings.set(item.key, readBinding(item.value));
    }
    // Committed: the binding names this import and this card (an earlier attempt may have written more).
    return new Set(
      entities
        .filter((entity) => {
          const binding = entity.macroKey === undefined ? undefined : bindings.get(entity.macroKey);
          return binding !== undefined && binding.importId === entity.importId && binding.cardIds.includes(entity.cardId);
        })
        .map((entity) => entity.cardId),
    );
  }
}

