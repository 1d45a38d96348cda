import type { ProductHandler, ProductRequest, ProductResponse } from './product-request';
import { matchPath } from './match-path';
import { JIRA_APP_USER, JiraSite } from './jira-site';
import type { JiraStandInEntityProperty, JiraStandInGroup, JiraStandInProject, JiraStandInUser } from './jira-site-types';
import type { JiraRoute } from './jira-route';
import { refusal } from './jira-access';
import { malformed } from './jira-request-check';
import { PROJECT_ROUTES } from './jira-projects-stand-in';
import { STATUS_ROUTES } from './jira-statuses-stand-in';
import { ISSUE_TYPE_ROUTES } from './jira-issue-types-stand-in';
import { WORKFLOW_ROUTES } from './jira-workflows-stand-in';
import { ISSUE_TYPE_SCHEME_ROUTES } from './jira-issue-type-schemes-stand-in';
import { WORKFLOW_SCHEME_ROUTES } from './jira-workflow-schemes-stand-in';
import { TASK_ROUTES } from './jira-tasks';
import { APP_PROPERTY_ROUTES } from './jira-app-properties-stand-in';
import { ISSUE_ROUTES } from './jira-issues-stand-in';
import { RESOLUTION_ROUTES } from './jira-resolutions-stand-in';
import { REMOTE_LINK_ROUTES } from './jira-remote-links-stand-in';
import { SEARCH_ROUTES } from './jira-search-stand-in';
import { PERMISSION_ROUTES } from './jira-permissions-stand-in';
import { ISSUE_HISTORY_ROUTES } from './jira-issue-history-stand-in';
import { GROUP_ROUTES } from './jira-groups-stand-in';
import { TRANSITION_ROUTES } from './jira-transitions-stand-in';
import type { JiraAppConnection } from './jira-app-connection';
import { issueUpdatedNotice } from './jira-issue-events';

export interface JiraStandInOptions {
  users: readonly JiraStandInUser[];
  projects?: readonly JiraStandInProject[];
  /** The clock of timestamps (created, updated, task times); default Date.now. */
  now?: () => number;
  /** How many GET /task/{id} a task takes to finish (default 2: RUNNING, then done). */
  taskPolls?: number;
  /** The issue property values JQL finds by alias, as the app's `jira:entityProperty` modules declare them. */
  entityProperties?: readonly JiraStandInEntityProperty[];
  /** The site's groups (the group picker finds them). */
  groups?: readonly JiraStandInGroup[];
}

export interface JiraStandIn extends ProductHandler {
  /** The site's state, for tests to seed and inspect. */
  site: JiraSite;
  /** The next `count` Jira requests answer 429 with `Retry-After: retryAfterSeconds`, as a busy site does. */
  rateLimitNext(count: number, retryAfterSeconds?: number): void;
  /** The next task started (a workflow scheme switch) ends FAILED with this message, doing nothing. */
  failNextTask(message?: string): void;
  /** Installs the app: its validators run on transitions, its triggers get the issue events (installForgeRuntime calls it). */
  connectApp(connection: JiraAppConnection): void;
}

// A literal segment wins over a parameter: `/project/search` is not the project called "search".
const ROUTES: readonly JiraRoute[] = [...PROJECT_ROUTES, ...STATUS_ROUTES, ...ISSUE_TYPE_ROUTES, ...WORKFLOW_ROUTES, ...ISSUE_TYPE_SCHEME_ROUTES, ...WORKFLOW_SCHEME_ROUTES, ...TASK_ROUTES, ...APP_PROPERTY_ROUTES, ...ISSUE_ROUTES, ...RESOLUTION_ROUTES, ...REMOTE_LINK_ROUTES, ...SEARCH_ROUTES, ...PERMISSION_ROUTES, ...ISSUE_HISTORY_ROUTES, ...GROUP_ROUTES, ...TRANSITION_ROUTES].sort(
  (a, b) => (a.path.match(/\{/g)?.length ?? 0) - (b.path.match(/\{/g)?.length ?? 0),
);

/**
 * Jira Cloud as the app meets it, REST v3: projects, issue counts, statuses, issue types,
 * workflows, issue type and workflow schemes, asynchronous tasks, Forge app properties, issues
 * (created with their properties, remote links, JQL search by indexed property aliases, a property and the changelog read back,
 * transitions run through the workflow's conditions, the app's validators and the resolution post function), the group picker. Each
 * request is answered for whoever calls (the invoking user for `asUser()`, the app's user for
 * `asApp()`), checked first against the operation's OpenAPI description as Jira checks it.
 */
export function createJiraStandIn(options: JiraStandInOptions): JiraStandIn {
  const site = new JiraSite(options.users, options.projects ?? [], options.now);
  if (options.taskPolls !== undefined) site.taskSettings.polls = options.taskPolls;
  site.declareEntityProperties(options.entityProperties ?? []);
  site.groups.push(...(options.groups ?? []).map((group) => ({ ...group })));
  site.onIssueChanged((issue, change) => site.app?.issueEvent(issueUpdatedNotice(site, site.issue(issue.id)!.project, issue, change)));
  let limited = { remaining: 0, retryAfterSeconds: 1 };
  return {
    remote: 'jira',
    site,
    rateLimitNext(count, retryAfterSeconds = 1) {
      limited = { remaining: count, retryAfterSeconds };
    },
    failNextTask(message = 'The task failed. (stand-in)') {
      site.taskSettings.failNext = message;
    },
    connectApp(connection) {
      site.app = connection;
    },
    handle(request) {
      if (limited.remaining > 0) {
        limited.remaining -= 1;
        return tooManyRequests(limited.retryAfterSeconds);
      }
      return answer(site, request);
    },
  };
}

function answer(site: JiraSite, request: ProductRequest): ProductResponse | Promise<ProductResponse> | undefined {
  const found = findRoute(request);
  if (found === undefined) return undefined;
  const { route, params } = found;
  const asApp = request.provider !== 'user';
  const caller = asApp ? JIRA_APP_USER.accountId : request.accountId ?? '';
  const refused = refusal(site, route.access, caller, asApp) ?? malformed(request, route.malformed);
  if (refused !== undefined) return refused;
  return route.answer({
    site,
    caller,
    asApp,
    params,
    query: new URLSearchParams(request.path.split('?')[1] ?? ''),
    body: request.body,
    bodyText: request.bodyText,
  });
}

function findRoute(request: ProductRequest): { route: JiraRoute; params: Record<string, string> } | undefined {
  for (const route of ROUTES) {
    if (route.method !== request.method) continue;
    const params = matchPath(route.path, request.path);
    if (params !== undefined) return { route, params };
  }
  return undefined;
}

const tooManyRequests = (retryAfterSeconds: number): ProductResponse => ({
  status: 429,
  headers: { 'retry-after': String(retryAfterSeconds) },
  body: { errorMessages: ['Rate limit exceeded. (stand-in text the UI must never show)'], errors: {} },
});
