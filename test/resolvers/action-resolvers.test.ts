import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { ImportCardResult, MacroCardResult, ResolverResult } from '../../src/contracts/resolver-contracts';
import { ACTION_RESOLVER_KEYS, type LinkedActionsResult, type RaiseActionResult, type RepairLinksResult } from '../../src/contracts/action-contracts';
import { LinkedActionsResultSchema, RaiseActionResultSchema, RepairLinksResultSchema } from '../../src/contracts/action-outputs';
import { MacroCardResultSchema, resolverResultSchema } from '../../src/contracts/resolver-outputs';
import { ACTION_PROPERTY_KEY } from '../../src/core/capa/ca-record';
import { fromIssueProperty } from '../../src/core/capa/action-property';
import { recentPeriods } from '../../src/core/kpi/kpi-period';
import { assertRequestsConform, checkResponse, type RecordedRequest } from '../support/openapi';
import { CONFLUENCE_ONLY, EDITOR, OUTSIDER, PAGE, READER, importPayload, startHandlerHarness, type MacroCall } from './forge-handler-harness';
import { provisionQms } from './provision-harness';

const example = readFileSync(join(__dirname, '../../examples/purchasing.en.md'), 'utf8');
const SITE_URL = 'https://example.atlassian.net';
const { raiseAction, listActions, repairLinks } = ACTION_RESOLVER_KEYS;

