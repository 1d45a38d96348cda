import { z } from 'zod';
import { CardId } from '../core/card/process-card';
import { JiraCardSettings } from '../core/settings/card-settings';

export type { CardJiraSettingsEditorView, CardJiraSettingsReaderView, CardJiraSettingsView } from '../core/results/jira-settings-results';

/** The macro's functions for the Jira part of a card's settings (the macro module's resolver). */
export const JIRA_SETTINGS_RESOLVER_KEYS = {
  getCardJiraSettings: 'jira/settings-get',
  saveCardJiraSettings: 'jira/settings-save',
} as const;

export const GetCardJiraSettingsPayload = z.object({ cardId: CardId }).strict();

export const SaveCardJiraSettingsPayload = z
  .object({
    cardId: CardId,
    expectedVersion: z.number().int().min(0),
    /** A project set up for corrective actions, or null for the site default. */
    projectId: JiraCardSettings.shape.projectId,
    autoRaise: z.boolean(),
  })
  .strict();
