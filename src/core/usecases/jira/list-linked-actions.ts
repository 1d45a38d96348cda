import { cardJiraProject } from '../../capa/jira-site';
import type { LinkedActionsResult } from '../../results/action-results';
import type { MacroContext } from '../macro-context';
import { cardAccess } from '../kpi/kpi-access';
import { requireCard } from '../kpi/kpi-rules-of';
import { issueUrl, type ActionDeps } from './action-deps';
import { refreshJiraSite } from './jira-site-copy';

/** The most the card lists; the rest are "more in Jira". */
export const LINKED_ACTIONS_LIMIT = 50;

/**
 * The card's corrective actions and improvements for whoever may see the card, found in one Jira
 * search as the reader: Jira shows them only the issues they may browse. No search is made when
 * no project is set up, or for a reader Jira cannot know (signed out). It says, too, whether a raise
 * has somewhere to go; as it reads the provisioning record, it brings storage's copy up to it.
 */
export function createListLinkedActions(deps: ActionDeps) {
  return async (context: MacroContext, input: { cardId: string }): Promise<LinkedActionsResult> => {
    const records = await deps.records.read(input.cardId);
    const card = requireCard(records.card, input.cardId);
    await cardAccess(deps, context, card, records.settings, null);
    const site = await refreshJiraSite(deps, deps.clock.now().toISOString(), records.jiraSite);
    const project = cardJiraProject(site, records.settings);
    const target = project.state === 'not-connected' ? 'not-set-up' : project.state;
    if (context.actor.kind !== 'user') return { jira: 'no-access', target, issues: [], more: false };
    if (target === 'not-set-up') return { jira: 'not-set-up', target, issues: [], more: false };
    const found = await deps.jiraIssues.searchLinkedActions(card.id, { limit: LINKED_ACTIONS_LIMIT });
    if (found === null) return { jira: 'no-access', target, issues: [], more: false };
    return {
      jira: 'ok',
      target,
      issues: found.issues.map((issue) => ({ ...issue, url: issueUrl(context, issue.key) })),
      more: found.more,
      ...(context.site === undefined ? {} : { jiraUrl: `${context.site.url}/issues/?jql=${encodeURIComponent(found.jql)}` }),
    };
  };
}
