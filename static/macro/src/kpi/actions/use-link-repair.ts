import { useEffect, useRef } from 'react';
import type { CardActionsView } from '@src/contracts/action-contracts';
import { invokeResolver } from '@shared/bridge';

/**
 * The one follow-up call the first render may ask for: when raising could not link some issues to
 * the card's page and this reader may raise actions, the links are put back now, after the card
 * is on screen, so the first screen never waits for Jira writes. Once per card shown; a failure
 * leaves them for the next render (the server logs it), so nothing is said here.
 */
export function useLinkRepair(cardId: string, actions: CardActionsView | null): void {
  const asked = useRef<string | null>(null);
  const needed = actions?.shown === 'issues' && actions.repairLinks;
  useEffect(() => {
    if (!needed || asked.current === cardId) return;
    asked.current = cardId;
    void invokeResolver('action/repair-links', { cardId });
  }, [cardId, needed]);
}
