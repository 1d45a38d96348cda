import { cardJiraProject, jiraSiteOf, sameJiraSite } from '../../../src/core/capa/jira-site';
import { emptyProvisionRecord, type ProvisionedProject } from '../../../src/core/capa/provisioning/provision-record';
import { emptySettings } from '../../../src/core/settings/card-settings';

const project = (projectId: string, projectKey: string, assigned = true): ProvisionedProject => ({
  projectId,
  projectKey,
  issueTypeSchemeId: '1',
  issueTypeSchemeAssigned: assigned,
  workflowSchemeId: '2',
  workflowSchemeAssigned: assigned,
  switchTaskId: null,
  complete: assigned,
});

const AT = '2026-12-02T08:00:00.000Z';

describe('the Confluence side’s copy of the Jira set-up', () => {
  const record = {
    ...emptyProvisionRecord(),
    issueTypes: { 'corrective-action': { id: '10050', name: 'Corrective action' }, improvement: { id: '10051', name: 'Improvement' } },
    projects: { '10000': project('10000', 'QMS'), '10001': project('10001', 'HALF', false), '10002': project('10002', 'AUD') },
    defaultProjectId: '10000',
  };

  it('copies only the projects actions can be raised in, with the default and the type ids', () => {
    expect(jiraSiteOf(record, AT)).toEqual({
      schemaVersion: 1,
      projects: [
        { id: '10002', key: 'AUD' },
        { id: '10000', key: 'QMS' },
      ],
      defaultProjectId: '10000',
      issueTypes: { 'corrective-action': '10050', improvement: '10051' },
      updatedAt: AT,
    });
  });

  it('drops a default that is not ready', () => {
    expect(jiraSiteOf({ ...record, defaultProjectId: '10001' }, AT).defaultProjectId).toBeNull();
  });

  it('tells copies apart by content, not by when they were made', () => {
    const site = jiraSiteOf(record, AT);
    expect(sameJiraSite(site, { ...site, updatedAt: '2027-01-01T00:00:00.000Z' })).toBe(true);
    expect(sameJiraSite(site, { ...site, defaultProjectId: '10002' })).toBe(false);
    expect(sameJiraSite(null, site)).toBe(false);
  });

  it('sends a card’s actions to its own project, else the site default, and says why when neither is ready', () => {
    const site = jiraSiteOf(record, AT);
    const settings = emptySettings('card-1');
    expect(cardJiraProject(site, settings)).toEqual({ state: 'ready', project: { id: '10000', key: 'QMS' }, chosen: 'site' });
    expect(cardJiraProject(site, null)).toMatchObject({ state: 'ready', chosen: 'site' });
    expect(cardJiraProject(site, { ...settings, jira: { projectId: '10002', autoRaise: false } })).toEqual({ state: 'ready', project: { id: '10002', key: 'AUD' }, chosen: 'card' });
    expect(cardJiraProject(site, { ...settings, jira: { projectId: '10001', autoRaise: false } })).toEqual({ state: 'project-gone', projectId: '10001' });
    expect(cardJiraProject({ ...site, defaultProjectId: null }, settings)).toEqual({ state: 'no-project' });
    expect(cardJiraProject(null, settings)).toEqual({ state: 'not-connected' });
    expect(cardJiraProject(jiraSiteOf(emptyProvisionRecord(), AT), settings)).toEqual({ state: 'not-connected' });
  });
});
