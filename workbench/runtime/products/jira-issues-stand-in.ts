import type { ProductResponse } from './product-request';
import type { JiraRoute } from './jira-route';
import type { JiraSite } from './jira-site';
import type { SiteProject } from './jira-site-types';
import { TODO_STATUS_ID } from './jira-site-defaults';
import { JIRA_APP_USER } from './jira-site';
import { jiraError, notEmulated } from './jira-errors';
import { API } from './jira-json';

interface IssueUpdateDetails {
  fields?: Record<string, unknown>;
  properties?: Array<{ key?: string; value?: unknown }>;
  update?: Record<string, unknown>;
  transition?: unknown;
  historyMetadata?: unknown;
}

// The fields the stand-in's create screen has; Jira refuses any other, in these words.
const SETTABLE = new Set(['project', 'issuetype', 'summary', 'description', 'labels', 'reporter']);
const MAX_SUMMARY_LENGTH = 255;
// The issue property API's bounds: a key of at most 255 characters, a value of at most 32,768 characters of JSON.
const MAX_PROPERTY_KEY_LENGTH = 255;
const MAX_PROPERTY_VALUE_LENGTH = 32_768;

const idOrKey = (value: unknown): string | undefined => {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, key } = value as { id?: unknown; key?: unknown };
  return typeof id === 'string' ? id : typeof key === 'string' ? key : undefined;
};

/** Where the issue starts: its workflow's initial transition leads there (To Do in a team-managed project). */
function initialStatus(site: JiraSite, project: SiteProject, issueTypeId: string): string | undefined {
  const scheme = site.workflowSchemeOf(project);
  if (scheme === undefined) return TODO_STATUS_ID;
  return site.workflowFor(scheme, issueTypeId)?.transitions.find((transition) => transition.type === 'INITIAL')?.toStatusId;
}

/**
 * The reporter: the caller unless the request names one. Naming another needs *Modify Reporter*,
 * which the stand-in's permission scheme gives the app's user and Jira admins; the person named
 * must be a Jira user.
 */
function reporterOf(site: JiraSite, caller: string, requested: unknown): { accountId: string; refused?: string } {
  if (requested === undefined) return { accountId: caller };
  const accountId = typeof requested === 'object' && requested !== null ? (requested as { accountId?: unknown }).accountId : undefined;
  if (typeof accountId !== 'string' || !site.hasAccess(accountId)) return { accountId: caller, refused: 'Specified reporter is not a user.' };
  if (accountId !== caller && caller !== JIRA_APP_USER.accountId && !site.isAdmin(caller)) return { accountId: caller, refused: 'You do not have permission to modify the reporter.' };
  return { accountId };
}

function createIssue(site: JiraSite, caller: string, request: IssueUpdateDetails): ProductResponse {
  if (request.update !== undefined && Object.keys(request.update).length > 0) return notEmulated('`update` on create');
  if (request.transition != null || request.historyMetadata != null) return notEmulated('a transition or history metadata on create');
  const fields = request.fields ?? {};
  const errors: Record<string, string> = {};
  for (const name of Object.keys(fields)) if (!SETTABLE.has(name)) errors[name] = `Field '${name}' cannot be set. It is not on the appropriate screen, or unknown.`;
  const wanted = idOrKey(fields.project);
  const project = wanted === undefined ? undefined : site.project(wanted);
  if (project === undefined || !site.mayBrowse(caller, project)) errors.project = 'Specify a valid project ID or key';
  else if (!site.mayCreate(caller, project)) errors.project = 'You do not have permission to create issues in this project.';
  const typeId = idOrKey(fields.issuetype);
  const scheme = project === undefined ? undefined : site.issueTypeSchemeOf(project);
  const type = typeId === undefined ? undefined : site.issueTypes.get(typeId);
  if (type === undefined || (scheme !== undefined && !scheme.issueTypeIds.includes(type.id))) errors.issuetype = 'Specify an issue type';
  else if (type.hierarchyLevel === -1) return notEmulated('sub-tasks');
  const summary = typeof fields.summary === 'string' ? fields.summary.trim() : '';
  if (summary === '') errors.summary = 'You must specify a summary of the issue.';
  else if (summary.length > MAX_SUMMARY_LENGTH) errors.summary = `Summary must be less than ${MAX_SUMMARY_LENGTH} characters.`;
  const reporter = reporterOf(site, caller, fields.reporter);
  if (reporter.refused !== undefined) errors.reporter = reporter.refused;
  if (fields.labels !== undefined && (!Array.isArray(fields.labels) || fields.labels.some((label) => typeof label !== 'string' || /\s/.test(label)))) {
    errors.labels = 'Labels are words without spaces.';
  }
  const properties = request.properties ?? [];
  if (properties.some((property) => typeof property.key !== 'string' || property.key === '' || property.key.length > MAX_PROPERTY_KEY_LENGTH)) {
    errors.properties = `Every issue property needs a key of at most ${MAX_PROPERTY_KEY_LENGTH} characters.`;
  } else if (properties.some((property) => (JSON.stringify(property.value) ?? '').length > MAX_PROPERTY_VALUE_LENGTH)) {
    errors.properties = `The value of an issue property can't be longer than ${MAX_PROPERTY_VALUE_LENGTH} characters.`;
  }
  if (Object.keys(errors).length > 0) return jiraError(400, [], errors);
  const statusId = initialStatus(site, project!, type!.id);
  if (statusId === undefined) return jiraError(400, ['The issue type has no workflow in this project.']);
  const issue = site.addIssue(project!, {
    issueTypeId: type!.id,
    statusId,
    reporter: reporter.accountId,
    fields: { summary, ...(fields.description === undefined ? {} : { description: fields.description }), ...(fields.labels === undefined ? {} : { labels: fields.labels }) },
    properties: Object.fromEntries(properties.map((property) => [property.key!, property.value])),
  });
  return { status: 201, body: { id: issue.id, key: issue.key, self: `${API}/issue/${issue.id}` } };
}

/**
 * Creating issues: in a project the caller browses and may create in, of a type its scheme holds, starting where
 * the type's workflow starts, with the request's issue properties set at once (remote links and
 * the JQL search have modules of their own).
 */
export const ISSUE_ROUTES: JiraRoute[] = [
  { method: 'POST', path: '/rest/api/3/issue', access: { who: 'jira-user', refused: 401 }, answer: ({ site, caller, body }) => createIssue(site, caller, body as IssueUpdateDetails) },
];
