import type { ProcessCard } from '../card/process-card';
import type { Actor } from '../actor';
import type { CardStore } from '../ports/card-store';
import { BINDING_SCHEMA_VERSION, macroKey, type MacroBindingStore, type MacroRef, type MacroState } from '../ports/macro-bindings';
import type { Logger } from '../ports/logger';
import { auditEntry, type AuditAction } from '../audit/audit-entry';
import { AppError } from '../errors';

export interface PlaceNewCardsDeps {
  cards: CardStore;
  bindings: MacroBindingStore;
  logger: Logger;
  newAuditSuffix: () => string;
}

export interface NewCardsPlacement {
  macro: MacroRef;
  actor: Extract<Actor, { kind: 'user' }>;
  importId: string;
  /** Built and validated; the first becomes the macro's card. */
  cards: ProcessCard[];
  action: Extract<AuditAction, 'card.imported' | 'card.created'>;
  savedAt: string;
}

/** The error for a macro that shows a card already: a second import would silently orphan the first. */
export const macroHasCard = (title: string): AppError =>
  new AppError('CONFLICT', `This macro already shows the card "${title}". Insert a new macro to import another card.`, [], {
    reason: 'macro-has-card',
    params: { title },
  });

/**
 * Refuses early when the macro already shows a card (before any work), unless that card came
 * from this same import: then the caller is retrying an import that already completed.
 */
export async function checkMacroIsFree(deps: PlaceNewCardsDeps, state: MacroState, importId: string): Promise<'free' | 'done'> {
  const { binding } = state;
  if (binding === null) return 'free';
  if (binding.importId === importId) return 'done';
  const card = await deps.cards.get(binding.cardId);
  // A legacy binding to a card that is gone left the macro empty: it may be imported into again.
  if (card === null && binding.legacy === true) return 'free';
  throw macroHasCard(card?.content.title ?? binding.cardId);
}

/**
 * Writes new cards so that a failure at any point leaves nothing visible: the cards go in as
 * pending (hidden from every list and export), then the macro binding, written only if the macro
 * has none, commits them together with the audit entry. The loser of two concurrent imports into
 * one macro finds the binding taken, removes its own cards and gets a CONFLICT. A retry with the
 * same import id writes only what is missing and completes the commit.
 */
export async function placeNewCards(deps: PlaceNewCardsDeps, placement: NewCardsPlacement): Promise<ProcessCard[]> {
  const { macro, actor, importId, cards, action, savedAt } = placement;
  const first = cards[0];
  if (first === undefined) throw new Error('placeNewCards needs at least one card');
  const key = macroKey(macro);
  const cardIds = cards.map((card) => card.id);
  const stored = await deps.cards.writePending({ importId, macroKey: key, cards, savedBy: actor.accountId, savedAt });
  const outcome = await deps.bindings.commit(
    {
      schemaVersion: BINDING_SCHEMA_VERSION,
      pageId: macro.pageId,
      localId: macro.localId,
      cardId: first.id,
      importId,
      cardIds,
      boundAt: savedAt,
      boundBy: actor.accountId,
    },
    auditEntry(
      {
        cardId: first.id,
        at: savedAt,
        actor,
        action,
        summary: action === 'card.imported' ? `Imported ${cards.length} card(s) into a macro on page ${macro.pageId}` : `Created a blank card on page ${macro.pageId}`,
        data: { importId, pageId: macro.pageId, localId: macro.localId, cardIds, title: first.content.title },
      },
      deps.newAuditSuffix(),
    ),
  );
  if (outcome === 'taken') {
    await deps.cards.discardPending(importId, cardIds);
    const winner = (await deps.bindings.get(macro)).binding;
    const shown = winner === null ? null : await deps.cards.get(winner.cardId);
    throw macroHasCard(shown?.content.title ?? '');
  }
  await settleQuietly(deps, importId, cardIds);
  return stored;
}

/** Visibility follows from the binding, so settling is only a shortcut for readers: a failure is logged, not fatal. */
export async function settleQuietly(deps: PlaceNewCardsDeps, importId: string, cardIds: readonly string[]): Promise<void> {
  try {
    await deps.cards.settle(importId, cardIds);
  } catch (error) {
    deps.logger.error('Could not settle imported cards; they stay visible through their binding', {
      importId,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}
