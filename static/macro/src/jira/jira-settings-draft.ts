import type { CardJiraSettingsEditorView } from '@src/contracts/jira-settings-contracts';

/** What the panel edits: the card's project (null: the site default) and automatic raising. */
export interface JiraSettingsDraft {
  projectId: string | null;
  autoRaise: boolean;
}

export const draftOf = (view: CardJiraSettingsEditorView): JiraSettingsDraft => ({ projectId: view.projectId, autoRaise: view.autoRaise });

export const isChanged = (view: CardJiraSettingsEditorView, draft: JiraSettingsDraft): boolean => draft.projectId !== view.projectId || draft.autoRaise !== view.autoRaise;

/** The user's changes made again on a newer version (after someone else saved). */
export function rebased(view: CardJiraSettingsEditorView, keep: Partial<JiraSettingsDraft> | undefined): JiraSettingsDraft {
  return { ...draftOf(view), ...keep };
}

export function changesOf(view: CardJiraSettingsEditorView, draft: JiraSettingsDraft): Partial<JiraSettingsDraft> {
  return {
    ...(draft.projectId === view.projectId ? {} : { projectId: draft.projectId }),
    ...(draft.autoRaise === view.autoRaise ? {} : { autoRaise: draft.autoRaise }),
  };
}
