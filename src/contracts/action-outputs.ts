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

export const LinkedActionsResultSchema = z
  .object({
    jira: z.enum(['ok', 'no-access', 'not-set-up']),
    issues: z
      .array(
        z
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
          .strict(),
      )
      .max(50),
    more: z.boolean(),
    jiraUrl: z.string().optional(),
  })
  .strict();
