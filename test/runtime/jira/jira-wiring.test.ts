import api, { route } from '@forge/api';
import { createJiraStandIn, installForgeRuntime } from '../../../workbench/runtime';
import { WORKBENCH_USERS } from '../../../workbench/server/workbench-users';
import { WORKBENCH_JIRA_PROJECTS } from '../../../workbench/server/workbench-jira';
import { EDITOR, OUTSIDER, SITE_ADMIN, startHandlerHarness } from '../../resolvers/forge-handler-harness';

describe('the Jira stand-in wired into the resolver harness and the workbench', () => {
  it('answers the harness’s Jira calls as each invoking user: the site admin is the Jira admin, the outsider has no Jira', async () => {
    const harness = startHandlerHarness();
    try {
      const status = (accountId: string, path: ReturnType<typeof route>) => harness.runtime.runInvocation(accountId, async () => (await api.asUser().requestJira(path)).status);
      const schemes = route`/rest/api/3/workflowscheme/project?projectId=${'10000'}`;
      expect(await status(SITE_ADMIN, schemes)).toBe(200);
      expect(await status(EDITOR, schemes)).toBe(403);
      expect(await status(EDITOR, route`/rest/api/3/project/${'QMS'}`)).toBe(200);
      expect(await status(OUTSIDER, route`/rest/api/3/project/${'QMS'}`)).toBe(404);
      expect(harness.jira.site.project('QMS')!.issues).toHaveLength(1);
    } finally {
      harness.close();
    }
  });

  it('gives the workbench one Jira admin (the quality manager), a guest without Jira, and a classic QMS project with issues', async () => {
    expect(WORKBENCH_USERS.filter((user) => user.jiraAdmin === true).map((user) => user.accountId)).toEqual(['5f1a-quality-manager']);
    expect(WORKBENCH_USERS.filter((user) => user.jiraAccess === false).map((user) => user.accountId)).toEqual(['5f1a-guest']);
    const jira = createJiraStandIn({ users: WORKBENCH_USERS, projects: WORKBENCH_JIRA_PROJECTS });
    const runtime = installForgeRuntime({ productHandlers: [jira] });
    try {
      const project = await runtime.runInvocation('5f1a-process-owner', async () => (await api.asUser().requestJira(route`/rest/api/3/project/${'QMS'}`)).json());
      expect(project).toMatchObject({ style: 'classic' });
      expect(jira.site.project('QMS')!.issues.length).toBeGreaterThan(0);
      expect(jira.site.project('MKT')!.style).toBe('next-gen');
    } finally {
      runtime.close();
    }
  });
});
