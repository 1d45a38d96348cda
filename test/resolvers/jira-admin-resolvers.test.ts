import type { ResolverResult } from '../../src/contracts/resolver-contracts';
import { JIRA_ADMIN_RESOLVER_KEYS, type ProvisioningPlan } from '../../src/contracts/jira-admin-contracts';
import { ProvisioningPlanSchema, ProvisioningStepSchema } from '../../src/contracts/jira-admin-outputs';
import { assertRequestsConform, checkScopeCoverage, type RecordedRequest } from '../support/openapi';
import { readManifestScopes } from '../support/manifest';
import { EDITOR, OUTSIDER, SITE_ADMIN, startHandlerHarness } from './forge-handler-harness';

const { planProvisioning, runProvisioningStep } = JIRA_ADMIN_RESOLVER_KEYS;

describe('the Jira admin page provisions a project (index.jiraAdminHandler in the local Forge runtime, over the Jira stand-in)', () => {
  let harness: ReturnType<typeof startHandlerHarness>;
  beforeEach(() => {
    harness = startHandlerHarness();
  });
  afterEach(() => harness.close());

  const ok = <T>(result: ResolverResult<T>): T => {
    if (!result.ok) throw new Error(`${result.error.code}/${result.error.reason ?? ''}: ${result.error.message}`);
    return result.data;
  };
  const plan = async (projectKey = 'QMS', accountId = SITE_ADMIN, language: 'en' | 'ru' = 'en') =>
    ok(await harness.callJiraAdmin<ProvisioningPlan>(planProvisioning, { projectKey, language }, accountId));
  const runToEnd = async (accountId = SITE_ADMIN) => {
    let current = await plan('QMS', accountId);
    const approved = current.approvals;
    for (let step = 0; step < 40 && !current.complete; step += 1) {
      const answer = ok(await harness.callJiraAdmin<unknown>(runProvisioningStep, { projectKey: 'QMS', language: 'en', approved }, accountId));
      ProvisioningStepSchema.parse(answer);
      current = (answer as { plan: ProvisioningPlan }).plan;
    }
    return current;
  };
  const jiraRequests = () => harness.runtime.productRequests.filter((request) => request.remote === 'jira');
  const checked = (requests: ReadonlyArray<{ remote: string }>) => requests as unknown as RecordedRequest[];
  const writes = () => jiraRequests().filter((request) => request.method !== 'GET' && !/\/(workflows|search\/approximate-count|workflows\/create\/validation)$/.test(request.path.split('?')[0]!));

  it('shows the plan on a fresh site, writing nothing, in the output shape', async () => {
    const shown = await plan();
    expect(ProvisioningPlanSchema.parse(shown)).toEqual(shown);
    expect(shown.blocked).toBeNull();
    expect(shown.items.filter((item) => item.kind === 'workflow').map((item) => [item.name, item.change])).toEqual([
      ['Process Cards: Corrective action', 'create'],
      ['Process Cards: Improvement', 'create'],
    ]);
    // A fresh site has To Do, In Progress and Done: "In Progress" (the same category) is reused for improvements.
    expect(shown.items.find((item) => item.name === 'In Progress')?.change).toBe('reuse');
    expect(writes()).toEqual([]);
  });

  it('provisions the project step by step, as the admin, and a second run writes nothing (stand-in behaviour: confirm on a dev site)', async () => {
    const done = await runToEnd();
    expect(done.complete).toBe(true);
    const site = harness.jira.site;
    const project = site.allProjects().find((candidate) => candidate.key === 'QMS')!;
    const types = [...site.issueTypes.values()].filter((type) => type.name === 'Corrective action' || type.name === 'Improvement');
    expect(types).toHaveLength(2);
    expect(site.issueTypeSchemeOf(project)?.issueTypeIds).toEqual(expect.arrayContaining(types.map((type) => type.id)));
    // Every request was one the spec documents, as the admin (asUser), save the record (asApp).
    assertRequestsConform(checked(jiraRequests()));
    expect(jiraRequests().filter((request) => !request.asUser).every((request) => request.path.startsWith('/rest/forge/1/app/properties/'))).toBe(true);
    // The manifest grants every operation these requests need (and the check would see a missing one).
    const confluenceAndJira = checked(harness.runtime.productRequests);
    expect(checkScopeCoverage(readManifestScopes(), confluenceAndJira, ['storage:app']).uncovered).toEqual([]);
    expect(checkScopeCoverage(['storage:app'], confluenceAndJira, ['storage:app']).uncovered.length).toBeGreaterThan(0);

    const before = writes().length;
    const again = await plan();
    expect(again.complete).toBe(true);
    expect(ok(await harness.callJiraAdmin<{ plan: ProvisioningPlan }>(runProvisioningStep, { projectKey: 'QMS', language: 'en', approved: [] }, SITE_ADMIN)).plan.complete).toBe(true);
    expect(writes().length).toBe(before);
  });

  it('explains a team-managed project and writes nothing (stand-in behaviour: confirm on a dev site)', async () => {
    expect((await plan('TEAM')).blocked).toBe('team-managed');
    expect(writes()).toEqual([]);
  });

  it('refuses a Jira user who is no admin, and a Confluence user without Jira, changing nothing', async () => {
    const member = await harness.callJiraAdmin(planProvisioning, { projectKey: 'QMS', language: 'en' }, EDITOR);
    expect(member).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'jira' } });
    const outsider = await harness.callJiraAdmin(planProvisioning, { projectKey: 'QMS', language: 'en' }, OUTSIDER);
    expect(outsider).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(writes()).toEqual([]);
  });

  it('refuses a payload that is not a project key, before asking Jira anything', async () => {
    const answer = await harness.callJiraAdmin(planProvisioning, { projectKey: 'not a key', language: 'en' }, SITE_ADMIN);
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(jiraRequests()).toEqual([]);
  });
});
