import type { ProcessCard } from '../../card/process-card';
import { cardJiraProject } from '../../capa/jira-site';
import { countsOf, sameCounts } from '../../capa/linked-action-counts';
import { trackSeen } from '../../capa/tracked-actions';
import { isAppError } from '../../errors';
import type { ActionCounts } from '../../kpi/kpi-types';
import type { Clock } from '../../ports/clock';
import type { JiraIssues, LinkedActions } from '../../ports/jira-issues';
import type { KpiRecords } from '../../ports/kpi-records';
import type { Logger } from '../../ports/logger';
import type { MeasurementStore } from '../../ports/measurement-store';
import type { PagePermissions } from '../../ports/page-permissions';
import type { PeopleDirectory } from '../../ports/people-directory';
import type { ReaderJiraAccessStore } from '../../ports/reader-jira-access-store';
import { knownWithoutJira, noJiraAccess } from '../../capa/reader-jira-access';
import type { ActionCountsReason, CardActionsView, LinkedActionView } from '../../results/action-results';
import type { MacroContext } from '../macro-context';
import { cardAccess } from '../kpi/kpi-access';
import { issueUrl } from './action-deps';
import { LINKED_ACTIONS_LIMIT } from './list-linked-actions';
import { updateLinkedActions } from './update-linked-actions';

export interface CardActionsDeps {
  /** As the reader: Jira shows them only the issues they may browse. */
  jiraIssues: JiraIssues;
  /** Absent on read-only paths: the counts are then never written. */
  measurements?: MeasurementStore;
  /** Absent on read-only paths: a refusal is then not remembered. */
  readerJira?: ReaderJiraAccessStore;
  permissions: PagePermissions;
  directory: PeopleDirectory;
  clock: Clock;
  logger: Logger;
}

/**
 * The KPIs' linked actions for the macro's first render, within its budget: at most one page of
 * Jira's search for the whole card, as the reader, and none when storage's copy of the Jira
 * set-up says there is nothing to find (not connected, no project) or Jira cannot know the
 * reader (signed out). Whoever gets no issues sees the counts the summary keeps, never keys or
 * summaries. Jira failing never costs the card: it is logged and the counts show.
 */
export async function cardActionsView(
  deps: CardActionsDeps,
  context: MacroContext,
  card: ProcessCard,
  records: KpiRecords,
  options: { keepCounts: boolean } = { keepCounts: true },
): Promise<CardActionsView> {
  const stored = records.summary?.linkedActions ?? null;
  const counts = (reason: ActionCountsReason): CardActionsView => ({ shown: 'counts', reason, byKpi: stored?.byKpi ?? {}, countedAt: stored?.countedAt ?? null });
  const project = cardJiraProject(records.jiraSite, records.settings);
  // A project chosen and since removed still holds the card's issues: only "nothing set up" skips the search.
  if (project.state === 'not-connected' || project.state === 'no-project') return counts(project.state);
  if (context.actor.kind !== 'user') return counts('signed-out');
  // A Confluence-only reader costs no Jira call on every render: Jira's refusal is remembered for a day.
  if (knownWithoutJira(records.readerJira, deps.clock.now())) return counts('no-access');
  let found: LinkedActions | null;
  try {
    found = await deps.jiraIssues.searchLinkedActions(card.id, { limit: LINKED_ACTIONS_LIMIT });
  } catch (error) {
    deps.logger.error('Could not search Jira for the card’s actions; showing the stored counts', { cardId: card.id, code: isAppError(error) ? error.code : 'unexpected' });
    return counts('unavailable');
  }
  if (found === null) {
    await rememberRefusal(deps, context.actor.accountId);
    return counts('no-access');
  }
  // A render that already wrote (a macro config observed, a binding migrated) leaves the counts to the next one.
  if (!found.more && options.keepCounts) await keepCounts(deps, card.id, found, records);
  const byKpi: Record<string, LinkedActionView[]> = {};
  for (const issue of found.issues) {
    if (issue.kpiId === null) continue;
    (byKpi[issue.kpiId] ??= []).push({ ...issue, url: issueUrl(context, issue.key) });
  }
  return {
    shown: 'issues',
    byKpi,
    more: found.more,
    jiraUrl: context.site === undefined ? null : `${context.site.url}/issues/?jql=${encodeURIComponent(found.jql)}`,
    repairLinks: await mayRepairLinks(deps, context, card, records),
  };
}

