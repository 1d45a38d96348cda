import type { ProductResponse } from './product-request';
import type { JiraRoute } from './jira-route';
import type { JiraSite } from './jira-site';
import type { SiteIssueTypeScheme } from './jira-site-types';
import { jiraError, notEmulated } from './jira-errors';
import { isPaging, pageOf, pagingOf } from './jira-paging';

const SCHEME_PAGE_CAP = 50;
const MAX_NAME_LENGTH = 255;
const MAX_DESCRIPTION_LENGTH = 4000;
const ADMIN_ONLY = { who: 'admin', refused: 403, message: 'Only Jira administrators can access issue type schemes.' } as const;

interface SchemeDetails {
  name: string;
  description?: string;
  issueTypeIds: string[];
  defaultIssueTypeId?: string;
}

/** IssueTypeScheme; Jira leaves out `isDefault` and `defaultIssueTypeId` when they do not apply. */
const schemeJson = (scheme: SiteIssueTypeScheme) => ({
  id: scheme.id,
  name: scheme.name,
  description: scheme.description,
  ...(scheme.defaultIssueTypeId === undefined ? {} : { defaultIssueTypeId: scheme.defaultIssueTypeId }),
  ...(scheme.isDefault ? { isDefault: true } : {}),
});

function paged(path: string, query: URLSearchParams, all: readonly unknown[]): ProductResponse {
  const paging = pagingOf(query, SCHEME_PAGE_CAP);
  return isPaging(paging) ? { status: 200, body: pageOf(path, query, all, paging) } : paging;
}

function schemesOfProjects(site: JiraSite, query: URLSearchParams): ProductResponse {
  // Team-managed projects have no issue type scheme; they, and unknown ids, are left out.
  const wanted = new Set(query.getAll('projectId'));
  const byScheme = new Map<string, string[]>();
  for (const project of site.allProjects()) {
    if (!wanted.has(project.id) || project.issueTypeSchemeId === undefined) continue;
    byScheme.set(project.issueTypeSchemeId, [...(byScheme.get(project.issueTypeSchemeId) ?? []), project.id]);
  }
  const values = [...byScheme].map(([id, projectIds]) => ({ issueTypeScheme: schemeJson(site.issueTypeSchemes.get(id)!), projectIds }));
  return paged('/issuetypescheme/project', query, values);
}

function listSchemes(site: JiraSite, query: URLSearchParams): ProductResponse {
  if ((query.get('expand') ?? '') !== '') return notEmulated('expand on issue type schemes (the spec’s IssueTypeScheme has no room for what it adds)');
  const ids = new Set(query.getAll('id'));
  const text = (query.get('queryString') ?? '').toLocaleLowerCase();
  const orderBy = query.get('orderBy') ?? 'id';
  const descending = orderBy.startsWith('-');
  const byName = orderBy.replace(/^[+-]/, '') === 'name';
  const found = [...site.issueTypeSchemes.values()]
    .filter((scheme) => (ids.size === 0 || ids.has(scheme.id)) && scheme.name.toLocaleLowerCase().includes(text))
    .sort((a, b) => (descending ? -1 : 1) * (byName ? a.name.localeCompare(b.name) : Number(a.id) - Number(b.id)));
  return paged('/issuetypescheme', query, found.map(schemeJson));
}

function createScheme(site: JiraSite, details: SchemeDetails): ProductResponse {
  const name = details.name.trim();
  if (name === '' || name.length > MAX_NAME_LENGTH) return jiraError(400, [`The name must be 1 to ${MAX_NAME_LENGTH} characters long.`]);
  if ((details.description ?? '').length > MAX_DESCRIPTION_LENGTH) return jiraError(400, [`The description can be at most ${MAX_DESCRIPTION_LENGTH} characters long.`]);
  if ([...site.issueTypeSchemes.values()].some((scheme) => scheme.name.toLocaleLowerCase() === name.toLocaleLowerCase())) {
    return jiraError(409, ['The name is used by another scheme.']);
  }
  const ids = details.issueTypeIds;
  const missing = ids.filter((id) => !site.issueTypes.has(id));
  if (missing.length > 0) return jiraError(400, [`These issue types were not found: ${missing.join(', ')}`]);
  if (new Set(ids).size !== ids.length) return jiraError(400, ['The issue type IDs must be unique.']);
  if (!ids.some((id) => site.issueTypes.get(id)!.hierarchyLevel === 0)) return jiraError(400, ['At least one standard issue type ID is required.']);
  if (details.defaultIssueTypeId !== undefined && !ids.includes(details.defaultIssueTypeId)) {
    return jiraError(400, ['The default issue type ID has to be present in issue type IDs list.']);
  }
  const scheme: SiteIssueTypeScheme = { id: site.nextId(), name, description: details.description ?? '', isDefault: false, defaultIssueTypeId: details.defaultIssueTypeId, issueTypeIds: [...ids] };
  site.issueTypeSchemes.set(scheme.id, scheme);
  return { status: 201, body: { issueTypeSchemeId: scheme.id } };
}

