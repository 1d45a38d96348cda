import { assertRequestsConform, checkScopeCoverage, scopesForRequests, type RecordedRequest } from '../../support/openapi';
import { installForgeRuntime } from '../../../workbench/runtime';
import { ForgeJiraProvisioning } from '../../../src/adapters/forge/forge-jira-provisioning';
import { ADMIN, MEMBER, NO_ACCESS, problemsOfAnswers } from './jira-stand-in-fixture';
import { startAdapter, type AdapterFixture } from './adapter-fixture';
import { correctiveAction, provisionOnce } from './provisioning-session';
import { fakePacing } from '../fake-pacing';

const recorded = (fixture: AdapterFixture): RecordedRequest[] => fixture.runtime.productRequests.map((request) => ({ ...request, remote: 'jira' }));

describe('ForgeJiraProvisioning and ForgeAppProperties: what they ask of Jira, and how they take a refusal', () => {
  let fixture: AdapterFixture;
  beforeEach(() => {
    fixture = startAdapter();
  });
  afterEach(() => fixture.close());
  const session = () => fixture.as((jira) => provisionOnce(jira, fixture.properties, (work) => fixture.runtime.runInvocation(undefined, work)));

  it('makes only requests the Jira spec documents, answered in its shapes', async () => {
    await session();
    expect(fixture.runtime.productRequests.every((request) => request.status < 400)).toBe(true);
    assertRequestsConform(recorded(fixture));
    expect(problemsOfAnswers(fixture.runtime)).toEqual([]);
  });

  it('asks as the invoking user, save the app properties, which only the app may touch', async () => {
    await session();
    const byProvider = (provider: string) => fixture.runtime.productRequests.filter((request) => request.provider === provider).map((request) => request.path.split('?')[0]);
    expect(byProvider('app')).toEqual(['/rest/forge/1/app/properties/provisioning', '/rest/forge/1/app/properties/provisioning']);
    expect(fixture.runtime.productRequests.filter((request) => request.provider === 'user').every((request) => request.accountId === ADMIN)).toBe(true);
  });

  it('needs exactly these operations, each allowed by its classic or its granular scopes', async () => {
    await session();
    const needs = scopesForRequests(recorded(fixture));
    expect(needs.unroutable).toEqual([]);
    const table = Object.fromEntries(needs.operations.map(({ operation, scopes }) => [operation, scopes]));
    const manage = ['manage:jira-configuration'];
    expect(table).toEqual({
      'GET /rest/api/3/project/{projectIdOrKey}': { classic: ['read:jira-work'], granular: PROJECT_READ },
      'GET /rest/api/3/project/search': { classic: ['read:jira-work'], granular: PROJECT_READ },
      'POST /rest/api/3/search/approximate-count': {
        classic: ['read:jira-work'],
        granular: ['read:field.default-value:jira', 'read:field.option:jira', 'read:field:jira', 'read:group:jira', 'read:issue-details:jira'],
      },
      'GET /rest/api/3/statuses/byNames': { classic: manage, granular: ['read:workflow:jira'] },
      'GET /rest/api/3/statuses': { classic: manage, granular: ['read:workflow:jira'] },
      'POST /rest/api/3/statuses': { classic: manage, granular: ['write:workflow:jira'] },
      'GET /rest/api/3/issuetype': { classic: ['read:jira-work'], granular: ['read:avatar:jira', 'read:issue-type:jira', 'read:project-category:jira', 'read:project:jira'] },
      'POST /rest/api/3/issuetype': { classic: manage, granular: ['read:avatar:jira', 'read:issue-type:jira', 'read:project-category:jira', 'read:project:jira', 'write:issue-type:jira'] },
      'POST /rest/api/3/workflows': { classic: manage, granular: ['read:workflow:jira'] },
      'POST /rest/api/3/workflows/create/validation': { classic: manage, granular: ['write:workflow:jira'] },
      'POST /rest/api/3/workflows/create': { classic: manage, granular: ['write:workflow:jira'] },
      'POST /rest/api/3/workflows/update': { classic: manage, granular: ['write:workflow:jira'] },
      'GET /rest/api/3/issuetypescheme/project': { classic: manage, granular: ['read:issue-type-scheme:jira'] },
      'GET /rest/api/3/issuetypescheme/mapping': { classic: manage, granular: ['read:issue-type-scheme:jira'] },
      'POST /rest/api/3/issuetypescheme': { classic: manage, granular: ['write:issue-type-scheme:jira'] },
      'PUT /rest/api/3/issuetypescheme/{issueTypeSchemeId}/issuetype': { classic: manage, granular: ['write:issue-type-scheme:jira'] },
      'PUT /rest/api/3/issuetypescheme/project': { classic: manage, granular: ['write:issue-type-scheme:jira', 'write:project:jira'] },
      'GET /rest/api/3/workflowscheme/project': { classic: manage, granular: [...WORKFLOW_SCHEME_READ, 'read:workflow:jira'].sort() },
      'POST /rest/api/3/workflowscheme': { classic: manage, granular: [...WORKFLOW_SCHEME_READ, 'write:workflow-scheme:jira'].sort() },
      'PUT /rest/api/3/workflowscheme/project': { classic: manage, granular: ['write:workflow-scheme:jira'] },
      'POST /rest/api/3/workflowscheme/project/switch': { classic: manage, granular: ['write:project:jira', 'write:workflow-scheme:jira'] },
      // An empty set: the operation allows a caller without any scope.
      'GET /rest/api/3/task/{taskId}': { classic: ['read:jira-work'], granular: [] },
      'GET /rest/forge/1/app/properties/{propertyKey}': { granular: ['read:app-data:jira'] },
      'PUT /rest/forge/1/app/properties/{propertyKey}': { classic: [], granular: ['write:app-data:jira'] },
    });
    expect(needs.classic).toEqual(['manage:jira-configuration', 'read:jira-work']);
    expect(needs.granular).toEqual(
      [
        ...new Set([
          ...PROJECT_READ,
          ...WORKFLOW_SCHEME_READ,
          'read:app-data:jira',
          'read:field.default-value:jira',
          'read:field.option:jira',
          'read:field:jira',
          'read:issue-details:jira',
          'read:issue-type-scheme:jira',
          'read:workflow:jira',
          'write:app-data:jira',
          'write:issue-type-scheme:jira',
          'write:issue-type:jira',
          'write:project:jira',
          'write:workflow-scheme:jira',
          'write:workflow:jira',
        ]),
      ].sort(),
    );
    // The least classic manifest: reading app properties has no classic scope, so its granular one joins.
    expect(checkScopeCoverage(['manage:jira-configuration', 'read:jira-work', 'read:app-data:jira'], recorded(fixture), [])).toEqual({ uncovered: [], unused: [], missingNonRest: [], unroutable: [] });
    expect(checkScopeCoverage(needs.granular, recorded(fixture), [])).toMatchObject({ uncovered: [], unused: [] });
  });

  it('takes Jira’s refusal of a user who is no Jira admin as FORBIDDEN, whether Jira says 401 or 403', async () => {
    expect(await fixture.failure((jira) => jira.createStatuses([{ name: 'X', category: 'DONE', description: '' }]), MEMBER)).toMatchObject({ code: 'FORBIDDEN', reason: 'jira' });
    expect(await fixture.failure((jira) => jira.createIssueType({ name: 'X', description: '' }), MEMBER)).toMatchObject({ code: 'FORBIDDEN', reason: 'jira' });
    expect(await fixture.failure((jira) => jira.workflowSchemeOf('10000'), NO_ACCESS)).toMatchObject({ code: 'FORBIDDEN', reason: 'jira' });
    const statuses = fixture.runtime.productRequests.map((request) => request.status);
    expect(statuses).toEqual([401, 403, 200, 403]);
  });

  it('takes a taken issue type name (409) as a CONFLICT', async () => {
    expect(await fixture.failure((jira) => jira.createIssueType({ name: 'Task', description: '' }))).toMatchObject({ code: 'CONFLICT', reason: 'jira' });
  });

  it('waits out a 429 as Retry-After says, then gives up as RATE_LIMITED, without Jira’s text', async () => {
    fixture.jira.rateLimitNext(2, 2);
    expect(await fixture.as((jira) => jira.issueCount('10000'))).toBe(2);
    expect(fixture.pacing.sleeps).toEqual([2_000, 2_000]);
    fixture.jira.rateLimitNext(100, 2);
    const failure = await fixture.failure((jira) => jira.createWorkflow(correctiveAction()));
    expect(failure).toMatchObject({ code: 'RATE_LIMITED', reason: 'jira' });
    expect(failure.message).not.toContain('stand-in text');
  });

  it('takes an answer of an unexpected shape, or any other failure, as INTERNAL, logging only the status', async () => {
    fixture.close();
    const odd = installForgeRuntime({
      productHandlers: [
        {
          remote: 'jira',
          handle: (request) =>
            request.path.startsWith('/rest/api/3/project/') ? { status: 200, body: { id: 10000, key: 'QMS' } } : { status: 503, body: { errorMessages: ['secret stack trace'] } },
        },
      ],
    });
    const log = jest.fn();
    const jira = new ForgeJiraProvisioning({ pacing: fakePacing(), log });
    try {
      const shape = await odd.runInvocation(ADMIN, () => jira.project('QMS')).catch((error: unknown) => error);
      expect(shape).toMatchObject({ code: 'INTERNAL', reason: 'jira', message: expect.stringContaining('unexpected shape') });
      const broken = await odd.runInvocation(ADMIN, () => jira.issueTypes()).catch((error: unknown) => error);
      expect(broken).toMatchObject({ code: 'INTERNAL', reason: 'jira' });
      expect(JSON.stringify([(broken as Error).message, log.mock.calls])).not.toContain('secret');
      expect(log).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ status: 503 }));
    } finally {
      odd.close();
    }
  });
});

const PROJECT_READ = [
  'read:application-role:jira',
  'read:avatar:jira',
  'read:group:jira',
  'read:issue-type-hierarchy:jira',
  'read:issue-type:jira',
  'read:project-category:jira',
  'read:project-version:jira',
  'read:project.component:jira',
  'read:project.property:jira',
  'read:project:jira',
  'read:user:jira',
];
const WORKFLOW_SCHEME_READ = [
  'read:application-role:jira',
  'read:avatar:jira',
  'read:group:jira',
  'read:issue-type:jira',
  'read:project-category:jira',
  'read:project:jira',
  'read:user:jira',
  'read:workflow-scheme:jira',
];
