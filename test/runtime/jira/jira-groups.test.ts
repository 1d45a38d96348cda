import { assertRequestsConform, scopesForRequests, type RecordedRequest } from '../../support/openapi';
import { readManifestScopes } from '../../support/manifest';
import { ADMIN, MEMBER, NO_ACCESS, problemsOfAnswers, startJira, type JiraFixture } from './jira-stand-in-fixture';
import { startAdapter, type AdapterFixture } from './adapter-fixture';

const GROUPS = [
  { groupId: '6e87dc72-0001-421f-9382-2fee8b652487', name: 'qms-auditors' },
  { groupId: '6e87dc72-0002-421f-9382-2fee8b652487', name: 'QMS-Managers' },
  { groupId: '6e87dc72-0003-421f-9382-2fee8b652487', name: 'jira-software-users' },
];
const PICKER = '/rest/api/3/groupuserpicker';

type Found = { groups: { groups: Array<{ groupId: string; name: string; html: string }>; total: number; header: string }; users: { users: Array<{ accountId: string }> } };

describe('the Jira stand-in: the user and group picker', () => {
  let fixture: JiraFixture;
  beforeEach(() => {
    fixture = startJira({ groups: GROUPS });
  });
  afterEach(() => fixture.close());
  const pick = async (query: string, accountId = ADMIN) => fixture.asUser(accountId, 'GET', `${PICKER}?${query}`);

  it('finds groups by name, case-sensitively unless asked otherwise, sorted, with the matched part in bold, in the spec’s shape', async () => {
    const sensitive = await pick('query=qms');
    expect(sensitive.status).toBe(200);
    expect((sensitive.body as Found).groups.groups.map((group) => group.name)).toEqual(['qms-auditors']);
    const insensitive = (await pick('query=qms&caseInsensitive=true')).body as Found;
    expect(insensitive.groups.groups).toEqual([
      { groupId: GROUPS[0]!.groupId, name: 'qms-auditors', html: '<b>qms</b>-auditors' },
      { groupId: GROUPS[1]!.groupId, name: 'QMS-Managers', html: '<b>QMS</b>-Managers' },
    ]);
    const bounded = (await pick('query=s&caseInsensitive=true&maxResults=1')).body as Found;
    expect(bounded.groups).toMatchObject({ total: 3, header: 'Showing 1 of 3 matching groups', groups: [{ name: 'jira-software-users' }] });
    // People are found too, by display name.
    expect(((await pick('query=member')).body as Found).users.users.map((user) => user.accountId)).toEqual([MEMBER]);
    expect(problemsOfAnswers(fixture.runtime)).toEqual([]);
  });

  it('refuses a request without a query, a filter it does not model, and anyone but a Jira admin (stand-in behaviour: confirm on a dev site)', async () => {
    expect((await pick('maxResults=5')).status).toBe(400);
    expect((await pick('query=qms&projectId=10000')).status).toBe(400);
    expect((await pick('query=qms', MEMBER)).status).toBe(403);
    expect((await pick('query=qms', NO_ACCESS)).status).toBe(403);
  });
});

describe('ForgeJiraProvisioning.findGroups', () => {
  let adapter: AdapterFixture;
  beforeEach(() => {
    adapter = startAdapter({ groups: GROUPS });
  });
  afterEach(() => adapter.close());
  const recorded = (): RecordedRequest[] => adapter.runtime.productRequests.map((request) => ({ ...request, remote: 'jira' }));

  it('asks the picker as the admin, in any case, and keeps only the groups, within a scope the manifest holds', async () => {
    expect(await adapter.as((jira) => jira.findGroups('qms'))).toEqual({
      groups: [
        { id: GROUPS[0]!.groupId, name: 'qms-auditors' },
        { id: GROUPS[1]!.groupId, name: 'QMS-Managers' },
      ],
      total: 2,
    });
    expect(await adapter.as((jira) => jira.findGroups('S', 1))).toEqual({ groups: [{ id: GROUPS[2]!.groupId, name: 'jira-software-users' }], total: 3 });
    // A query is sent encoded, not as part of the path.
    expect(await adapter.as((jira) => jira.findGroups('a&b=c #'))).toEqual({ groups: [], total: 0 });
    assertRequestsConform(recorded());
    expect(problemsOfAnswers(adapter.runtime)).toEqual([]);
    const needs = scopesForRequests(recorded());
    expect(needs.operations.map(({ operation, scopes }) => [operation, scopes.classic])).toEqual([['GET /rest/api/3/groupuserpicker', ['read:jira-work']]]);
    expect(readManifestScopes()).toEqual(expect.arrayContaining(['read:jira-work']));
    expect(readManifestScopes()).not.toContain('read:jira-user');
  });

  it('reports Jira’s refusal of someone who is no admin as a Jira error', async () => {
    expect(await adapter.failure((jira) => jira.findGroups('qms'), MEMBER)).toMatchObject({ reason: 'jira' });
  });
});
