/**
 * The macro and its config view as the workbench hosts them. The config view gets a module key
 * of its own so the host can tell the two apart (only it may submit or close).
 */
export interface HostedModule {
  key: string;
  resource: string;
  frameTitle: string;
}

export const MACRO_MODULE: HostedModule = {
  key: 'process-card',
  resource: '/resources/macro/index.html',
  frameTitle: 'Process card macro',
};

/** The app's `confluence:globalSettings` page, which Manage apps → Configure / Get started opens. */
export const SETTINGS_MODULE: HostedModule = {
  key: 'process-cards-settings',
  resource: '/resources/site-settings/index.html',
  frameTitle: 'Process Cards settings',
};

/** The app's `jira:adminPage`, under Jira settings → Apps: provisioning a project for corrective actions. */
export const JIRA_ADMIN_MODULE: HostedModule = {
  key: 'process-cards-jira-admin',
  resource: '/resources/jira-admin/index.html',
  frameTitle: 'Process Cards in Jira',
};

export const CONFIG_MODULE: HostedModule = {
  key: 'process-card-config',
  resource: '/resources/macro-config/index.html',
  frameTitle: 'Process card settings',
};

/** The app's `jira:issuePanel`, on the issue page of a corrective action or an improvement. */
export const ACTION_PANEL_MODULE: HostedModule = {
  key: 'process-cards-action-panel',
  resource: '/resources/action-panel/index.html',
  frameTitle: 'Process Cards issue panel',
};
