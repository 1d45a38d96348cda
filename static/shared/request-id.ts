import { useCallback, useRef } from 'react';

/**
 * A request id that stays the same while the user retries the same input and changes when the
 * input does: the back end makes a retried import (or blank card) the same write, never a second one.
 */
export function useRequestId(): (input: string) => string {
  const last = useRef<{ input: string; id: string } | null>(null);
  return useCallback((input: string) => {
    if (last.current === null || last.current.input !== input) last.current = { input, id: crypto.randomUUID() };
    return last.current.id;
  }, []);
}
