import type { ResolverResult } from '../../src/contracts/resolver-contracts';
import { JIRA_ADMIN_RESOLVER_KEYS, type JiraGroupsFound, type JiraOverrideGroupView, type ProvisioningPlan } from '../../src/contracts/jira-admin-contracts';
import { GroupsFoundSchema, OverrideGroupSchema } from '../../src/contracts/jira-admin-outputs';
import { resolverResultSchema } from '../../src/contracts/resolver-outputs';
import { ForgeAuditLog } from '../../src/adapters/forge/forge-audit-log';
import { PROVISION_RECORD_KEY, type ProvisionRecord } from '../../src/core/capa/provisioning/provision-record';
import { JIRA_AUDIT_KEY } from '../../src/core/usecases/jira/jira-audit-key';
import { PROVISIONING_LEASE } from '../../src/core/usecases/jira/provision-jira';
import { ForgeLeases } from '../../src/adapters/forge/forge-leases';
import { assertRequestsConform, checkScopeCoverage, type RecordedRequest } from '../support/openapi';
import { readManifestScopes } from '../support/manifest';
import { EDITOR, OUTSIDER, SITE_ADMIN, startHandlerHarness } from './forge-handler-harness';
import { provisionQms } from './provision-harness';

const { overrideGroup, findGroups, setOverrideGroup, planProvisioning } = JIRA_ADMIN_RESOLVER_KEYS;
const AUDITORS = { groupId: '6e87dc72-0001-421f-9382-2fee8b652487', name: 'qms-auditors' };
const MANAGERS = { groupId: '6e87dc72-0002-421f-9382-2fee8b652487', name: 'QMS-Managers' };
const auditors = { id: AUDITORS.groupId, name: AUDITORS.name };

