import { useEffect, useState } from 'react';
import type { ResolverError } from '@shared/error-notice';
import { invokeResolver } from '@shared/bridge';
import { picksOf, type Pick } from './role-mapping-draft';

/** Letters the resolver wants before it searches (SearchDirectoryPayload). */
export const MIN_QUERY_LENGTH = 2;
// One request per pause in typing, not per key.
const DEBOUNCE_MS = 300;

export type SearchState =
  | { kind: 'idle' }
  | { kind: 'searching'; query: string }
  | { kind: 'found'; query: string; picks: Pick[] }
  | { kind: 'failed'; query: string; error: ResolverError };

/** People and groups matching `query`, asked once typing pauses; an answer to an older query is dropped. */
export function useDirectorySearch(query: string): SearchState {
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  const text = query.trim();
  useEffect(() => {
    if (text.length < MIN_QUERY_LENGTH) {
      setState({ kind: 'idle' });
      return;
    }
    let current = true;
    setState({ kind: 'searching', query: text });
    const timer = setTimeout(() => {
      void invokeResolver('directory/search', { query: text, kind: 'both' }).then((result) => {
        if (!current) return;
        setState(result.ok ? { kind: 'found', query: text, picks: picksOf(result.data) } : { kind: 'failed', query: text, error: result.error });
      });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text]);
  return state;
}
