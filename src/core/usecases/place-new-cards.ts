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
  if (binding.legacy === true) {
    // A legacy binding (by localId alone) holds this macro only when its card lives on this page:
    // one that came along with a page copy, or whose card is gone, leaves the macro free — and the
    // new page-scoped binding then takes precedence. Its card's title is never shown here.
    if (card === null || card.location?.pageId !== state.binding?.pageId) return 'free';
  }
  throw macroHasCard(card?.content.title ?? '');
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
  let stored: ProcessCard[];
  try {
    stored = await deps.cards.writePending({ importId, macroKey: key, cards, savedBy: actor.accountId, savedAt });
  } catch (error) {
    // A double submit: the other request of this same import may have finished meanwhile.
    const done = await finishedMeanwhile(deps, macro, importId);
    if (done === null) throw error;
    return done;
  }
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
    const winner = (await deps.bindings.get(macro)).binding;
    // The same import won (a double submit, or a retry that raced the first attempt): it is done.
    if (winner?.importId === importId) {
      await settleQuietly(deps, importId, winner.cardIds);
      return stored;
    }
    try {
      await deps.cards.discardPending(importId, cardIds);
    } catch (error) {
      // The cards stay invisible (no binding names this import); the user still learns why.
      deps.logger.error('Could not discard the cards of an import that lost its macro', { importId, error: String(error) });
    }
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

/** The cards of `importId` when its binding exists already (committed by a concurrent request of the same import). */
async function finishedMeanwhile(deps: PlaceNewCardsDeps, macro: MacroRef, importId: string): Promise<ProcessCard[] | null> {
  const binding = (await deps.bindings.get(macro)).binding;
  if (binding === null || binding.importId !== importId) return null;
  await settleQuietly(deps, importId, binding.cardIds);
  const cards = await Promise.all(binding.cardIds.map((id) => deps.cards.get(id)));
  return cards.filter((card): card is ProcessCard => card !== null);
}
