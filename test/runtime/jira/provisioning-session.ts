import type { ForgeJiraProvisioning } from '../../../src/adapters/forge/forge-jira-provisioning';
import type { ForgeAppProperties } from '../../../src/adapters/forge/forge-app-properties';
import type { WorkflowShape } from '../../../src/core/ports/jira-provisioning';
import { JIRA_DEFAULTS } from '../../../workbench/runtime';

const { TODO_STATUS_ID: TODO, IN_PROGRESS_STATUS_ID: DOING, DONE_STATUS_ID: DONE } = JIRA_DEFAULTS;

/** A workflow as provisioning shapes one: an initial transition with a validator, a directed start, a global close that sets the resolution. */
export const correctiveAction = (statuses: { todo: string; doing: string; done: string } = { todo: TODO, doing: DOING, done: DONE }): WorkflowShape => ({
  name: 'Corrective action (Process Cards)',
  description: 'ISO 9001 §10.2: nonconformity and corrective action',
  statuses: [statuses.todo, statuses.doing, statuses.done],
  transitions: [
    {
      name: 'Create',
      type: 'INITIAL',
      from: [],
      to: statuses.todo,
      validators: [{ ruleKey: 'forge:expression-validator', parameters: { key: 'ari:cloud:ecosystem::extension/app/env/static/card-link', config: '{}' } }],
      actions: [],
      conditions: [],
    },
    { name: 'Start', type: 'DIRECTED', from: [statuses.todo], to: statuses.doing, validators: [], actions: [], conditions: [] },
    {
      name: 'Close',
      type: 'GLOBAL',
      from: [],
      to: statuses.done,
      validators: [],
      actions: [{ ruleKey: 'system:update-field', parameters: { field: 'resolution', value: '10000' } }],
      conditions: [{ ruleKey: 'system:restrict-from-status', parameters: { fromStatusIds: statuses.done } }],
    },
  ],
});

/**
 * One provisioning of a classic project, every port method once or more, as the admin page's
 * use case would run it: the requests it makes are what the scope test lists.
 */
export async function provisionOnce(jira: ForgeJiraProvisioning, properties: ForgeAppProperties, runAsApp: <T>(work: () => Promise<T>) => Promise<T>): Promise<void> {
  const project = (await jira.project('QMS'))!;
  await jira.issueCount(project.id);
  const [verified] = await jira.createStatuses([{ name: 'Verified', category: 'DONE', description: 'Effectiveness verified' }]);
  await jira.statusesByName(['Verified', 'To Do']);
  await jira.statuses([verified!.id]);
  await jira.issueTypes();
  const type = await jira.createIssueType({ name: 'Corrective action', description: 'ISO 9001 §10.2' });
  const shape = correctiveAction();
  await jira.validateWorkflow(shape);
  const workflow = await jira.createWorkflow(shape);
  const [read] = await jira.workflows([workflow.id]);
  await jira.workflowsByName([workflow.name]);
  await jira.updateWorkflow(read!, { ...shape, statuses: [...shape.statuses, verified!.id] });
  await jira.issueTypeSchemeOf(project.id);
  const issueTypeScheme = await jira.createIssueTypeScheme({ name: 'QMS: Process Cards', description: '', issueTypeIds: [JIRA_DEFAULTS.TASK_TYPE_ID], defaultIssueTypeId: null });
  await jira.addIssueTypesToScheme(issueTypeScheme.id, [type.id]);
  await jira.assignIssueTypeScheme(issueTypeScheme.id, project.id);
  await jira.workflowSchemeOf(project.id);
  const workflowScheme = await jira.createWorkflowScheme({ name: 'QMS: Process Cards', description: '', defaultWorkflow: 'jira', issueTypeMappings: { [type.id]: workflow.name } });
  await jira.assignWorkflowScheme(workflowScheme.id!, '10003');
  const { taskId } = await jira.switchWorkflowScheme(workflowScheme.id!, project.id);
  await jira.task(taskId);
  await runAsApp(async () => {
    await properties.put('provisioning', { version: 1 });
    await properties.get('provisioning');
  });
}
