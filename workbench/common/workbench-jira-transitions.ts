import { z } from 'zod/mini';

/**
 * An issue's workflow buttons on the workbench's issue page: the transitions Jira's REST API
 * offers the workbench's current user (GET …/transitions), and what taking one came to (POST):
 * done, or refused with Jira's own messages (a validator's, a condition's).
 */
export const WorkbenchTransition = z.object({ id: z.string(), name: z.string(), to: z.string() });
export type WorkbenchTransition = z.infer<typeof WorkbenchTransition>;

export const WorkbenchTransitionsAnswer = z.object({ transitions: z.array(WorkbenchTransition) });

export const WorkbenchTransitionOutcome = z.union([z.object({ outcome: z.literal('done') }), z.object({ outcome: z.literal('refused'), messages: z.array(z.string()) })]);
export type WorkbenchTransitionOutcome = z.infer<typeof WorkbenchTransitionOutcome>;
