import { z } from 'zod';

/** Output schemas of the action functions, checked in resolver tests. */
const Kind = z.enum(['corrective-action', 'improvement']);

export const RaiseActionResultSchema = z
  .object({
    issue: z.object({ id: z.string(), key: z.string(), url: z.string().nullable() }).strict(),
    kind: Kind,
    linked: z.boolean(),
    repeated: z.boolean(),
  })
  .strict();

const LinkedActionViewSchema = z
  .object({
    id: z.string(),
    key: z.string(),
    summary: z.string(),
    statusName: z.string(),
    statusCategory: z.enum(['new', 'indeterminate', 'done']),
    kind: Kind.nullable(),
    kpiId: z.string().nullable(),
    url: z.string().nullable(),
  })
  .strict();

export const LinkedActionsResultSchema = z
  .object({
    jira: z.enum(['ok', 'no-access', 'not-set-up']),
    target: z.enum(['ready', 'no-project', 'project-gone', 'not-set-up']),
    issues: z.array(LinkedActionViewSchema).max(50),
    more: z.boolean(),
    jiraUrl: z.string().optional(),
  })
  .strict();

const Counts = z.object({ new: z.number().int().min(0), indeterminate: z.number().int().min(0), done: z.number().int().min(0) }).strict();

/** The card's linked actions on first render: the reader's issues, or only the stored counts (never keys or summaries). */
export const CardActionsViewSchema = z.discriminatedUnion('shown', [
  z
    .object({
      shown: z.literal('issues'),
      byKpi: z.record(z.string(), z.array(LinkedActionViewSchema).max(50)),
      more: z.boolean(),
      jiraUrl: z.string().nullable(),
      repairLinks: z.boolean(),
    })
    .strict(),
  z
    .object({
      shown: z.literal('counts'),
      reason: z.enum(['signed-out', 'no-access', 'not-connected', 'no-project', 'unavailable']),
      byKpi: z.record(z.string(), Counts),
      countedAt: z.string().nullable(),
    })
    .strict(),
]);

export const RepairLinksResultSchema = z.object({ repaired: z.array(z.string()), remaining: z.array(z.string()) }).strict();
