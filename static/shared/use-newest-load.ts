import { useCallback, useEffect, useRef, useState } from 'react';
import type { ResolverResult } from '@src/contracts/resolver-contracts';
import type { ResolverError } from './error-notice';

export type Loaded<T> = { kind: 'loading' } | { kind: 'failed'; error: ResolverError } | { kind: 'ready'; view: T };

/**
 * A panel's record, loaded on mount and again on request, where only the newest load may show its
 * answer (a Retry pressed twice never shows an older version). `keep` travels with a reload to
 * `onShow`: the user's own changes, made again on the newer version. With `stayShown`, a reload
 * that keeps changes leaves the panel on screen instead of a loading state.
 */
export function useNewestLoad<T, K>(
  fetch: () => Promise<ResolverResult<T>>,
  onShow: (view: T, keep: K | undefined) => void,
  options: { stayShown: boolean },
): { loaded: Loaded<T>; load: (keep?: K) => void; show: (view: T, keep?: K) => void } {
  const [loaded, setLoaded] = useState<Loaded<T>>({ kind: 'loading' });
  const { stayShown } = options;
  const show = useCallback(
    (view: T, keep?: K) => {
      setLoaded({ kind: 'ready', view });
      onShow(view, keep);
    },
    [onShow],
  );
  const latest = useRef(0);
  const load = useCallback(
    (keep?: K) => {
      const request = (latest.current += 1);
      setLoaded((current) => (stayShown && current.kind === 'ready' && keep !== undefined ? current : { kind: 'loading' }));
      void fetch().then((result) => {
        if (request !== latest.current) return;
        if (result.ok) show(result.data, keep);
        else setLoaded({ kind: 'failed', error: result.error });
      });
    },
    [fetch, show, stayShown],
  );
  useEffect(() => load(), [load]);
  return { loaded, load, show };
}
