import { MAX_COUNTED_ACTIONS, MAX_UNLINKED_ACTIONS, type ActionCounts, type LinkedActionsDigest } from '../kpi/kpi-types';
import type { LinkedAction } from '../ports/jira-issues';
import { trackRaised } from './tracked-actions';

/**
 * The counts the card's summary keeps of its linked Jira actions (kpi-types.ts LinkedActionsDigest):
 * kept up by the app's own raises, and retaken whenever a reader's search saw every linked issue.
 */

const none = (): ActionCounts => ({ new: 0, indeterminate: 0, done: 0 });

/**
 * One more action, just raised (Jira puts a new issue in the to-do category), unless this issue
 * was counted already: then `digest` itself, unchanged.
 */
export function countRaised(digest: LinkedActionsDigest, kpiId: string, issueId: string): LinkedActionsDigest {
  if (isCounted(digest, issueId)) return digest;
  const counts = digest.byKpi[kpiId] ?? none();
  return {
    ...digest,
    byKpi: { ...digest.byKpi, [kpiId]: { ...counts, new: counts.new + 1 } },
    counted: [...digest.counted, issueId].slice(-MAX_COUNTED_ACTIONS),
    issues: trackRaised(digest.issues, kpiId, issueId),
  };
}

export const isCounted = (digest: LinkedActionsDigest, issueId: string): boolean => digest.counted.includes(issueId);

/** Counts of a complete search: every linked issue with a KPI, by its status category. */
export function countsOf(actions: readonly LinkedAction[]): Record<string, ActionCounts> {
  const byKpi: Record<string, ActionCounts> = {};
  for (const action of actions) {
    if (action.kpiId === null) continue;
    const counts = (byKpi[action.kpiId] ??= none());
    counts[action.statusCategory] += 1;
  }
  return byKpi;
}

export function sameCounts(a: Record<string, ActionCounts>, b: Record<string, ActionCounts>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const left = a[key] ?? none();
    const right = b[key] ?? none();
    if (left.new !== right.new || left.indeterminate !== right.indeterminate || left.done !== right.done) return false;
  }
  return true;
}

/** An issue whose remote link to its page is still to be made; the oldest drop off past the limit. */
export function withUnlinked(digest: LinkedActionsDigest, issue: LinkedActionsDigest['unlinked'][number]): LinkedActionsDigest {
  const others = digest.unlinked.filter((entry) => entry.issueId !== issue.issueId);
  return { ...digest, unlinked: [...others, issue].slice(-MAX_UNLINKED_ACTIONS) };
}

export function withoutUnlinked(digest: LinkedActionsDigest, issueIds: ReadonlySet<string>): LinkedActionsDigest {
  return { ...digest, unlinked: digest.unlinked.filter((entry) => !issueIds.has(entry.issueId)) };
}
