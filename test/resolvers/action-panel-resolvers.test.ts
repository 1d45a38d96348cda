import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { ImportCardResult, ResolverResult } from '../../src/contracts/resolver-contracts';
import type { RaiseActionResult } from '../../src/contracts/action-contracts';
import { ACTION_PANEL_RESOLVER_KEYS, type ActionPanelView } from '../../src/contracts/action-panel-contracts';
import { ActionPanelViewSchema } from '../../src/contracts/action-panel-outputs';
import { resolverResultSchema } from '../../src/contracts/resolver-outputs';
import { recentPeriods } from '../../src/core/kpi/kpi-period';
import { assertRequestsConform, type RecordedRequest } from '../support/openapi';
import { EDITOR, JIRA_ONLY, OUTSIDER, PAGE, READER, importPayload, startHandlerHarness } from './forge-handler-harness';
import { provisionQms } from './provision-harness';

const example = readFileSync(join(__dirname, '../../examples/purchasing.en.md'), 'utf8');
const SITE_URL = 'https://example.atlassian.net';
const { view } = ACTION_PANEL_RESOLVER_KEYS;

describe('the issue panel’s function (production handler in the local Forge runtime, over the Jira and Confluence stand-ins)', () => {
  let harness: ReturnType<typeof startHandlerHarness>;
  let cardId: string;
  let cardTitle: string;
  let issue: { id: string; key: string; typeId: string };
  const ok = <T>(result: ResolverResult<T>): T => {
    if (!result.ok) throw new Error(`${result.error.code}/${result.error.reason ?? ''}: ${result.error.message}`);
    return result.data;
  };
  const panel = async (accountId: string | undefined, extra: { issue?: typeof issue; payload?: unknown; extraContext?: Record<string, unknown> } = {}) => {
    const result = await harness.callActionPanel<ActionPanelView>(view, extra.payload ?? {}, {
      ...(accountId === undefined ? {} : { accountId }),
      issue: extra.issue ?? issue,
      siteUrl: SITE_URL,
      ...(extra.extraContext === undefined ? {} : { extraContext: extra.extraContext }),
    });
    resolverResultSchema(ActionPanelViewSchema).parse(result);
    return result;
  };
  const requests = () => harness.runtime.productRequests.map((request) => [request.remote, request.method, request.path.split('?')[0], request.asUser ? request.accountId : 'app']);
  const recorded = () =>
    harness.runtime.productRequests.map((request): RecordedRequest => ({ remote: request.remote as 'jira' | 'confluence', method: request.method, path: request.path, body: request.body, headers: request.headers }));

  beforeEach(async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    harness = startHandlerHarness();
    const imported = await harness.call<ImportCardResult>('card/import', importPayload(example), { accountId: EDITOR });
    if (!imported.ok) throw new Error(imported.error.message);
    cardId = imported.data.view.card.id;
    cardTitle = imported.data.view.card.content.title;
    const kpiId = imported.data.view.card.content.kpis[0]!.id;
    const lastMonth = recentPeriods('month', new Date().toISOString().slice(0, 10), 2)[1]!.key;
    ok(await harness.call('kpi/record', { cardId, kpiId, period: { key: lastMonth }, value: 80, comment: '', expectedRevision: 0, requestId: randomUUID() }, { accountId: EDITOR }));
    await provisionQms(harness);
    const raised = ok(
      await harness.call<RaiseActionResult>(
        'action/raise',
        { cardId, kpiId, kind: 'corrective-action', summary: 'Late deliveries', problem: 'Three suppliers delivered late in a row.', requestId: randomUUID() },
        { accountId: EDITOR, extraContext: { siteUrl: SITE_URL } },
      ),
    );
    const stored = harness.jira.site.issue(raised.issue.key)!.issue;
    issue = { id: raised.issue.id, key: raised.issue.key, typeId: stored.issueTypeId };
    harness.runtime.productRequests.length = 0;
  });
  afterEach(() => {
    harness.close();
    jest.restoreAllMocks();
  });

  it('shows a reader of the card’s page the card live: the record read as them in Jira, the page checked as them in Confluence, as the specs allow (stand-in behaviour: confirm on a dev site)', async () => {
    const answer = ok(await panel(READER));
    expect(answer).toMatchObject({
      state: 'live',
      issueKey: issue.key,
      record: { kind: 'corrective-action', link: { cardId, pageId: PAGE.pageId } },
      card: { cardId, title: cardTitle, pageUrl: `${SITE_URL}/wiki/pages/viewpage.action?pageId=${PAGE.pageId}` },
      kpi: { values: [expect.objectContaining({ value: 80, afterRaise: false })] },
    });
    // One Jira read and one Confluence check, both as the viewer; storage is the rest.
    expect(requests()).toEqual([
      ['jira', 'GET', `/rest/api/3/issue/${issue.id}/properties/process-cards.action`, READER],
      ['confluence', 'GET', `/wiki/api/v2/pages/${PAGE.pageId}`, READER],
    ]);
    assertRequestsConform(recorded());
  });

  it('shows a viewer who cannot see the card’s page only the snapshot, with the reason, and nothing of the card', async () => {
    const answer = ok(await panel(JIRA_ONLY));
    expect(answer).toMatchObject({ state: 'snapshot', reason: 'no-view', record: { snapshot: { values: [{ value: 80 }] } } });
    expect(JSON.stringify(answer)).not.toContain(cardTitle);
    expect(requests()).toEqual([
      ['jira', 'GET', `/rest/api/3/issue/${issue.id}/properties/process-cards.action`, JIRA_ONLY],
      ['confluence', 'GET', `/wiki/api/v2/pages/${PAGE.pageId}`, JIRA_ONLY],
    ]);
    assertRequestsConform(recorded());
  });

  it('takes the issue from the platform’s context, never from the payload or other context fields', async () => {
    const refused = await panel(READER, { payload: { issueKey: 'QMS-999' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', reason: 'payload' } });
    expect(harness.runtime.productRequests).toEqual([]);
    const answer = ok(await panel(READER, { extraContext: { issue: { id: '1', key: 'QMS-999' } } }));
    expect(answer).toMatchObject({ state: 'live', issueKey: issue.key });
  });

  it('refuses a context that names no issue the way Jira does, asking Jira nothing', async () => {
    const bad = await panel(READER, { issue: { id: 'x', key: 'not a key', typeId: '1' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', reason: 'context' } });
    expect(harness.runtime.productRequests).toEqual([]);
  });

  it('shows nothing of the record to someone Jira does not let read the issue', async () => {
    // The outsider has no Jira licence: Jira refuses the property read.
    const answer = await panel(OUTSIDER);
    // Jira answers them as it answers an issue without the property: the record stays in Jira.
    expect(answer).toEqual({ ok: true, data: { state: 'no-record', issueKey: issue.key, kind: 'corrective-action' } });
    expect(requests()).toEqual([['jira', 'GET', `/rest/api/3/issue/${issue.id}/properties/process-cards.action`, OUTSIDER]]);
  });
});
