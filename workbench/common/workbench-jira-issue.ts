import { z } from 'zod/mini';

/**
 * An issue of the Jira stand-in as the workbench's Jira pages show it (the emulated Jira's own
 * view, not the app's): what the server's /__workbench/jira routes answer and the host parses.
 */
export const WorkbenchIssueLink = z.object({ cardId: z.string(), kpiId: z.nullable(z.string()), pageId: z.string() });

export const WorkbenchRemoteLink = z.object({ title: z.string(), url: z.string(), relationship: z.nullable(z.string()) });

export const WorkbenchIssue = z.object({
  key: z.string(),
  projectKey: z.string(),
  type: z.string(),
  summary: z.string(),
  status: z.object({ name: z.string(), category: z.enum(['TODO', 'IN_PROGRESS', 'DONE']) }),
  reporter: z.nullable(z.string()),
  created: z.string(),
  /** The card and KPI the app's issue property (`process-cards.action`) links to, when it has one. */
  link: z.nullable(WorkbenchIssueLink),
  remoteLinks: z.array(WorkbenchRemoteLink),
});
export type WorkbenchIssue = z.infer<typeof WorkbenchIssue>;

export const WorkbenchIssueDetail = z.object({
  ...WorkbenchIssue.shape,
  properties: z.record(z.string(), z.unknown()),
  /** Whether Jira would show the app's issue panel here (the manifest's display condition). */
  actionPanel: z.boolean(),
  /** What an issue panel's context names of the issue and its project. */
  id: z.string(),
  typeId: z.string(),
  projectId: z.string(),
});
export type WorkbenchIssueDetail = z.infer<typeof WorkbenchIssueDetail>;

export const WorkbenchJiraProject = z.object({ key: z.string(), name: z.string(), issues: z.array(WorkbenchIssue) });

export const WorkbenchIssuesAnswer = z.object({ projects: z.array(WorkbenchJiraProject) });
export type WorkbenchIssuesAnswer = z.infer<typeof WorkbenchIssuesAnswer>;

export const WorkbenchIssueAnswer = z.object({ issue: WorkbenchIssueDetail });
