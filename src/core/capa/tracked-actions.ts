import { MAX_TRACKED_ACTIONS, type ActionCounts, type LinkedActionsDigest, type TrackedAction } from '../kpi/kpi-types';
import type { StatusCategoryKey } from '../ports/jira-issues';

/**
 * The per-issue state that lets Jira's issue-updated events keep the counts (kpi-types.ts
 * TrackedAction): a count moves from the category the issue was last counted in to its new one.
 * Events come up to minutes late and sometimes twice, so the newest `changedAt` wins and an
 * event no newer than what is known changes nothing.
 */

export interface IssueStatusChange {
  issueId: string;
  /** The KPI the issue's record links to now. */
  kpiId: string;
  statusCategory: StatusCategoryKey;
  resolution: string | null;
  /** Epoch ms: when Jira last changed the issue, as the event tells it. */
  changedAt: number;
}

const none = (): ActionCounts => ({ new: 0, indeterminate: 0, done: 0 });

/** The digest with the change applied, or null when it is a duplicate or older than what is known (nothing to write). */
export function applyIssueStatus(digest: LinkedActionsDigest, change: IssueStatusChange): LinkedActionsDigest | null {
  const known = digest.issues[change.issueId];
  if (known !== undefined && known.changedAt >= change.changedAt) return null;
  const previous = known ?? countedAsRaised(digest, change);
  const byKpi = { ...digest.byKpi };
  if (previous !== null) byKpi[previous.kpiId] = moved(byKpi[previous.kpiId], previous.statusCategory, -1);
  byKpi[change.kpiId] = moved(byKpi[change.kpiId], change.statusCategory, +1);
  const entry: TrackedAction = { kpiId: change.kpiId, statusCategory: change.statusCategory, resolution: change.resolution, changedAt: change.changedAt };
  return { ...digest, byKpi, issues: bounded({ ...digest.issues, [change.issueId]: entry }, change.issueId) };
}

/** An issue just raised: in the to-do category until an event says otherwise (changedAt 0: any event supersedes it). */
export function trackRaised(issues: LinkedActionsDigest['issues'], kpiId: string, issueId: string): LinkedActionsDigest['issues'] {
  if (issues[issueId] !== undefined) return issues;
  return bounded({ ...issues, [issueId]: { kpiId, statusCategory: 'new', resolution: null, changedAt: 0 } }, issueId);
}

/**
 * The issues a reader's complete search saw, for the KPIs whose counts it retook: tracked in the
 * category the search found, as of `at` (the search is at least as new as any event sent before
 * it, so a late older event is then ignored, and the next one moves the count it should).
 */
export function trackSeen(
  issues: LinkedActionsDigest['issues'],
  seen: ReadonlyArray<{ id: string; kpiId: string | null; statusCategory: StatusCategoryKey }>,
  kpiIds: ReadonlySet<string>,
  at: number,
): LinkedActionsDigest['issues'] {
  let next = issues;
  for (const issue of seen) {
    if (issue.kpiId === null || !kpiIds.has(issue.kpiId)) continue;
    const known = next[issue.id];
    if (known !== undefined && known.changedAt > at) continue;
    next = bounded({ ...next, [issue.id]: { kpiId: issue.kpiId, statusCategory: issue.statusCategory, resolution: known?.resolution ?? null, changedAt: at } }, issue.id);
  }
  return next;
}

/**
 * An issue the app's raise counted before issues were tracked was counted as to do; any other
 * issue not tracked is new to the counts (raised in Jira itself, or dropped from the tracked ones).
 */
function countedAsRaised(digest: LinkedActionsDigest, change: IssueStatusChange): Pick<TrackedAction, 'kpiId' | 'statusCategory'> | null {
  return digest.counted.includes(change.issueId) ? { kpiId: change.kpiId, statusCategory: 'new' } : null;
}

function moved(counts: ActionCounts | undefined, category: StatusCategoryKey, by: 1 | -1): ActionCounts {
  const next = { ...(counts ?? none()) };
  // Never below zero: a search may have retaken the counts since the issue was tracked.
  next[category] = Math.max(0, next[category] + by);
  return next;
}

/**
 * Past the bound the oldest done issues go first (they rarely move again), then the oldest of
 * the rest; an event for a dropped issue later counts it again, so the bound is kept generous.
 */
function bounded(issues: LinkedActionsDigest['issues'], written: string): LinkedActionsDigest['issues'] {
  const ids = Object.keys(issues).filter((id) => id !== written);
  if (ids.length < MAX_TRACKED_ACTIONS) return issues;
  const order = (id: string): [number, number] => [issues[id]!.statusCategory === 'done' ? 0 : 1, issues[id]!.changedAt];
  const dropped = new Set(
    [...ids]
      .sort((a, b) => {
        const [doneA, atA] = order(a);
        const [doneB, atB] = order(b);
        return doneA - doneB || atA - atB;
      })
      .slice(0, ids.length + 1 - MAX_TRACKED_ACTIONS),
  );
  return Object.fromEntries(Object.entries(issues).filter(([id]) => !dropped.has(id)));
}
