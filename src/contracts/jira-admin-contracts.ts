import { z } from 'zod';

/** The `jira:adminPage` module's functions: provisioning a project for corrective actions and improvements. */
export const JIRA_ADMIN_RESOLVER_KEYS = {
  planProvisioning: 'jira-admin/plan',
  runProvisioningStep: 'jira-admin/step',
  listProjects: 'jira-admin/projects',
  setDefaultProject: 'jira-admin/set-default',
  overrideGroup: 'jira-admin/override-group',
  findGroups: 'jira-admin/find-groups',
  setOverrideGroup: 'jira-admin/set-override-group',
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

export const GetOverrideGroupPayload = z.object({}).strict();

/** Jira's group names are at most 255 characters; a search needs some text to look for. */
export const FindGroupsPayload = z.object({ query: z.string().trim().min(1, 'type part of a group’s name').max(255) }).strict();

/** Jira's group ids are UUIDs; a few older sites' are other text, so only their length and characters are checked. */
const GroupId = z.string().regex(/^[A-Za-z0-9-]{1,100}$/, 'a Jira group id');

export const SetOverrideGroupPayload = z
  .object({
    /** A group from find-groups' results, or null to leave the close by override to project administrators. */
    group: z.object({ id: GroupId, name: z.string().min(1).max(255) }).strict().nullable(),
    /** The group the page showed (null: project administrators): a change made meanwhile is reported, not overwritten. */
    expectedGroupId: GroupId.nullable(),
  })
  .strict();

export type { JiraAdminProjectsView, JiraAdminProject, JiraGroupsFound, JiraOverrideGroupView } from '../core/results/jira-settings-results';
export type { ProvisioningPlan, PlanItem } from '../core/capa/provisioning/provisioning-plan';
export type { StepDone } from '../core/capa/provisioning/run-provisioning-step';