describe('raising actions from a KPI and listing the card’s actions (production handler in the local Forge runtime, over the Jira stand-in)', () => {
  let harness: ReturnType<typeof startHandlerHarness>;
  let cardId: string;
  let kpiId: string;
  const as = (accountId: string): MacroCall => ({ accountId, extraContext: { siteUrl: SITE_URL } });
  const raisePayload = (extra: Record<string, unknown> = {}) => ({
    cardId,
    kpiId,
    kind: 'corrective-action',
    summary: 'Late deliveries above target',
    problem: 'Three suppliers delivered late in a row.',
    requestId: randomUUID(),
    ...extra,
  });
  const raise = async (accountId: string, extra: Record<string, unknown> = {}) => {
    const result = await harness.call<RaiseActionResult>(raiseAction, raisePayload(extra), as(accountId));
    resolverResultSchema(RaiseActionResultSchema).parse(result);
    return result;
  };
  const list = async (accountId: string) => {
    const result = await harness.call<LinkedActionsResult>(listActions, { cardId }, as(accountId));
    resolverResultSchema(LinkedActionsResultSchema).parse(result);
    return result;
  };
  const ok = <T>(result: ResolverResult<T>): T => {
    if (!result.ok) throw new Error(`${result.error.code}/${result.error.reason ?? ''}: ${result.error.message}`);
    return result.data;
  };
  const provision = () => provisionQms(harness);
  const jiraRequests = () => harness.runtime.productRequests.filter((request) => request.remote === 'jira');
  /** Jira's answers that its spec does not document, for the status each came with. */
  const undocumentedAnswers = () =>
    jiraRequests().flatMap(({ method, path, status, responseBody }) => {
      const result = checkResponse({ product: 'jira', method, path, status, body: responseBody });
      return result.ok ? [] : result.problems.map((problem) => `${method} ${path} → ${status}: ${problem}`);
    });

  beforeEach(async () => {
    // The Forge adapters log Jira's refusals to the console, as in production.
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    harness = startHandlerHarness();
    const imported = await harness.call<ImportCardResult>('card/import', importPayload(example), { accountId: EDITOR });
    if (!imported.ok) throw new Error(imported.error.message);
    cardId = imported.data.view.card.id;
    kpiId = imported.data.view.card.content.kpis[0]!.id;
    const lastMonth = recentPeriods('month', new Date().toISOString().slice(0, 10), 2)[1]!.key;
    ok(await harness.call('kpi/record', { cardId, kpiId, period: { key: lastMonth }, value: 80, comment: '', expectedRevision: 0, requestId: randomUUID() }, { accountId: EDITOR }));
  });
  afterEach(() => {
    harness.close();
    jest.restoreAllMocks();
  });

  it('raises a corrective action as a page editor: the issue carries the record and links to the page, every request as the spec allows', async () => {
    await provision();
    const raised = ok(await raise(EDITOR));
    expect(raised).toMatchObject({ issue: { key: 'QMS-2', url: `${SITE_URL}/browse/QMS-2` }, kind: 'corrective-action', linked: true, repeated: false });
    const { project, issue } = harness.jira.site.issue(raised.issue.key)!;
    expect(project.key).toBe('QMS');
    expect(harness.jira.site.issueTypes.get(issue.issueTypeId)?.name).toBe('Corrective action');
    expect(fromIssueProperty(issue.properties.get(ACTION_PROPERTY_KEY))).toMatchObject({
      kind: 'corrective-action',
      source: 'kpi-breach',
      link: { cardId, kpiId, pageId: PAGE.pageId },
      problem: 'Three suppliers delivered late in a row.',
      snapshot: { values: [{ value: 80 }] },
    });
    expect(issue.remoteLinks).toEqual([
      expect.objectContaining({ globalId: `process-cards:page=${PAGE.pageId}`, object: expect.objectContaining({ url: `${SITE_URL}/wiki/spaces/QMS/pages/${PAGE.pageId}` }) }),
    ]);
    // The provisioning record is the app's (asApp); the issue and its link are the user's.
    expect(jiraRequests().map((request) => [request.method, request.path.split('?')[0], request.asUser ? request.accountId : 'app'])).toEqual([
      ['GET', '/rest/forge/1/app/properties/process-cards.provisioning', 'app'],
      ['POST', '/rest/api/3/issue', EDITOR],
      ['POST', `/rest/api/3/issue/${raised.issue.key}/remotelink`, EDITOR],
    ]);
    assertRequestsConform(jiraRequests() as unknown as RecordedRequest[]);
    expect(undocumentedAnswers()).toEqual([]);
  });

  it('lists the raised action for a reader in one search, and says so for a reader without Jira (stand-in behaviour: confirm on a dev site)', async () => {
    await provision();
    const raised = ok(await raise(EDITOR));
    harness.runtime.productRequests.length = 0;
    const listed = ok(await list(READER));
    expect(listed).toMatchObject({
      jira: 'ok',
      more: false,
      issues: [{ key: raised.issue.key, summary: 'Late deliveries above target', statusCategory: 'new', kind: 'corrective-action', kpiId, url: `${SITE_URL}/browse/${raised.issue.key}` }],
      jiraUrl: expect.stringContaining(`${SITE_URL}/issues/?jql=`),
    });
    expect(jiraRequests().filter((request) => request.path === '/rest/api/3/search/jql').map((request) => request.accountId)).toEqual([READER]);
    expect(ok(await list(CONFLUENCE_ONLY))).toEqual({ jira: 'no-access', target: 'ready', issues: [], more: false });
    assertRequestsConform(jiraRequests() as unknown as RecordedRequest[]);
    expect(undocumentedAnswers()).toEqual([]);
  });

  it('makes one issue for a retried request, and refuses those who may not raise, making nothing', async () => {
    await provision();
    const requestId = randomUUID();
    const first = ok(await raise(EDITOR, { requestId }));
    expect(ok(await raise(EDITOR, { requestId }))).toEqual({ ...first, repeated: true });
    expect(await raise(READER)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'edit' } });
    expect(await harness.call(raiseAction, raisePayload(), {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'sign-in' } });
    expect(await raise(CONFLUENCE_ONLY)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'jira' } });
    expect(await harness.call(raiseAction, raisePayload(), { accountId: OUTSIDER, pageId: '99999' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'view' } });
    expect(harness.jira.site.project('QMS')!.issues).toHaveLength(2);
  });

  it('repairs a link raising could not make on the next render by an editor, never by a reader', async () => {
    await provision();
    // Raised where the platform named no site: the page had no address to link to.
    const raised = ok(await harness.call<RaiseActionResult>(raiseAction, raisePayload(), { accountId: EDITOR }));
    expect(raised.linked).toBe(false);
    const render = async (accountId: string) => {
      harness.runtime.productRequests.length = 0;
      const shown = ok(await harness.call<MacroCardResult>('card/get-for-macro', {}, as(accountId)));
      resolverResultSchema(MacroCardResultSchema).parse({ ok: true, data: shown });
      return shown.view?.actions;
    };
    const confluenceRequests = () => harness.runtime.productRequests.filter((request) => request.remote !== 'jira');
    expect(await render(READER)).toMatchObject({ shown: 'issues', repairLinks: false });
    expect(jiraRequests().map((request) => request.path)).toEqual(['/rest/api/3/search/jql']);
    // Who may repair is asked of Confluence once, within the first render's ≤ 2 Confluence calls.
    expect(confluenceRequests().length).toBeLessThanOrEqual(2);
    expect(await render(EDITOR)).toMatchObject({ shown: 'issues', repairLinks: true });
    expect(confluenceRequests().length).toBeLessThanOrEqual(2);
    expect(await harness.call(repairLinks, { cardId }, as(READER))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'edit' } });
    expect(harness.jira.site.issue(raised.issue.key)!.issue.remoteLinks).toEqual([]);

    harness.runtime.productRequests.length = 0;
    const repaired = await harness.call<RepairLinksResult>(repairLinks, { cardId }, as(EDITOR));
    resolverResultSchema(RepairLinksResultSchema).parse(repaired);
    expect(ok(repaired)).toEqual({ repaired: [raised.issue.key], remaining: [] });
    expect(jiraRequests().map((request) => [request.method, request.path, request.accountId])).toEqual([['POST', `/rest/api/3/issue/${raised.issue.key}/remotelink`, EDITOR]]);
    assertRequestsConform(jiraRequests() as unknown as RecordedRequest[]);
    expect(undocumentedAnswers()).toEqual([]);
    expect(harness.jira.site.issue(raised.issue.key)!.issue.remoteLinks).toEqual([
      expect.objectContaining({ globalId: `process-cards:page=${PAGE.pageId}`, object: expect.objectContaining({ url: `${SITE_URL}/wiki/spaces/QMS/pages/${PAGE.pageId}` }) }),
    ]);
    expect(await render(EDITOR)).toMatchObject({ shown: 'issues', repairLinks: false });
  });

  it('says no project is set up before a Jira admin provisions one, asking Jira nothing as the user', async () => {
    expect(await raise(EDITOR)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'jira-project' } });
    expect(ok(await list(READER))).toEqual({ jira: 'not-set-up', target: 'not-set-up', issues: [], more: false });
    expect(jiraRequests().every((request) => !request.asUser)).toBe(true);
    expect(harness.jira.site.project('QMS')!.issues).toHaveLength(1);
  });

  it.each([
    ['an unknown kind', { kind: 'correction' }],
    ['an empty problem', { problem: '  ' }],
    ['a summary Jira would refuse', { summary: 'x'.repeat(255) }],
    ['a request id that is not a UUID', { requestId: 'again' }],
    ['an unknown field', { assignee: 'someone' }],
  ])('refuses %s as a VALIDATION error', async (_name, extra) => {
    expect(await raise(EDITOR, extra)).toMatchObject({ ok: false, error: { code: 'VALIDATION', reason: 'payload' } });
    expect(jiraRequests()).toEqual([]);
  });
});
