import { z } from 'zod';

/** Output schemas of the Jira admin page's functions, checked in resolver tests. */
export const PlanItemSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['status', 'issue-type', 'workflow', 'issue-type-scheme', 'workflow-scheme']),
    name: z.string(),
    change: z.enum(['none', 'reuse', 'create', 'update', 'copy', 'add-types']),
    jiraId: z.string().nullable(),
    category: z.string().optional(),
    conflict: z.object({ reason: z.string(), details: z.array(z.string()) }).strict().nullable(),
    copiedFrom: z.string().optional(),
  })
  .strict();

export const ProvisioningPlanSchema = z
  .object({
    projectId: z.string().nullable(),
    projectKey: z.string(),
    projectName: z.string().nullable(),
    language: z.enum(['en', 'ru']),
    languageFixed: z.boolean(),
    blocked: z.enum(['project-not-found', 'team-managed', 'conflicts', 'resolutions-missing']).nullable(),
    missingResolutions: z.array(z.string()),
    items: z.array(PlanItemSchema),
    pending: z.array(z.string()),
    approvals: z.array(z.string()),
    switching: z.object({ taskId: z.string(), state: z.string() }).strict().nullable(),
    addsToDefaultScheme: z.boolean(),
    complete: z.boolean(),
  })
  .strict();

export const ProvisioningStepSchema = z
  .object({ done: z.object({ itemIds: z.array(z.string()), outcome: z.enum(['changed', 'waiting', 'failed']) }).strict(), plan: ProvisioningPlanSchema })
  .strict();

const GroupSchema = z.object({ id: z.string(), name: z.string() }).strict();

export const OverrideGroupSchema = z.object({ group: GroupSchema.nullable() }).strict();

export const GroupsFoundSchema = z.object({ groups: z.array(GroupSchema), total: z.number().int().nonnegative() }).strict();
