import { z } from 'zod';

/** Output schemas of the Jira settings functions (the card's and the admin page's), checked in resolver tests. */
const Project = z.object({ id: z.string(), key: z.string() }).strict();

export const CardJiraSettingsEditorSchema = z
  .object({
    cardId: z.string(),
    version: z.number().int().min(0),
    connected: z.boolean(),
    projects: z.array(Project).max(500),
    siteDefault: Project.nullable(),
    projectId: z.string().nullable(),
    projectGone: z.boolean(),
    autoRaise: z.boolean(),
    canEdit: z.literal(true),
  })
  .strict();

/** A reader's answer: strict, so no Jira data can slip into it. */
export const CardJiraSettingsReaderSchema = z.object({ cardId: z.string(), canEdit: z.literal(false) }).strict();

export const CardJiraSettingsSchema = z.discriminatedUnion('canEdit', [CardJiraSettingsEditorSchema, CardJiraSettingsReaderSchema]);

export const JiraAdminProjectsSchema = z
  .object({
    projects: z.array(z.object({ id: z.string(), key: z.string(), ready: z.boolean(), isDefault: z.boolean() }).strict()).max(500),
    defaultProjectId: z.string().nullable(),
  })
  .strict();
