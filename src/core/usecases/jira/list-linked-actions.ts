import { isUsableProject } from '../../capa/provisioning/provision-record';
import type { LinkedActionsResult } from '../../results/action-results';
import type { MacroContext } from '../macro-context';
import { cardAccess } from '../kpi/kpi-access';
import { requireCard } from '../kpi/kpi-rules-of';
import { issueUrl, type ActionDeps } from './action-deps';
import { readProvisionRecord } from './read-provision-record';

/** The most the card lists; the rest are "more in Jira". */
export const LINKED_ACTIONS_LIMIT = 50;

/**
 * The card's corrective actions and improvements for whoever may see the card, found in one Jira
 * search as the reader: Jira shows them only the issues they may browse. No search is made when
 * no project is set up, or for a reader Jira cannot know (signed out).
 */
export function createListLinkedActions(deps: ActionDeps) {
  return async (context: MacroContext, input: { cardId: string }): Promise<LinkedActionsResult> => {
    const records = await deps.records.read(input.cardId);
    const card = requireCard(records.card, input.cardId);
    await cardAccess(deps, context, card, records.settings, null);
    if (context.actor.kind !== 'user') return { jira: 'no-access', issues: [], more: false };
    const record = await readProvisionRecord(deps.appProperties);
    if (!Object.values(record.projects).some(isUsableProject)) return { jira: 'not-set-up', issues: [], more: false };
    const found = await deps.jiraIssues.searchLinkedActions(card.id, { limit: LINKED_ACTIONS_LIMIT });
    if (found === null) return { jira: 'no-access', issues: [], more: false };
    return {
      jira: 'ok',
      issues: found.issues.map((issue) => ({ ...issue, url: issueUrl(context, issue.key) })),
      more: found.more,
      ...(context.site === undefined ? {} : { jiraUrl: `${context.site.url}/issues/?jql=${encodeURIComponent(found.jql)}` }),
    };
  };
}
