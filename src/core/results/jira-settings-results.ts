/** A project provisioning set up (or began to), as the Jira admin page lists it. */
export interface JiraAdminProject {
  id: string;
  key: string;
  /** Both its schemes are ours: actions can be raised in it, and it may be the default. */
  ready: boolean;
  isDefault: boolean;
}

/** The Jira admin page's list of projects for corrective actions and the site default. */
export interface JiraAdminProjectsView {
  projects: JiraAdminProject[];
  /** Null before any project is ready, or after the default stopped being one. */
  defaultProjectId: string | null;
}

/** Who may close a corrective action by override, as the Jira admin page shows it. */
export interface JiraOverrideGroupView {
  /** The group chosen on the admin page; null: project administrators (the default). */
  group: { id: string; name: string } | null;
}

/** Groups found by name on the admin page, to choose the override group from. */
export interface JiraGroupsFound {
  groups: Array<{ id: string; name: string }>;
  /** Every group that matched, beyond those returned. */
  total: number;
}

/**
 * The Jira part of a card's settings, as its settings panel shows it to those who may change it.
 * Project keys are Jira's data: only they get them (readers get `CardJiraSettingsReaderView`).
 */
export interface CardJiraSettingsEditorView {
  cardId: string;
  /** The card settings' version (shared with the roles and KPI settings): send it back with a save. */
  version: number;
  /** Is any project set up for corrective actions on this site? When not, nothing here can be chosen. */
  connected: boolean;
  /** The projects actions may go to, by key. */
  projects: Array<{ id: string; key: string }>;
  /** Where the card's actions go when it names none; null when the site has no default. */
  siteDefault: { id: string; key: string } | null;
  /** The card's own project, or null for the site default. */
  projectId: string | null;
  /** The card's project is no longer set up (it is kept until someone chooses another). */
  projectGone: boolean;
  autoRaise: boolean;
  canEdit: true;
}

/** What someone who may see the card but not change its settings gets: no project, key or default. */
export interface CardJiraSettingsReaderView {
  cardId: string;
  canEdit: false;
}

export type CardJiraSettingsView = CardJiraSettingsEditorView | CardJiraSettingsReaderView;
