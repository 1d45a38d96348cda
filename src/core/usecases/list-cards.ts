import type { ListCardsResult, ListedCard } from '../results/macro-results';
import type { CardStore } from '../ports/card-store';
import type { PagePermissions, VisiblePage } from '../ports/page-permissions';
import type { Actor } from '../actor';

export interface ListCardsDeps {
  cards: CardStore;
  permissions: PagePermissions;
}

/**
 * The register of cards, a page (≤ 20) at a time, optionally within one space. Storage holds
 * every space's cards; only those on pages the caller may see are listed, with the page's title
 * (one batched check a page), so a page of results can hold fewer than 20 while the cursor leads on.
 */
export function createListCards({ cards, permissions }: ListCardsDeps) {
  return async (actor: Actor, input: { spaceId?: string; cursor?: string }): Promise<ListCardsResult> => {
    if (actor.kind !== 'user') return { items: [], cursor: null };
    const page = await cards.list({ spaceId: input.spaceId, cursor: input.cursor });
    const pageIds = [...new Set(page.items.flatMap((item) => (item.location && item.location.pageId !== '' ? [item.location.pageId] : [])))];
    const visible = pageIds.length === 0 ? new Map<string, VisiblePage>() : await permissions.visiblePages(actor, pageIds);
    const items = page.items.flatMap((item): ListedCard[] => {
      // A card not placed on any page yet has no page to inherit access from: listed to signed-in users.
      if (item.location === null || item.location.pageId === '') return [{ ...item, page: null }];
      const shown = visible.get(item.location.pageId);
      return shown === undefined ? [] : [{ ...item, page: { title: shown.title, spaceId: shown.spaceId } }];
    });
    return { items, cursor: page.cursor };
  };
}
