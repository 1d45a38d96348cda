import { ProcessCard } from '../../core/card/process-card';
import { summariseCard } from '../../core/card/card-summary';
import { stampSavedCard } from '../../core/card/stamp-saved-card';
import { conflictError } from '../../core/card/conflict-error';
import { buildRevision, type CardRevision } from '../../core/card/card-revision';
import { AppError } from '../../core/errors';
import type { CardStore, CardSummary, ListCardsQuery, Page, PendingCards, SaveCardCommand } from '../../core/ports/card-store';
import { pageSize } from '../../core/ports/page-size';
import { assertFitsInStorage } from '../../core/ports/storage-limits';
import { MemoryMacroBindingStore } from './memory-macro-binding-store';
import { badCursor } from '../../core/card/bad-cursor';

interface Held {
  card: ProcessCard;
  pending?: { importId: string; macroKey: string };
}

/** Cards in memory, with the same contract as the Forge adapter (see the shared contract tests). */
export class MemoryCardStore implements CardStore {
  private readonly cards = new Map<string, Held>();
  private readonly revisions = new Map<string, CardRevision[]>();

  constructor(private readonly bindings: MemoryMacroBindingStore = new MemoryMacroBindingStore()) {}

  async get(cardId: string): Promise<ProcessCard | null> {
    const held = this.cards.get(cardId);
    return held && this.visible(held) ? structuredClone(held.card) : null;
  }

  async list(query: ListCardsQuery): Promise<Page<CardSummary>> {
    const limit = pageSize(query.limit);
    const matching = [...this.cards.values()]
      .filter((held) => this.visible(held))
      .map((held) => held.card)
      .filter((card) => query.spaceId === undefined || card.location?.spaceId === query.spaceId)
      .filter((card) => query.pageId === undefined || card.location?.pageId === query.pageId)
      .sort((a, b) => a.content.title.localeCompare(b.content.title) || a.id.localeCompare(b.id));
    const start = query.cursor ? Number.parseInt(query.cursor, 10) : 0;
    if (!Number.isSafeInteger(start) || start < 0 || String(start) !== (query.cursor ?? '0')) throw badCursor();
    const items = matching.slice(start, start + limit).map(summariseCard);
    const next = start + limit;
    return { items, cursor: next < matching.length ? String(next) : null };
  }

  async save(command: SaveCardCommand): Promise<ProcessCard> {
    const { card, expectedVersion, savedBy, savedAt, audit } = command;
    const held = this.cards.get(card.id);
    // Only committed cards are saved; a pending one is not there yet for anyone.
    const current = held !== undefined && this.visible(held) ? held.card : null;
    if (expectedVersion === 0 && held !== undefined) throw conflictError(card.id, 0, held.card.version);
    const currentVersion = current?.version ?? 0;
    if (currentVersion !== expectedVersion) {
      throw conflictError(card.id, expectedVersion, current ? current.version : null);
    }
    const stored = ProcessCard.parse(stampSavedCard(card, expectedVersion, savedBy, savedAt));
    assertFitsInStorage('The card', stored);
    const revision = buildRevision(current, stored, savedBy, savedAt);
    if (audit !== undefined) this.bindings.audit.appendNow(audit);
    this.cards.set(card.id, { card: stored });
    this.revisions.set(card.id, [...(this.revisions.get(card.id) ?? []), structuredClone(revision)]);
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

  async writePending(pending: PendingCards): Promise<ProcessCard[]> {
    const { importId, macroKey, savedBy, savedAt } = pending;
    const prepared = pending.cards.map((card) => {
      const stored = ProcessCard.parse(stampSavedCard(card, 0, savedBy, savedAt));
      assertFitsInStorage('The card', stored);
      return { stored, revision: buildRevision(null, stored, savedBy, savedAt) };
    });
    for (const { stored } of prepared) {
      const existing = this.cards.get(stored.id);
      if (existing !== undefined && (existing.pending?.importId !== importId || existing.pending.macroKey !== macroKey)) {
        throw new AppError('CONFLICT', `Card id ${stored.id} is taken; start the import again.`, [], { reason: 'import-id-reused' });
      }
    }
    for (const { stored, revision } of prepared) {
      if (this.cards.has(stored.id)) continue;
      this.cards.set(stored.id, { card: stored, pending: { importId, macroKey } });
      this.revisions.set(stored.id, [revision]);
    }
    return prepared.map(({ stored }) => structuredClone(this.cards.get(stored.id)?.card ?? stored));
  }

  async settle(importId: string, cardIds: readonly string[]): Promise<void> {
    for (const id of cardIds) {
      const held = this.cards.get(id);
      if (held?.pending?.importId === importId) this.cards.set(id, { card: held.card });
    }
  }

  async discardPending(importId: string, cardIds: readonly string[]): Promise<void> {
    for (const id of cardIds) {
      if (this.cards.get(id)?.pending?.importId !== importId) continue;
      this.cards.delete(id);
      this.revisions.delete(id);
    }
  }

  /** Cards held but never committed (for tests: what a failed import left behind). */
  pendingCount(): number {
    return [...this.cards.values()].filter((held) => held.pending !== undefined).length;
  }

  private visible(held: Held): boolean {
    return held.pending === undefined || this.bindings.commits(held.pending.macroKey, held.pending.importId, held.card.id);
  }
}
