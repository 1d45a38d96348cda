import { z } from 'zod';

const Id = z.string().min(1).max(100);

/**
 * What Jira passes a function validator (the Forge docs' jira:workflowValidator, "Validating with
 * lambda functions"): the issue's key, the transition's from and to status ids, the rule's
 * configuration, and the fields changed on the transition screen. The gate needs the key and the
 * status left; the rest is read loosely, so a field Jira adds never shuts the gate for good.
 */
export const WorkflowValidatorPayload = z.object({
  issue: z.object({ key: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*-\d+$/, 'not an issue key') }),
  transition: z.object({ from: z.object({ id: Id }), to: z.object({ id: Id }), modifiedFields: z.record(z.string(), z.unknown()).optional() }),
  configuration: z.unknown().optional(),
});
export type WorkflowValidatorPayload = z.infer<typeof WorkflowValidatorPayload>;

/** What a function validator answers: Jira shows `errorMessage` when `result` is false. */
export const WorkflowValidatorResult = z.union([z.object({ result: z.literal(true) }), z.object({ result: z.literal(false), errorMessage: z.string().min(1) })]);
export type WorkflowValidatorResult = z.infer<typeof WorkflowValidatorResult>;
