import { z } from 'zod';

/**
 * Jira's `avi:jira:updated:issue` (and `created`) as the app's trigger receives it
 * (events-reference/jira; Atlassian app events, "Filtering by entity properties"): the issue with
 * its fields, `timestamp` (epoch ms), a `changelog` on updates, and, since the trigger declares
 * `payload.include.propertyPaths`, `payloadIncludeProperties` keyed by those paths. Read loosely:
 * only what the counts need, unknown keys ignored.
 */

/** The paths the manifest's trigger includes (a test holds the manifest to these). */
export const CARD_ID_PATH = "issue.properties['process-cards.action'].link.cardId";
export const KPI_ID_PATH = "issue.properties['process-cards.action'].link.kpiId";

export const JiraIssueEvent = z.object({
  issue: z.object({
    id: z.string().regex(/^\d{1,20}$/),
    key: z.string().min(1).max(255),
    fields: z
      .object({
        status: z.object({ statusCategory: z.object({ key: z.string() }) }).optional(),
        // Jira's IssueBean: null while unresolved.
        resolution: z.object({ name: z.string().max(255) }).nullish(),
        // `2026-03-05T09:00:00.000+0000`.
        updated: z.string().optional(),
      })
      .optional(),
  }),
  timestamp: z.number().int().min(0).optional(),
  payloadIncludeProperties: z.record(z.string(), z.unknown()).optional(),
});
export type JiraIssueEvent = z.infer<typeof JiraIssueEvent>;
