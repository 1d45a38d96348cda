import { useCallback, useEffect, useRef, useState } from 'react';
import type { LinkedActionsResult } from '@src/contracts/action-contracts';
import { invokeResolver } from '@shared/bridge';
import type { ResolverError } from '@shared/error-notice';

export type LinkedActionsState = { kind: 'loading' } | { kind: 'failed'; error: ResolverError } | { kind: 'ready'; result: LinkedActionsResult };

/** The card's linked actions as the reader may see them in Jira (one search for the whole card); the newest load only. */
export function useLinkedActions(cardId: string) {
  const [state, setState] = useState<LinkedActionsState>({ kind: 'loading' });
  const latest = useRef(0);
  const load = useCallback(async () => {
    const request = (latest.current += 1);
    const result = await invokeResolver('action/list', { cardId });
    if (request !== latest.current) return;
    setState(result.ok ? { kind: 'ready', result: result.data } : { kind: 'failed', error: result.error });
  }, [cardId]);
  useEffect(() => {
    void load();
  }, [load]);
  return { state, reload: load };
}
