import { randomUUID } from 'node:crypto';
import type { SiteIssueType, SiteIssueTypeScheme, SiteStatus, SiteWorkflow, SiteWorkflowScheme } from './jira-site-types';

/** What every new Jira Cloud site has before anyone configures it, in a small form. */
export const TODO_STATUS_ID = '10000';
export const IN_PROGRESS_STATUS_ID = '3';
export const DONE_STATUS_ID = '10001';
export const TASK_TYPE_ID = '10001';
export const SUBTASK_TYPE_ID = '10002';
export const DEFAULT_ISSUE_TYPE_SCHEME_ID = '10000';
/** Jira's system workflow, which the Default Workflow Scheme names and nobody may edit. */
export const SYSTEM_WORKFLOW_NAME = 'jira';

export const defaultStatuses = (): SiteStatus[] => [
  { id: TODO_STATUS_ID, name: 'To Do', description: '', category: 'TODO' },
  { id: IN_PROGRESS_STATUS_ID, name: 'In Progress', description: '', category: 'IN_PROGRESS' },
  { id: DONE_STATUS_ID, name: 'Done', description: '', category: 'DONE' },
];

export const defaultIssueTypes = (): SiteIssueType[] => [
  { id: TASK_TYPE_ID, name: 'Task', description: 'A small, distinct piece of work.', hierarchyLevel: 0, entityId: randomUUID() },
  { id: SUBTASK_TYPE_ID, name: 'Sub-task', description: 'A small piece of work that is part of a larger task.', hierarchyLevel: -1, entityId: randomUUID() },
];

export const defaultIssueTypeScheme = (issueTypeIds: string[]): SiteIssueTypeScheme => ({
  id: DEFAULT_ISSUE_TYPE_SCHEME_ID,
  name: 'Default Issue Type Scheme',
  description: 'Default issue type scheme is the list of global issue types. All newly created issue types will automatically be added to this scheme.',
  isDefault: true,
  defaultIssueTypeId: undefined,
  issueTypeIds,
});

export const defaultWorkflowScheme = (): SiteWorkflowScheme => ({
  id: undefined,
  name: 'Default Workflow Scheme',
  description: 'Default Workflow Scheme',
  defaultWorkflow: SYSTEM_WORKFLOW_NAME,
  issueTypeMappings: {},
});

const NO_RULES = { validators: [], actions: [], conditions: undefined, properties: {}, description: '' };

export function systemWorkflow(now: string): SiteWorkflow {
  return {
    id: randomUUID(),
    name: SYSTEM_WORKFLOW_NAME,
    description: 'The default Jira workflow.',
    isEditable: false,
    statuses: [TODO_STATUS_ID, IN_PROGRESS_STATUS_ID, DONE_STATUS_ID].map((statusId) => ({ statusId, properties: {} })),
    transitions: [
      { id: '1', name: 'Create', type: 'INITIAL', toStatusId: TODO_STATUS_ID, fromStatusIds: [], ...NO_RULES },
      { id: '11', name: 'To Do', type: 'GLOBAL', toStatusId: TODO_STATUS_ID, fromStatusIds: [], ...NO_RULES },
      { id: '21', name: 'In Progress', type: 'GLOBAL', toStatusId: IN_PROGRESS_STATUS_ID, fromStatusIds: [], ...NO_RULES },
      { id: '31', name: 'Done', type: 'GLOBAL', toStatusId: DONE_STATUS_ID, fromStatusIds: [], ...NO_RULES },
    ],
    version: { id: randomUUID(), versionNumber: 0 },
    created: now,
    updated: now,
  };
}
