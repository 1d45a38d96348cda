import { route } from '@forge/api';
import { AppError } from '../../../core/errors';
import type { IssueTypeScheme, WorkflowScheme } from '../../../core/ports/jira-provisioning';
import type { JiraRequests } from './jira-requests';
import { allPages, chunks, repeated } from './jira-pages';
import { ProjectPage, SchemeMappingPage, SchemeProjectsPage, WorkflowSchemeAssociations } from './jira-responses';

// GET /project/search takes at most 100 a page; GET /workflowscheme/project at most 100 project ids.
const PROJECTS_PER_PAGE = 100;
const PROJECT_IDS_PER_REQUEST = 100;
// The most the issue type scheme lists give in one page.
const SCHEME_PAGE = 50;
const SYSTEM_WORKFLOW = 'jira';

/**
 * Every project's id. Jira lists every project to a Jira admin, whatever its permissions, so a
 * scheme's count of projects is complete for the admin provisioning runs as.
 */
async function allProjectIds(jira: JiraRequests, projectId: string): Promise<string[]> {
  const projects = await allPages(jira, 'the project list', (startAt) => route`/rest/api/3/project/search?startAt=${startAt}&maxResults=${PROJECTS_PER_PAGE}`, ProjectPage);
  return [...new Set([projectId, ...projects.map((project) => project.id)])];
}

const noScheme = (kind: string, projectId: string) =>
  new AppError('NOT_FOUND', `Jira has no ${kind} for project ${projectId}: it is team-managed, or gone.`, [], { reason: 'jira' });

/** The project's issue type scheme, what it holds, and how many projects use it (classic projects only). */
export async function issueTypeSchemeOf(jira: JiraRequests, projectId: string): Promise<IssueTypeScheme> {
  const ids = await allProjectIds(jira, projectId);
  const users = new Map<string, { scheme: { id: string; name: string; isDefault?: boolean | undefined; defaultIssueTypeId?: string | undefined }; count: number }>();
  let own: string | undefined;
  for (const some of chunks(ids, PROJECT_IDS_PER_REQUEST)) {
    const entries = await allPages(
      jira,
      'the issue type schemes of projects',
      (startAt) => route`/rest/api/3/issuetypescheme/project?${repeated('projectId', some, { startAt: String(startAt), maxResults: String(SCHEME_PAGE) })}`,
      SchemeProjectsPage,
    );
    for (const { issueTypeScheme, projectIds } of entries) {
      users.set(issueTypeScheme.id, { scheme: issueTypeScheme, count: (users.get(issueTypeScheme.id)?.count ?? 0) + projectIds.length });
      if (projectIds.includes(projectId)) own = issueTypeScheme.id;
    }
  }
  const found = own === undefined ? undefined : users.get(own);
  if (found === undefined) throw noScheme('issue type scheme', projectId);
  const mapping = await allPages(
    jira,
    'the issue types of a scheme',
    (startAt) => route`/rest/api/3/issuetypescheme/mapping?issueTypeSchemeId=${found.scheme.id}&startAt=${startAt}&maxResults=${SCHEME_PAGE}`,
    SchemeMappingPage,
  );
  return {
    id: found.scheme.id,
    name: found.scheme.name,
    isDefault: found.scheme.isDefault ?? false,
    issueTypeIds: mapping.filter((item) => item.issueTypeSchemeId === found.scheme.id).map((item) => item.issueTypeId),
    defaultIssueTypeId: found.scheme.defaultIssueTypeId ?? null,
    projectCount: found.count,
  };
}

/** The project's workflow scheme and how many projects use it; Jira's Default Workflow Scheme has no id. */
export async function workflowSchemeOf(jira: JiraRequests, projectId: string): Promise<WorkflowScheme> {
  const ids = await allProjectIds(jira, projectId);
  const counts = new Map<string, number>();
  let own: WorkflowScheme | undefined;
  for (const some of chunks(ids, PROJECT_IDS_PER_REQUEST)) {
    const answer = await jira.expect({ what: 'the workflow schemes of projects', path: route`/rest/api/3/workflowscheme/project?${repeated('projectId', some)}` }, WorkflowSchemeAssociations);
    for (const { projectIds, workflowScheme } of answer.values) {
      const key = workflowScheme.id === undefined ? 'default' : String(workflowScheme.id);
      counts.set(key, (counts.get(key) ?? 0) + projectIds.length);
      if (projectIds.includes(projectId)) {
        own = {
          id: workflowScheme.id === undefined ? null : String(workflowScheme.id),
          name: workflowScheme.name,
          defaultWorkflow: workflowScheme.defaultWorkflow ?? SYSTEM_WORKFLOW,
          issueTypeMappings: { ...workflowScheme.issueTypeMappings },
          projectCount: 0,
        };
      }
    }
  }
  if (own === undefined) throw noScheme('workflow scheme', projectId);
  return { ...own, projectCount: counts.get(own.id ?? 'default') ?? 0 };
}