function addTypes(site: JiraSite, schemeId: string, ids: readonly string[]): ProductResponse {
  const scheme = site.issueTypeSchemes.get(schemeId);
  if (scheme === undefined) return jiraError(404, ['The issue type scheme was not found.']);
  const missing = ids.filter((id) => !site.issueTypes.has(id));
  if (missing.length > 0) return jiraError(404, [`These issue types were not found: ${missing.join(', ')}`]);
  const present = ids.filter((id) => scheme.issueTypeIds.includes(id));
  // All or nothing, as Jira does.
  if (present.length > 0) return jiraError(400, [`These issue types were not added because they are already present in the issue type scheme: ${present.join(', ')}`]);
  scheme.issueTypeIds.push(...new Set(ids));
  return { status: 204 };
}

function assignScheme(site: JiraSite, schemeId: string, projectId: string): ProductResponse {
  const scheme = site.issueTypeSchemes.get(schemeId);
  if (scheme === undefined) return jiraError(404, ['The issue type scheme was not found.']);
  const project = site.project(projectId);
  if (project === undefined || project.id !== projectId) return jiraError(404, ['The project was not found.']);
  if (project.style !== 'classic') return jiraError(400, ['Issue type schemes can only be assigned to classic projects.']);
  const stray = project.issues.filter((issue) => !scheme.issueTypeIds.includes(issue.issueTypeId)).map((issue) => issue.id);
  if (stray.length > 0) {
    return jiraError(400, [
      `This issue type scheme can't be assigned to the project. This is because some issues in this project use issue types not present in the scheme. Before assigning the scheme to the project, update the issue types on these issues: ${stray.join(', ')}`,
    ]);
  }
  project.issueTypeSchemeId = scheme.id;
  return { status: 204 };
}

/** Issue type schemes: which scheme classic projects use, what each holds, and changes to both (admins only). */
export const ISSUE_TYPE_SCHEME_ROUTES: JiraRoute[] = [
  { method: 'GET', path: '/rest/api/3/issuetypescheme/project', access: ADMIN_ONLY, answer: ({ site, query }) => schemesOfProjects(site, query) },
  {
    method: 'GET',
    path: '/rest/api/3/issuetypescheme/mapping',
    access: ADMIN_ONLY,
    answer: ({ site, query }) => {
      const ids = new Set(query.getAll('issueTypeSchemeId'));
      const values = [...site.issueTypeSchemes.values()]
        .filter((scheme) => ids.size === 0 || ids.has(scheme.id))
        .flatMap((scheme) => scheme.issueTypeIds.map((issueTypeId) => ({ issueTypeSchemeId: scheme.id, issueTypeId })));
      return paged('/issuetypescheme/mapping', query, values);
    },
  },
  { method: 'GET', path: '/rest/api/3/issuetypescheme', access: ADMIN_ONLY, answer: ({ site, query }) => listSchemes(site, query) },
  { method: 'POST', path: '/rest/api/3/issuetypescheme', access: ADMIN_ONLY, answer: ({ site, body }) => createScheme(site, body as SchemeDetails) },
  {
    method: 'PUT',
    path: '/rest/api/3/issuetypescheme/{issueTypeSchemeId}/issuetype',
    access: ADMIN_ONLY,
    answer: ({ site, params, body }) => addTypes(site, params.issueTypeSchemeId!, (body as { issueTypeIds: string[] }).issueTypeIds),
  },
  {
    method: 'PUT',
    path: '/rest/api/3/issuetypescheme/project',
    access: ADMIN_ONLY,
    answer: ({ site, body }) => {
      const { issueTypeSchemeId, projectId } = body as { issueTypeSchemeId: string; projectId: string };
      return assignScheme(site, issueTypeSchemeId, projectId);
    },
  },
];
