import type { ProcessCard } from '../../card/process-card';
import type { CreatedIssue, RemoteLink } from '../../ports/jira-issues';
import { isAppError } from '../../errors';
import type { MacroContext } from '../macro-context';
import { pageUrlOf, type ActionDeps } from './action-deps';

// Jira keeps a remote link's title and summary short.
const LINK_TEXT_MAX = 255;
const clip = (value: string): string => Array.from(value).slice(0, LINK_TEXT_MAX).join('');

/**
 * The link from an issue back to the card's page. Its globalId names the page, so adding it again
 * (a retried raise, a repair on a later render) replaces the link in Jira instead of adding a second.
 * Null without the site's address: there is nothing to link to.
 */
export function pageLinkOf(card: ProcessCard, context: MacroContext, pageId: string, kpiName: string | undefined): RemoteLink | null {
  const url = pageUrlOf(context, pageId);
  if (url === null) return null;
  const title = clip(card.content.title.trim() || card.id);
  return { globalId: `process-cards:page=${pageId}`, url, title, summary: kpiName === undefined ? title : clip(kpiName) };
}

/** Tried twice; the issue stands without it, so a failure is logged and answered, not thrown. */
export async function linkToPage(deps: Pick<ActionDeps, 'jiraIssues' | 'logger'>, issue: Pick<CreatedIssue, 'key'>, link: RemoteLink | null): Promise<boolean> {
  if (link === null) return false;
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    try {
      await deps.jiraIssues.addRemoteLink(issue.key, link);
      return true;
    } catch (error) {
      deps.logger.error('Could not link the issue to the card’s page', { issueKey: issue.key, attempt, code: isAppError(error) ? error.code : 'unexpected' });
    }
  }
  return false;
}
