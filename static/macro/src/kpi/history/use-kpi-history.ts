import { useCallback, useEffect, useRef, useState } from 'react';
import type { KpiHistoryResult } from '@src/contracts/kpi-contracts';
import { invokeResolver } from '@shared/bridge';
import type { ResolverError } from '@shared/error-notice';

export type HistoryState =
  | { kind: 'loading' }
  | { kind: 'failed'; error: ResolverError }
  | { kind: 'ready'; data: KpiHistoryResult; refreshing: boolean; older: 'idle' | 'loading' | ResolverError };

/**
 * A criterion's history, first page on opening. A refresh (after a value is entered, or someone
 * else's change) keeps what is shown until the new page arrives, so the form under it stays as
 * typed; only the newest request may show its answer. "Show older" appends the next page.
 */
export function useKpiHistory(cardId: string, kpiId: string) {
  const [state, setState] = useState<HistoryState>({ kind: 'loading' });
  const latest = useRef(0);
  // Older pages count apart: "Show older" must not discard a refresh still loading (its revisions matter to the form).
  const latestOlder = useRef(0);

  const load = useCallback(() => {
    const request = (latest.current += 1);
    // A refresh replaces the first page: an older page asked for before it would append to the wrong list.
    latestOlder.current += 1;
    setState((current) => (current.kind === 'ready' ? { ...current, refreshing: true } : { kind: 'loading' }));
    return invokeResolver('kpi/history', { cardId, kpiId }).then((result) => {
      if (request !== latest.current) return null;
      if (result.ok) {
        setState({ kind: 'ready', data: result.data, refreshing: false, older: 'idle' });
        return result.data;
      }
      // A failed refresh keeps the page shown; only a first load shows the failure in its place.
      setState((current) => (current.kind === 'ready' ? { ...current, refreshing: false } : { kind: 'failed', error: result.error }));
      return null;
    });
  }, [cardId, kpiId]);

  useEffect(() => {
    void load();
  }, [load]);

  const loadOlder = useCallback(() => {
    if (state.kind !== 'ready' || state.data.cursor === null) return;
    const request = (latestOlder.current += 1);
    const cursor = state.data.cursor;
    setState({ ...state, older: 'loading' });
    void invokeResolver('kpi/history', { cardId, kpiId, cursor }).then((result) => {
      if (request !== latestOlder.current) {
        setState((current) => (current.kind === 'ready' && current.older === 'loading' ? { ...current, older: 'idle' } : current));
        return;
      }
      setState((current) => {
        if (current.kind !== 'ready') return current;
        if (!result.ok) return { ...current, older: result.error };
        const seen = new Set(current.data.measurements.map((row) => row.periodKey));
        const measurements = [...current.data.measurements, ...result.data.measurements.filter((row) => !seen.has(row.periodKey))];
        return { ...current, older: 'idle', data: { ...current.data, measurements, cursor: result.data.cursor } };
      });
    });
  }, [cardId, kpiId, state]);

  return { state, reload: load, loadOlder };
}
