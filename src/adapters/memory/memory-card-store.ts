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
import { assertFitsInStorage } from '../../core/ports/storage-limits';

/** Cards in memory, with the same contract as the Forge adapter (see the shared contract tests). */
export class MemoryCardStore implements CardStore {
  private readonly cards = new Map<string, ProcessCard>();
  private readonly revisions = new Map<string, CardRevision[]>();

  async get(cardId: string): Promise<ProcessCard | null> {
    const card = this.cards.get(cardId);
    return card ? structuredClone(card) : null;
  }

  async list(query: ListCardsQuery): Promise<Page<CardSummary>> {
    const limit = pageSize(query.limit);
    const matching = [...this.cards.values()]
      .filter((card) => query.spaceId === undefined || card.location?.spaceId === query.spaceId)
      .filter((card) => query.pageId === undefined || card.location?.pageId === query.pageId)
      .sort((a, b) => a.content.title.localeCompare(b.content.title) || a.id.localeCompare(b.id));
    const start = query.cursor ? Number.parseInt(query.cursor, 10) : 0;
    const items = matching.slice(start, start + limit).map(summariseCard);
    const next = start + limit;
    return { items, cursor: next < matching.length ? String(next) : null };
  }

  async save(command: SaveCardCommand): Promise<ProcessCard> {
    const { card, expectedVersion, savedBy, savedAt } = command;
    const current = this.cards.get(card.id) ?? null;
    const currentVersion = current?.version ?? 0;
    if (currentVersion !== expectedVersion) {
      throw conflictError(card.id, expectedVersion, current ? current.version : null);
    }
    const stored = ProcessCard.parse(stampSavedCard(card, expectedVersion, savedBy, savedAt));
    assertFitsInStorage('The card', stored);
    const revision: CardRevision = {
      cardId: card.id,
      version: stored.version,
      savedAt,
      savedBy,
      changes: diffCards(current, stored),
      card: structuredClone(stored),
    };
    this.cards.set(card.id, stored);
    this.revisions.set(card.id, [...(this.revisions.get(card.id) ?? []), revision]);
    return structuredClone(stored);
  }

  async history(cardId: string, cursor?: string): Promise<Page<CardRevision>> {
    const newestFirst = [...(this.revisions.get(cardId) ?? [])].reverse();
    const start = cursor ? Number.parseInt(cursor, 10) : 0;
    const limit = pageSize();
    const next = start + limit;
    return {
      items: newestFirst.slice(start, next).map((revision) => structuredClone(revision)),
      cursor: next < newestFirst.length ? String(next) : null,
    };
  }
}
