import type { ProductResponse } from './product-request';
import type { JiraRoute } from './jira-route';
import type { JiraSite } from './jira-site';
import { SYSTEM_WORKFLOW_NAME } from './jira-site-defaults';
import { jiraError } from './jira-errors';
import { workflowSchemeJson } from './jira-workflow-schemes-json';
import { startSwitch, type SwitchRequest } from './jira-scheme-switch';

const ADMIN_ONLY = { who: 'admin', refused: 403, message: 'Only Jira administrators can access workflow scheme associations.' } as const;

interface SchemeRequest {
  name?: string;
  description?: string;
  defaultWorkflow?: string;
  issueTypeMappings?: Record<string, string>;
}

function associations(site: JiraSite, query: URLSearchParams): ProductResponse {
  // As Jira does: team-managed and unknown projects are left out without an error.
  const wanted = new Set(query.getAll('projectId'));
  const byScheme = new Map<string, { scheme: ReturnType<JiraSite['workflowSchemeOf']>; projectIds: string[] }>();
  for (const project of site.allProjects()) {
    const scheme = site.workflowSchemeOf(project);
    if (!wanted.has(project.id) || scheme === undefined) continue;
    const key = scheme.id ?? 'default';
    byScheme.set(key, { scheme, projectIds: [...(byScheme.get(key)?.projectIds ?? []), project.id] });
  }
  return { status: 200, body: { values: [...byScheme.values()].map(({ scheme, projectIds }) => ({ projectIds, workflowScheme: workflowSchemeJson(scheme!) })) } };
}

function createScheme(site: JiraSite, request: SchemeRequest): ProductResponse {
  const name = (request.name ?? '').trim();
  if (name === '') return jiraError(400, [], { name: 'The workflow scheme needs a name.' });
  if (site.allWorkflowSchemes().some((scheme) => scheme.name.toLocaleLowerCase() === name.toLocaleLowerCase())) {
    return jiraError(400, [], { name: `A workflow scheme with the name '${name}' already exists.` });
  }
  const defaultWorkflow = request.defaultWorkflow ?? SYSTEM_WORKFLOW_NAME;
  const mappings = request.issueTypeMappings ?? {};
  const unknownWorkflow = [defaultWorkflow, ...Object.values(mappings)].find((workflow) => site.workflowByName(workflow) === undefined);
  if (unknownWorkflow !== undefined) return jiraError(400, [`The workflow '${unknownWorkflow}' does not exist.`]);
  const unknownType = Object.keys(mappings).find((id) => !site.issueTypes.has(id));
  if (unknownType !== undefined) return jiraError(400, [`The issue type ${unknownType} does not exist.`]);
  const scheme = site.addWorkflowScheme({ name, description: request.description ?? '', defaultWorkflow, issueTypeMappings: { ...mappings } });
  return { status: 201, body: workflowSchemeJson(scheme) };
}

/** Only for a classic project without issues; with issues, Jira asks for a switch (which moves them). */
function assignScheme(site: JiraSite, request: { projectId: string; workflowSchemeId?: string }): ProductResponse {
  const project = site.project(request.projectId);
  if (project === undefined || project.id !== request.projectId) return jiraError(404, ['The project was not found.']);
  const scheme = request.workflowSchemeId === undefined ? undefined : site.workflowScheme(request.workflowSchemeId);
  if (request.workflowSchemeId !== undefined && scheme === undefined) return jiraError(404, ['The workflow scheme was not found.']);
  if (project.style !== 'classic') return jiraError(400, ['Only classic projects can have workflow schemes assigned.']);
  if (project.issues.length > 0) return jiraError(400, ['The workflow scheme cannot be assigned: the project has issues. Switch the scheme instead, which moves them.']);
  // Without a scheme id the project goes back to the Default Workflow Scheme.
  project.workflowSchemeId = scheme?.id;
  return { status: 204 };
}

/** Workflow schemes: which a classic project uses, one by id, creating one, and giving it to a project. */
export const WORKFLOW_SCHEME_ROUTES: JiraRoute[] = [
  { method: 'GET', path: '/rest/api/3/workflowscheme/project', access: ADMIN_ONLY, answer: ({ site, query }) => associations(site, query) },
  {
    method: 'GET',
    path: '/rest/api/3/workflowscheme/{id}',
    access: { who: 'admin', refused: 403 },
    answer: ({ site, params }) => {
      // The stand-in keeps no drafts, so returnDraftIfExists answers the scheme itself, as Jira does without one.
      const scheme = site.workflowScheme(params.id!);
      return scheme === undefined ? jiraError(404, ['The workflow scheme was not found.']) : { status: 200, body: workflowSchemeJson(scheme) };
    },
  },
  { method: 'POST', path: '/rest/api/3/workflowscheme', access: { who: 'admin', refused: 403 }, answer: ({ site, body }) => createScheme(site, body as SchemeRequest) },
  {
    method: 'PUT',
    path: '/rest/api/3/workflowscheme/project',
    access: ADMIN_ONLY,
    answer: ({ site, body }) => assignScheme(site, body as { projectId: string; workflowSchemeId?: string }),
  },
  // Documents 401, not 403, for a caller without the permission.
  { method: 'POST', path: '/rest/api/3/workflowscheme/project/switch', access: { who: 'admin', refused: 401 }, answer: ({ site, caller, body }) => startSwitch(site, caller, body as SwitchRequest) },
];
