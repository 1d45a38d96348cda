import { z } from 'zod';

/** The parts of Jira's issue answers the issue adapter reads (Jira platform REST v3). */

/** CreatedIssue (POST /issue). */
export const CreatedIssueJson = z.object({ id: z.string(), key: z.string() });

/** ErrorCollection: which fields Jira refused, by field id. */
export const ErrorCollectionJson = z.object({ errorMessages: z.array(z.string()).optional(), errors: z.record(z.string(), z.string()).optional() });

/** StatusDetails as an issue's `status` field holds it; `undefined` is Jira's key for "no category". */
const StatusFieldJson = z.object({ name: z.string(), statusCategory: z.object({ key: z.string() }) });

/** SearchAndReconcileResults with fields summary, status and the action property. */
export const LinkedIssuesJson = z.object({
  issues: z.array(
    z.object({
      id: z.string(),
      key: z.string(),
      fields: z.object({ summary: z.string().optional(), status: StatusFieldJson.optional() }).optional(),
      properties: z.record(z.string(), z.unknown()).optional(),
    }),
  ),
  nextPageToken: z.string().nullish(),
});

/** What the list reads of an action record: loosely, so a record of a later version still names its kind and KPI. */
export const RecordGist = z.object({
  kind: z.enum(['corrective-action', 'improvement']),
  link: z.object({ kpiId: z.string().nullable() }).nullable(),
});

/** EntityProperty (GET /issue/{issueIdOrKey}/properties/{propertyKey}). */
export const EntityPropertyJson = z.object({ key: z.string(), value: z.unknown() });

/** Where a record of any version links to, read loosely as RecordGist is. */
export const RecordLink = z.object({
  link: z.object({ cardId: z.string().min(1), kpiId: z.string().nullish() }).nullable(),
});
