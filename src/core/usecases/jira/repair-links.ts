import { auditEntry } from '../../audit/audit-entry';
import { withoutUnlinked } from '../../capa/linked-action-counts';
import { AppError, isAppError } from '../../errors';
import type { RepairLinksResult } from '../../results/action-results';
import type { MacroContext } from '../macro-context';
import { cardAccess } from '../kpi/kpi-access';
import { requireCard } from '../kpi/kpi-rules-of';
import type { ActionDeps } from './action-deps';
import { pageLinkOf } from './page-link';
import { updateLinkedActions } from './update-linked-actions';

/**
 * Puts back the links to the card's page that raising could not make (kept in the summary's
 * `unlinked`), as the user, once per issue: the link's globalId names the page, so Jira replaces
 * a link that did arrive after all instead of adding a second. The macro calls this after its
 * first render said the reader may (`repairLinks`): the first screen is never held back by Jira
 * writes. Those who may raise actions may repair (the page's editors and the process owner).
 */
export function createRepairLinks(deps: ActionDeps) {
  return async (context: MacroContext, input: { cardId: string }): Promise<RepairLinksResult> => {
    const { actor } = context;
    const records = await deps.records.read(input.cardId);
    const card = requireCard(records.card, input.cardId);
    const access = await cardAccess(deps, context, card, records.settings, null);
    if (actor.kind !== 'user' || !access.mayRecord) {
      throw new AppError('FORBIDDEN', "Only the page's editors and the process owner may repair the card's links in Jira.", [], { reason: 'edit' });
    }
    const unlinked = records.summary?.linkedActions.unlinked ?? [];
    const repairedIds: string[] = [];
    const remaining: string[] = [];
    for (const entry of unlinked) {
      const kpiName = card.content.kpis.find((kpi) => kpi.id === entry.kpiId)?.name;
      const link = pageLinkOf(card, context, entry.pageId, kpiName);
      if (link === null) {
        remaining.push(entry.issueKey);
        continue;
      }
      try {
        await deps.jiraIssues.addRemoteLink(entry.issueKey, link);
        repairedIds.push(entry.issueId);
      } catch (error) {
        deps.logger.error('Could not repair the issue’s link to the card’s page', { issueKey: entry.issueKey, code: isAppError(error) ? error.code : 'unexpected' });
        remaining.push(entry.issueKey);
      }
    }
    if (repairedIds.length === 0) return { repaired: [], remaining };
    const done = new Set(repairedIds);
    const keys = unlinked.filter((entry) => done.has(entry.issueId)).map((entry) => entry.issueKey);
    // Jira holds the links now; a failure to say so only means the next render repairs them again, which replaces them.
    try {
      await updateLinkedActions(deps, card.id, (digest) => withoutUnlinked(digest, done), records.summary);
    } catch (error) {
      deps.logger.error('Could not record the repaired links in the card’s summary', { cardId: card.id, code: isAppError(error) ? error.code : 'unexpected' });
    }
    await deps.audit.append(
      auditEntry(
        {
          cardId: card.id,
          at: deps.clock.now().toISOString(),
          actor,
          action: 'action.links-repaired',
          summary: `Linked ${keys.join(', ')} back to the card's page`,
          data: { issueKeys: keys },
        },
        deps.newAuditSuffix(),
      ),
    );
    return { repaired: keys, remaining };
  };
}
