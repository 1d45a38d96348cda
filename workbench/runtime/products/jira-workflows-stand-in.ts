import type { ProductResponse } from './product-request';
import type { JiraRoute } from './jira-route';
import type { JiraSite } from './jira-site';
import type { SiteWorkflow } from './jira-site-types';
import { jiraError, notEmulated } from './jira-errors';
import type { StatusPayload, WorkflowPayload, WorkflowProblem, WorkflowUpdatePayload } from './jira-workflow-payload';
import { planCreate, planUpdate, type WorkflowPlan } from './jira-workflow-plans';
import { workflowJson, workflowStatusesJson } from './jira-workflow-json';

interface CreateRequest {
  scope?: { type: 'GLOBAL' | 'PROJECT' };
  statuses?: StatusPayload[];
  workflows?: WorkflowPayload[];
}
interface UpdateRequest {
  statuses?: StatusPayload[];
  workflows?: WorkflowUpdatePayload[];
}
interface Validation<P> {
  payload: P;
  validationOptions?: { levels?: Array<'WARNING' | 'ERROR'> };
}
interface ReadRequest {
  workflowIds?: string[];
  workflowNames?: string[];
  projectAndIssueTypes?: Array<{ projectId: string; issueTypeId: string }>;
}

const ADMIN_ONLY = { who: 'admin', refused: 401 } as const;

function createPlan(site: JiraSite, request: CreateRequest): WorkflowPlan | ProductResponse {
  if (request.scope === undefined) return jiraError(400, [], { scope: 'The scope is required.' });
  if (request.scope.type !== 'GLOBAL') return notEmulated('project-scoped workflows');
  return planCreate(site, request.statuses ?? [], request.workflows ?? []);
}

const updatePlan = (site: JiraSite, request: UpdateRequest): WorkflowPlan => planUpdate(site, request.statuses ?? [], request.workflows ?? []);

const isPlan = (value: WorkflowPlan | ProductResponse): value is WorkflowPlan => 'commit' in value;

/** The validation endpoints: Jira's objections as a list (200), ERROR level only, as the stand-in raises no warnings. */
function validation(plan: WorkflowPlan | ProductResponse, levels: readonly string[] | undefined): ProductResponse {
  if (!isPlan(plan)) return plan;
  if (plan.unemulated !== undefined) return notEmulated(plan.unemulated);
  const stale = plan.stale.map((name): WorkflowProblem => ({ type: 'WORKFLOW', code: 'STALE_VERSION', level: 'ERROR', message: `The workflow '${name}' was changed since the version given.` }));
  const errors = [...plan.problems, ...stale].filter((item) => levels === undefined || levels.length === 0 || levels.includes(item.level));
  return { status: 200, body: { errors } };
}

/** The create and update endpoints: 409 for a stale version, 400 with the objections, else the change is made. */
function apply(site: JiraSite, plan: WorkflowPlan | ProductResponse): ProductResponse {
  if (!isPlan(plan)) return plan;
  if (plan.unemulated !== undefined) return notEmulated(plan.unemulated);
  if (plan.stale.length > 0) return jiraError(409, plan.stale.map((name) => `The workflow '${name}' was changed by someone else since the version given: read it again.`));
  if (plan.problems.length > 0) return jiraError(400, plan.problems.map((item) => item.message));
  return { status: 200, body: answerOf(site, plan.commit()) };
}

const answerOf = (site: JiraSite, workflows: readonly SiteWorkflow[]) => ({
  statuses: workflowStatusesJson(site, workflows),
  workflows: workflows.map(workflowJson),
});

function readWorkflows(site: JiraSite, request: ReadRequest): ProductResponse {
  const ids = request.workflowIds ?? [];
  const names = request.workflowNames ?? [];
  const pairs = request.projectAndIssueTypes ?? [];
  if (ids.length + names.length + pairs.length === 0) return jiraError(400, ['Give workflow ids, workflow names, or project and issue type pairs.']);
  const byPair = pairs.flatMap(({ projectId, issueTypeId }) => {
    const project = site.project(projectId);
    const scheme = project === undefined ? undefined : site.workflowSchemeOf(project);
    return scheme === undefined ? [] : (site.workflowFor(scheme, issueTypeId) ?? []);
  });
  // Workflows that do not exist (any more) are left out, not refused.
  const found = [
    ...ids.flatMap((id) => site.workflows.get(id) ?? []),
    ...names.flatMap((name) => site.workflowByName(name) ?? []),
    ...byPair,
  ];
  return { status: 200, body: answerOf(site, [...new Set(found)]) };
}

/** Workflows (Jira's workflow API of 2024): read, validate, create and update, site-wide (GLOBAL) only. */
export const WORKFLOW_ROUTES: JiraRoute[] = [
  { method: 'POST', path: '/rest/api/3/workflows', access: ADMIN_ONLY, answer: ({ site, body }) => readWorkflows(site, body as ReadRequest) },
  {
    method: 'POST',
    path: '/rest/api/3/workflows/create/validation',
    access: ADMIN_ONLY,
    answer: ({ site, body }) => {
      const request = body as Validation<CreateRequest>;
      return validation(createPlan(site, request.payload), request.validationOptions?.levels);
    },
  },
  { method: 'POST', path: '/rest/api/3/workflows/create', access: ADMIN_ONLY, answer: ({ site, body }) => apply(site, createPlan(site, body as CreateRequest)) },
  {
    method: 'POST',
    path: '/rest/api/3/workflows/update/validation',
    access: ADMIN_ONLY,
    answer: ({ site, body }) => {
      const request = body as Validation<UpdateRequest>;
      return validation(updatePlan(site, request.payload), request.validationOptions?.levels);
    },
  },
  { method: 'POST', path: '/rest/api/3/workflows/update', access: ADMIN_ONLY, answer: ({ site, body }) => apply(site, updatePlan(site, body as UpdateRequest)) },
];