describe('who may close by override, on the Jira admin page (index.jiraAdminHandler in the local Forge runtime, over the Jira stand-in)', () => {
  let harness: ReturnType<typeof startHandlerHarness>;
  beforeEach(() => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    harness = startHandlerHarness();
    harness.jira.site.groups.push(AUDITORS, MANAGERS, { groupId: 'a1b2', name: 'jira-software-users' });
  });
  afterEach(() => {
    harness.close();
    jest.restoreAllMocks();
  });

  const ok = <T>(result: ResolverResult<T>): T => {
    if (!result.ok) throw new Error(`${result.error.code}/${result.error.reason ?? ''}: ${result.error.message}`);
    return result.data;
  };
  /** The answer, checked against its output schema. */
  const checked = <T>(schema: Parameters<typeof resolverResultSchema>[0], result: ResolverResult<T>): ResolverResult<T> => {
    resolverResultSchema(schema).parse(result);
    return result;
  };
  const current = async (accountId = SITE_ADMIN) => checked(OverrideGroupSchema, await harness.callJiraAdmin<JiraOverrideGroupView>(overrideGroup, {}, accountId));
  const find = async (query: string, accountId = SITE_ADMIN) => checked(GroupsFoundSchema, await harness.callJiraAdmin<JiraGroupsFound>(findGroups, { query }, accountId));
  const set = async (group: { id: string; name: string } | null, expectedGroupId: string | null, accountId = SITE_ADMIN) =>
    checked(OverrideGroupSchema, await harness.callJiraAdmin<JiraOverrideGroupView>(setOverrideGroup, { group, expectedGroupId }, accountId));
  const record = () => harness.jira.site.appProperties.get(PROVISION_RECORD_KEY) as ProvisionRecord | undefined;
  const jiraRequests = () => harness.runtime.productRequests.filter((request) => request.remote === 'jira');
  /** The override group's entries under site:jira, every page read (provisioning files its steps there too). */
  const auditTrail = () =>
    harness.runtime.runInvocation(SITE_ADMIN, async () => {
      const log = new ForgeAuditLog({ error: () => undefined });
      const entries = [];
      let cursor: string | undefined;
      do {
        const page = await log.list(JIRA_AUDIT_KEY, cursor);
        entries.push(...page.items);
        cursor = page.cursor ?? undefined;
      } while (cursor !== undefined);
      return entries.filter((entry) => entry.action === 'jira.override-group-set');
    });
  const overrideWorkflowPlan = async () =>
    ok(await harness.callJiraAdmin<ProvisioningPlan>(planProvisioning, { projectKey: 'QMS', language: 'en' }, SITE_ADMIN)).items.filter((item) => item.kind === 'workflow');

  it('finds groups as the admin and restricts the override to the one chosen, audited; the plan then shows the workflow upgrade, every request as the spec allows and the manifest grants', async () => {
    await provisionQms(harness);
    expect(ok(await current())).toEqual({ group: null });
    expect(ok(await find(' qms '))).toEqual({ groups: [auditors, { id: MANAGERS.groupId, name: MANAGERS.name }], total: 2 });
    expect(ok(await set(auditors, null))).toEqual({ group: auditors });
    expect(record()).toMatchObject({ overrideGroupId: AUDITORS.groupId, overrideGroupName: AUDITORS.name });
    expect(ok(await current())).toEqual({ group: auditors });
    // Jira was asked as the admin (whether they administer Jira, and for the group); the record as the app.
    expect(jiraRequests().every((request) => (request.path.startsWith('/rest/forge/1/app/properties/') ? !request.asUser : request.asUser && request.accountId === SITE_ADMIN))).toBe(true);
    expect(jiraRequests().filter((request) => request.path.startsWith('/rest/api/3/groupuserpicker'))).toHaveLength(2);
    assertRequestsConform(jiraRequests() as unknown as RecordedRequest[]);
    expect(checkScopeCoverage(readManifestScopes(), harness.runtime.productRequests as unknown as RecordedRequest[], ['storage:app']).uncovered).toEqual([]);
    expect(await auditTrail()).toEqual([
      expect.objectContaining({ action: 'jira.override-group-set', actor: { kind: 'user', accountId: SITE_ADMIN }, data: { groupId: AUDITORS.groupId, groupName: AUDITORS.name, previousGroupId: null } }),
    ]);
    // Nothing in Jira changed yet: the plan shows both workflows to update, since the corrective action's is built from the group.
    expect((await overrideWorkflowPlan()).map((item) => [item.name, item.change])).toEqual([
      ['Process Cards: Corrective action', 'update'],
      ['Process Cards: Improvement', 'none'],
    ]);
  });

  it('refuses a group id Jira does not know, a change made meanwhile, a step running, a Jira user who is no admin, a Confluence user without Jira and a malformed payload, changing nothing', async () => {
    await provisionQms(harness);
    const before = record();
    expect(await set({ id: 'ffffffff-0000-4000-8000-000000000000', name: AUDITORS.name }, null)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'jira-group' } });
    expect(await set(auditors, MANAGERS.groupId)).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'jira-override-group-changed' } });
    const lease = await harness.runtime.runInvocation(SITE_ADMIN, () => new ForgeLeases().take(PROVISIONING_LEASE, 60));
    expect(await set(auditors, null)).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'provisioning-running' } });
    await harness.runtime.runInvocation(SITE_ADMIN, () => new ForgeLeases().release(PROVISIONING_LEASE, lease!));
    for (const accountId of [EDITOR, OUTSIDER]) {
      expect(await set(auditors, null, accountId)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await find('qms', accountId)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await current(accountId)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await set(auditors, null, EDITOR)).toMatchObject({ ok: false, error: { reason: 'jira' } });
    expect(await find('  ')).toMatchObject({ ok: false, error: { code: 'VALIDATION', reason: 'payload' } });
    expect(await set({ id: 'not a group id', name: 'x' }, null)).toMatchObject({ ok: false, error: { code: 'VALIDATION', reason: 'payload' } });
    expect(record()).toEqual(before);
    expect(await auditTrail()).toEqual([]);
    // Nothing was held back: the group can be chosen now.
    expect(ok(await set(auditors, null))).toEqual({ group: auditors });
  });
});
