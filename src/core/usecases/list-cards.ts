import type { ListCardsResult } from '../../contracts/resolver-contracts';
import type { CardStore, CardSummary } from '../ports/card-store';
import type { PagePermissions } from '../ports/page-permissions';

export interface ListCardsDeps {
  cards: CardStore;
  permissions: PagePermissions;
}

/**
 * The register of cards, a page (≤ 20) at a time, optionally within one space. Storage holds
 * every space's cards; only those on pages the caller may see are listed, so a page of results
 * can hold fewer than 20 while the cursor still leads on.
 */
export function createListCards({ cards, permissions }: ListCardsDeps) {
  return async (accountId: string | undefined, input: { spaceId?: string; cursor?: string }): Promise<ListCardsResult> => {
    const page = await cards.list({ spaceId: input.spaceId, cursor: input.cursor });
    const visible = await Promise.all(page.items.map((item) => mayView(permissions, accountId, item)));
    return { items: page.items.filter((_, index) => visible[index]), cursor: page.cursor };
  };
}

async function mayView(permissions: PagePermissions, accountId: string | undefined, card: CardSummary): Promise<boolean> {
  if (accountId === undefined) return false;
  // A card not placed on any page yet has no page to inherit access from: listed to signed-in users.
  if (card.location === null || card.location.pageId === '') return true;
  return permissions.canViewPage(accountId, card.location.pageId);
}
