import { z } from 'zod';

/** The `jira:adminPage` module's functions: provisioning a project for corrective actions and improvements. */
export const JIRA_ADMIN_RESOLVER_KEYS = {
  planProvisioning: 'jira-admin/plan',
  runProvisioningStep: 'jira-admin/step',
  listProjects: 'jira-admin/projects',
  setDefaultProject: 'jira-admin/set-default',
} as const;

const ProjectId = z.string().regex(/^\d{1,18}$/, 'a Jira project id');

/** Jira project keys: a capital letter, then capitals, digits or underscores (Jira's default pattern), at most 10. */
const ProjectKey = z
  .string()
  .trim()
  .regex(/^[A-Z][A-Z0-9_]{1,9}$/, 'a Jira project key, e.g. QMS');

export const PlanProvisioningPayload = z.object({ projectKey: ProjectKey, language: z.enum(['en', 'ru']) }).strict();

export const RunProvisioningStepPayload = z
  .object({
    projectKey: ProjectKey,
    language: z.enum(['en', 'ru']),
    /** The plan's `approvals` the admin saw and approved: nothing else is written. */
    approved: z.array(z.string().min(1).max(1000)).max(100),
  })
  .strict();

export const ListProjectsPayload = z.object({}).strict();

export const SetDefaultProjectPayload = z
  .object({
    projectId: ProjectId,
    /** The default the page showed (null: none): a change made meanwhile is reported, not overwritten. */
    expectedDefaultProjectId: ProjectId.nullable(),
  })
  .strict();

export type { JiraAdminProjectsView, JiraAdminProject } from '../core/results/jira-settings-results';
export type { ProvisioningPlan, PlanItem } from '../core/capa/provisioning/provisioning-plan';
export type { StepDone } from '../core/capa/provisioning/run-provisioning-step';
