import type { ProductResponse } from './product-request';
import type { JiraSite } from './jira-site';
import type { JiraAccess } from './jira-route';
import { jiraError } from './jira-errors';

// Jira's own wording for each refusal.
const NOT_AUTHENTICATED = 'You are not authenticated. Authentication required to perform this operation.';
const NOT_ADMIN = 'You are not authorized to perform this action. Administrator privileges are required.';
const NOT_AN_APP = 'Access to this resource must be authenticated as an app.';

/** Jira's refusal of `caller` for an operation with this access, or undefined when they may call it. */
export function refusal(site: JiraSite, access: JiraAccess, caller: string, asApp: boolean): ProductResponse | undefined {
  switch (access.who) {
    case 'anyone':
      return undefined;
    case 'app':
      return asApp ? undefined : jiraError(403, [NOT_AN_APP]);
    case 'jira-user':
      return site.hasAccess(caller) ? undefined : jiraError(access.refused, [NOT_AUTHENTICATED]);
    case 'admin':
      if (!site.hasAccess(caller)) return jiraError(access.refused, [NOT_AUTHENTICATED]);
      return site.isAdmin(caller) ? undefined : jiraError(access.refused, [access.message ?? NOT_ADMIN]);
  }
}
