import type { Actor } from '../../actor';
import { AppError } from '../../errors';
import type { JiraProvisioning } from '../../ports/jira-provisioning';

/**
 * What only Jira admins may see or change on the admin page, and only the app writes (the app
 * property), so Jira's own refusals would not guard it: Jira is asked, as the caller, first.
 */
export async function requireJiraAdmin(jira: JiraProvisioning, actor: Actor, refusal: string): Promise<void> {
  if (actor.kind !== 'user') throw new AppError('FORBIDDEN', 'The Jira set-up needs a signed-in Jira admin.', [], { reason: 'sign-in' });
  if (!(await jira.mayAdministerJira())) throw new AppError('FORBIDDEN', refusal, [], { reason: 'jira' });
}
