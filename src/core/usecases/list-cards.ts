import type { ListCardsResult } from '../../contracts/resolver-contracts';
import type { CardStore } from '../ports/card-store';

/** The register of cards, a page (≤ 20) at a time, optionally within one space. */
export function createListCards({ cards }: { cards: CardStore }) {
  return async (input: { spaceId?: string; cursor?: string }): Promise<ListCardsResult> => {
    const page = await cards.list({ spaceId: input.spaceId, cursor: input.cursor });
    return { items: page.items, cursor: page.cursor };
  };
}
