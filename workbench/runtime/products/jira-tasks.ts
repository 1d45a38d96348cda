import type { ProductResponse } from './product-request';
import type { JiraRoute } from './jira-route';
import type { JiraSite } from './jira-site';
import type { SiteTask } from './jira-site-types';
import { jiraError } from './jira-errors';
import { API } from './jira-json';

/** Jira names the submitter by an internal numeric id, which Cloud REST otherwise never shows; a fixed one stands in. */
const SUBMITTED_BY = 10000;

export function startTask(site: JiraSite, task: Pick<SiteTask, 'description' | 'submittedBy' | 'projectId' | 'run'>): SiteTask {
  const started: SiteTask = {
    ...task,
    id: site.nextId(),
    state: 'ENQUEUED',
    polls: 0,
    message: undefined,
    submitted: site.now(),
    started: undefined,
    finished: undefined,
    failure: site.taskSettings.failNext,
  };
  site.taskSettings.failNext = undefined;
  site.tasks.set(started.id, started);
  return started;
}

/** A task that has not finished, working on this project. */
export const runningTaskOn = (site: JiraSite, projectId: string): SiteTask | undefined =>
  [...site.tasks.values()].find((task) => task.projectId === projectId && (task.state === 'ENQUEUED' || task.state === 'RUNNING'));

/** Each poll moves the task on; it finishes on the `taskSettings.polls`-th, doing its work then. */
function advance(site: JiraSite, task: SiteTask): void {
  if (task.state === 'COMPLETE' || task.state === 'FAILED') return;
  task.polls += 1;
  task.started ??= site.now();
  if (task.polls < site.taskSettings.polls) {
    task.state = 'RUNNING';
    return;
  }
  const failure = task.failure ?? task.run();
  task.state = failure === undefined ? 'COMPLETE' : 'FAILED';
  task.message = failure ?? 'Task completed.';
  task.finished = site.now();
}

/** TaskProgressBeanObject. */
export function taskJson(site: JiraSite, task: SiteTask) {
  const last = task.finished ?? task.started ?? task.submitted;
  return {
    self: `${API}/task/${task.id}`,
    id: task.id,
    description: task.description,
    status: task.state,
    ...(task.message === undefined ? {} : { message: task.message }),
    submittedBy: SUBMITTED_BY,
    progress: task.state === 'COMPLETE' ? 100 : Math.floor((100 * task.polls) / Math.max(1, site.taskSettings.polls)),
    elapsedRuntime: task.started === undefined ? 0 : (task.finished ?? site.now()) - task.started,
    submitted: task.submitted,
    ...(task.started === undefined ? {} : { started: task.started }),
    ...(task.finished === undefined ? {} : { finished: task.finished }),
    lastUpdate: last,
  };
}

function getTask(site: JiraSite, caller: string, taskId: string): ProductResponse {
  const task = site.tasks.get(taskId);
  if (task === undefined) return jiraError(404, [`The task ${taskId} was not found.`]);
  // A Jira admin, or whoever started the task.
  if (!site.isAdmin(caller) && task.submittedBy !== caller) return jiraError(403, ['You may not see this task.']);
  advance(site, task);
  return { status: 200, body: taskJson(site, task) };
}

export const TASK_ROUTES: JiraRoute[] = [
  { method: 'GET', path: '/rest/api/3/task/{taskId}', access: { who: 'jira-user', refused: 403 }, answer: ({ site, caller, params }) => getTask(site, caller, params.taskId!) },
];
