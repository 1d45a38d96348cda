import { JIRA_DEFAULTS, type JiraStandInProject } from '../runtime';

/**
 * The local site's Jira projects: a company-managed QMS project with a few issues (so its
 * workflow scheme is switched, not assigned), an empty company-managed AUD project (a second
 * place for corrective actions, so the site default and a card's own project can differ) and an
 * empty team-managed one, which provisioning must leave alone. Its people are the workbench's users (the quality manager is the Jira admin).
 * Only the quality manager may create issues in AUD, so the process owner sees Jira's permission
 * decide where automatic raising may be turned on.
 */
export const WORKBENCH_JIRA_PROJECTS: JiraStandInProject[] = [
  {
    id: '10000',
    key: 'QMS',
    name: 'Quality management',
    style: 'classic',
    issues: [
      { fields: { summary: 'Update the supplier evaluation form' } },
      { statusId: JIRA_DEFAULTS.IN_PROGRESS_STATUS_ID, fields: { summary: 'Prepare the internal audit schedule' } },
      { statusId: JIRA_DEFAULTS.DONE_STATUS_ID, fields: { summary: 'Calibrate the line 2 scales' } },
    ],
  },
  { id: '10001', key: 'MKT', name: 'Marketing board', style: 'next-gen' },
  { id: '10002', key: 'AUD', name: 'Internal audits', style: 'classic', creators: ['5f1a-quality-manager'] },
];