async function rememberRefusal(deps: CardActionsDeps, accountId: string): Promise<void> {
  try {
    await deps.readerJira?.remember(accountId, noJiraAccess(deps.clock.now()));
  } catch (error) {
    // Only the next render's search is at stake.
    deps.logger.error('Could not remember that Jira refused the reader', { code: isAppError(error) ? error.code : 'unexpected' });
  }
}

/**
 * The counts a reader's complete search leaves, KPI by KPI: a KPI's counts are taken from the
 * search only when it saw at least as many of that KPI's issues as are counted. Jira shows each
 * reader only the issues they may browse, so a reader with narrower Jira permissions would
 * otherwise lower the counts everyone without Jira sees; status changes among as many issues are
 * taken. Null when nothing would change.
 */
export function retakenCounts(seen: Record<string, ActionCounts>, stored: Record<string, ActionCounts>): Record<string, ActionCounts> | null {
  const merged: Record<string, ActionCounts> = {};
  for (const kpiId of new Set([...Object.keys(stored), ...Object.keys(seen)])) {
    const found = seen[kpiId];
    const kept = stored[kpiId];
    const pick = found !== undefined && (kept === undefined || total(found) >= total(kept)) ? found : kept;
    if (pick !== undefined) merged[kpiId] = pick;
  }
  return sameCounts(merged, stored) ? null : merged;
}

const total = (counts: ActionCounts): number => counts.new + counts.indeterminate + counts.done;

/**
 * A search that saw every linked issue retakes the stored counts, written only when they change:
 * one storage request, never retried here (a summary written meanwhile is left as it is).
 */
async function keepCounts(deps: CardActionsDeps, cardId: string, found: LinkedActions, records: KpiRecords): Promise<void> {
  const summary = records.summary;
  if (deps.measurements === undefined || summary === null) return;
  const seen = countsOf(found.issues);
  if (retakenCounts(seen, summary.linkedActions.byKpi) === null) return;
  const countedAt = deps.clock.now().toISOString();
  try {
    await updateLinkedActions(
      { measurements: deps.measurements, clock: deps.clock },
      cardId,
      (digest) => {
        const byKpi = retakenCounts(seen, digest.byKpi);
        if (byKpi === null) return null;
        // The issues behind the counts retaken are tracked as the search saw them, so the next event moves the right count.
        const taken = new Set(Object.keys(byKpi).filter((kpiId) => byKpi[kpiId] === seen[kpiId]));
        return { ...digest, byKpi, countedAt, issues: trackSeen(digest.issues, found.issues, taken, Date.parse(countedAt)) };
      },
      summary,
      [],
      false,
    );
  } catch (error) {
    // The counts are a convenience for readers without Jira; the next complete search writes them.
    deps.logger.error('Could not keep the card’s action counts', { cardId, code: isAppError(error) ? error.code : 'unexpected' });
  }
}

/**
 * Issues whose link to the page could not be made are repaired by the next person who may raise
 * actions; the page's editors and the process owner are known only by asking Confluence, so it is
 * asked only when there is something to repair.
 */
async function mayRepairLinks(deps: CardActionsDeps, context: MacroContext, card: ProcessCard, records: KpiRecords): Promise<boolean> {
  if ((records.summary?.linkedActions.unlinked.length ?? 0) === 0 || context.site === undefined) return false;
  try {
    return (await cardAccess(deps, context, card, records.settings, null)).mayRecord;
  } catch (error) {
    deps.logger.error('Could not tell whether the reader may repair the card’s links', { cardId: card.id, code: isAppError(error) ? error.code : 'unexpected' });
    return false;
  }
}
