/**
 * The audit trail is kept per card; the Jira set-up's changes (provisioning steps, the site
 * default) are filed under this fixed key, which no card id can be (ItemIds have no ':').
 */
export const JIRA_AUDIT_KEY = 'site:jira';
