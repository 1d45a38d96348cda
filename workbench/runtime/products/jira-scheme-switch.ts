import type { ProductResponse } from './product-request';
import type { JiraSite } from './jira-site';
import type { SiteIssue, SiteProject, SiteWorkflowScheme } from './jira-site-types';
import { jiraError } from './jira-errors';
import { API } from './jira-json';
import { runningTaskOn, startTask, taskJson } from './jira-tasks';

/** WorkflowSchemeProjectSwitchBean. */
export interface SwitchRequest {
  projectId?: string;
  targetSchemeId?: string;
  mappingsByIssueTypeOverride?: Array<{ issueTypeId?: string; statusMappings?: Array<{ oldStatusId?: string; newStatusId?: string }> }>;
}

type Moves = { moves: Array<{ issue: SiteIssue; statusId: string }> } | { missing: string[] };

/**
 * Where each issue goes under the target scheme: it stays in its status when the issue type's
 * new workflow has it; else the request must map it (per issue type) to one that workflow has.
 */
function movesOf(site: JiraSite, project: SiteProject, target: SiteWorkflowScheme, request: SwitchRequest): Moves {
  const moves: Array<{ issue: SiteIssue; statusId: string }> = [];
  const missing = new Set<string>();
  for (const issue of project.issues) {
    const workflow = site.workflowFor(target, issue.issueTypeId);
    const statuses = new Set(workflow?.statuses.map((status) => status.statusId) ?? []);
    if (statuses.has(issue.statusId)) continue;
    const mapped = request.mappingsByIssueTypeOverride
      ?.find((override) => override.issueTypeId === issue.issueTypeId)
      ?.statusMappings?.find((mapping) => mapping.oldStatusId === issue.statusId)?.newStatusId;
    if (mapped === undefined || !statuses.has(mapped)) missing.add(`issue type ${issue.issueTypeId}: status ${issue.statusId}`);
    else moves.push({ issue, statusId: mapped });
  }
  return missing.size > 0 ? { missing: [...missing] } : { moves };
}

/** POST /workflowscheme/project/switch: checked now, done by a task (303, its progress in the body, Location naming it). */
export function startSwitch(site: JiraSite, caller: string, request: SwitchRequest): ProductResponse {
  if (request.projectId === undefined || request.targetSchemeId === undefined) return jiraError(400, ['Give projectId and targetSchemeId.']);
  const project = site.project(request.projectId);
  if (project === undefined || project.id !== request.projectId) return jiraError(400, [`The project ${request.projectId} does not exist.`]);
  if (project.style !== 'classic') return jiraError(400, ['Only classic projects can have workflow schemes assigned.']);
  const target = site.workflowScheme(request.targetSchemeId);
  if (target === undefined) return jiraError(400, [`The workflow scheme ${request.targetSchemeId} does not exist.`]);
  if (project.workflowSchemeId === target.id) return jiraError(400, ['The project already uses this workflow scheme.']);
  const running = runningTaskOn(site, project.id);
  if (running !== undefined) return jiraError(409, ['Another task is currently running, please try again later.'], { conflictingTaskId: running.id });
  const planned = movesOf(site, project, target, request);
  if ('missing' in planned) return jiraError(400, [`Status mappings are required for: ${planned.missing.join('; ')}.`]);
  const task = startTask(site, {
    description: `Switching project ${project.key} to workflow scheme ${target.name}`,
    submittedBy: caller,
    projectId: project.id,
    // Issues may have changed while the task waited: what it moves is worked out again when it runs.
    run: () => {
      const now = movesOf(site, project, target, request);
      if ('missing' in now) return `Status mappings are required for: ${now.missing.join('; ')}.`;
      for (const move of now.moves) move.issue.statusId = move.statusId;
      project.workflowSchemeId = target.id;
      return undefined;
    },
  });
  return { status: 303, headers: { location: `${API}/task/${task.id}` }, body: taskJson(site, task) };
}
