import { randomBytes } from 'node:crypto';
import type { ProductResponse } from './product-request';
import type { JiraRoute } from './jira-route';
import type { JiraSite } from './jira-site';
import type { SiteIssue, SiteProject } from './jira-site-types';
import { jiraError, notEmulated } from './jira-errors';
import { parseJql, type JqlClause, type JqlQuery, type SortField } from './jira-jql';
import { SEARCH_FIELDS, searchedIssueJson } from './jira-issue-json';

interface SearchRequest {
  jql?: string;
  maxResults?: number;
  nextPageToken?: string;
  fields?: string[];
  properties?: string[];
  expand?: string;
  fieldsByKeys?: boolean;
  reconcileIssues?: number[];
}

// Jira may answer fewer than maxResults when fields are asked for; the stand-in caps pages here.
const PAGE_CAP = 100;
const DEFAULT_MAX_RESULTS = 50;
const MAX_PROPERTIES = 5;
// "This token will expire in 7 days."
const TOKEN_LIFETIME_MS = 7 * 86_400_000;

const INVALID_TOKEN = 'The next page token is invalid or has expired. Run the search again from its first page.';
const UNBOUNDED = 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.';

/** A comma-separated list may come as one value or several (the spec allows both). */
const listOf = (values: readonly string[] | undefined): string[] =>
  (values ?? []).flatMap((value) => value.split(',')).map((value) => value.trim()).filter((value) => value !== '');

/** The values at `path` (dots) in a property: one, or each of an array's. */
function valuesAt(property: unknown, path: string): unknown[] {
  let node = property;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return [];
    node = (node as Record<string, unknown>)[part];
  }
  return Array.isArray(node) ? node : [node];
}

function matches(site: JiraSite, project: SiteProject, issue: SiteIssue, clause: JqlClause): boolean {
  if (clause.field === 'project') return project.id === clause.value || project.key.toUpperCase() === clause.value.toUpperCase();
  const alias = site.propertyAliases.get(clause.field)!;
  return valuesAt(issue.properties.get(alias.propertyKey), alias.path).some((value) => value === clause.value);
}

const issueNumber = (issue: SiteIssue) => Number(issue.key.split('-').pop());
const COMPARE: Record<SortField, (a: Found, b: Found) => number> = {
  created: (a, b) => a.issue.created - b.issue.created,
  key: (a, b) => a.project.key.localeCompare(b.project.key) || issueNumber(a.issue) - issueNumber(b.issue),
};

interface Found {
  project: SiteProject;
  issue: SiteIssue;
}

/** The issues the caller may browse that every clause holds for, in the query's order (creation order when it gives none). */
function run(site: JiraSite, caller: string, query: JqlQuery): Found[] | ProductResponse {
  for (const clause of query.clauses.filter((candidate) => candidate.field === 'project')) {
    const project = site.project(clause.value);
    // Jira's answer for a project the caller cannot see is the same as for none at all.
    if (project === undefined || !site.mayBrowse(caller, project)) return jiraError(400, [`The value '${clause.value}' does not exist for the field 'project'.`]);
  }
  const found = site
    .allProjects()
    .filter((project) => site.mayBrowse(caller, project))
    .flatMap((project) => project.issues.map((issue) => ({ project, issue })))
    .filter(({ project, issue }) => query.clauses.every((clause) => matches(site, project, issue, clause)));
  // Equal sort keys keep creation order (newest first when the first key descends), so pages stay stable.
  const lastDirection = query.orderBy[0]?.direction ?? 'ASC';
  return found.sort((a, b) => {
    for (const { field, direction } of query.orderBy) {
      const order = COMPARE[field](a, b);
      if (order !== 0) return direction === 'DESC' ? -order : order;
    }
    const byId = Number(a.issue.id) - Number(b.issue.id);
    return lastDirection === 'DESC' ? -byId : byId;
  });
}

function newToken(site: JiraSite, jql: string, caller: string, offset: number): string {
  const token = randomBytes(18).toString('base64url');
  site.searchTokens.set(token, { jql, caller, offset, expiresAt: site.now() + TOKEN_LIFETIME_MS });
  return token;
}

function search(site: JiraSite, caller: string, request: SearchRequest): ProductResponse {
  if (request.expand !== undefined || request.fieldsByKeys !== undefined || request.reconcileIssues !== undefined) return notEmulated('expand, fieldsByKeys or reconcileIssues');
  const jql = request.jql ?? '';
  const parsed = parseJql(jql, new Set(site.propertyAliases.keys()));
  if (!parsed.ok) {
    const { refusal } = parsed;
    return refusal.kind === 'unknown-field' ? jiraError(400, [`Field '${refusal.field}' does not exist or you do not have permission to view it.`]) : notEmulated(refusal.what);
  }
  if (parsed.query.clauses.length === 0) return jiraError(400, [UNBOUNDED]);
  const fields = listOf(request.fields);
  const unknownField = fields.find((field) => field !== 'id' && !Object.hasOwn(SEARCH_FIELDS, field));
  if (unknownField !== undefined) return notEmulated(`the field '${unknownField}' in a search`);
  const properties = listOf(request.properties);
  if (properties.length > MAX_PROPERTIES) return jiraError(400, [`At most ${MAX_PROPERTIES} issue properties can be requested.`]);
  const maxResults = request.maxResults ?? DEFAULT_MAX_RESULTS;
  if (!Number.isInteger(maxResults) || maxResults < 1) return notEmulated(`maxResults ${maxResults}`);
  let offset = 0;
  if (request.nextPageToken !== undefined) {
    const token = site.searchTokens.get(request.nextPageToken);
    if (token === undefined || token.expiresAt <= site.now() || token.jql !== jql || token.caller !== caller) return jiraError(400, [INVALID_TOKEN]);
    offset = token.offset;
  }
  const found = run(site, caller, parsed.query);
  if (!Array.isArray(found)) return found;
  const page = found.slice(offset, offset + Math.min(maxResults, PAGE_CAP));
  const next = offset + page.length;
  const isLast = next >= found.length;
  return {
    status: 200,
    body: {
      issues: page.map(({ project, issue }) => searchedIssueJson(site, project, issue, fields, properties)),
      isLast,
      ...(isLast ? {} : { nextPageToken: newToken(site, jql, caller, next) }),
    },
  };
}

/**
 * POST /rest/api/3/search/jql: the issues the caller may browse that the JQL (jira-jql.ts) finds,
 * a page at a time behind opaque tokens that expire. Always consistent: real Jira may not yet
 * show an issue made a moment ago (its `reconcileIssues` exists for that).
 */
export const SEARCH_ROUTES: JiraRoute[] = [
  { method: 'POST', path: '/rest/api/3/search/jql', access: { who: 'jira-user', refused: 401 }, answer: ({ site, caller, body }) => search(site, caller, body as SearchRequest) },
];
