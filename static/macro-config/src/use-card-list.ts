import { useCallback, useEffect, useState } from 'react';
import type { ListedCard } from '@src/contracts/resolver-contracts';
import { invokeResolver } from '@shared/bridge';
import type { ResolverError } from '@shared/error-notice';

export interface CardList {
  cards: ListedCard[];
  loading: boolean;
  error: ResolverError | null;
  /** Set while the store has more cards than are shown. */
  hasMore: boolean;
  loadMore: () => void;
}

/** Cards page by page, as the store returns them (at most 20 at a time in Forge storage). */
export function useCardList(): CardList {
  const [cards, setCards] = useState<ListedCard[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ResolverError | null>(null);

  const load = useCallback(async (from: string | null) => {
    setLoading(true);
    setError(null);
    const result = await invokeResolver('card/list', from === null ? {} : { cursor: from });
    setLoading(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setCards((shown) => {
      const seen = new Set(shown.map((card) => card.id));
      return [...shown, ...result.data.items.filter((card) => !seen.has(card.id))];
    });
    setCursor(result.data.cursor);
  }, []);

  useEffect(() => {
    void load(null);
  }, [load]);

  return {
    cards,
    loading,
    error,
    hasMore: cursor !== null,
    loadMore: () => void load(cursor),
  };
}
