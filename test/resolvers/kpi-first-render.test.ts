import { randomUUID } from 'node:crypto';
import type { ImportCardResult, MacroCardResult } from '../../src/contracts/resolver-contracts';
import type { RaiseActionResult } from '../../src/contracts/action-contracts';
import { MacroCardResultSchema, resolverResultSchema } from '../../src/contracts/resolver-outputs';
import { ForgeJiraSiteStore } from '../../src/adapters/forge/forge-jira-site-store';
import type { ProcessCard } from '../../src/core/card/process-card';
import { assertRequestsConform, checkResponse, type RecordedRequest } from '../support/openapi';
import { CONFLUENCE_ONLY, EDITOR, READER, importPayload, startHandlerHarness } from './forge-handler-harness';
import { provisionQms } from './provision-harness';
import { cardWithKpis, writeMonthlyHistory } from '../support/kpi-history';

const SITE_URL = 'https://example.atlassian.net';

describe('first render of a card with 50 KPIs and 10 years of monthly values', () => {
  let harness: ReturnType<typeof startHandlerHarness>;
  let card: ProcessCard;
  beforeEach(async () => {
    // The Forge adapters log Jira's refusals to the console, as in production.
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    harness = startHandlerHarness();
    const imported = await harness.call<ImportCardResult>('card/import', importPayload(cardWithKpis(50)), { accountId: EDITOR });
    if (!imported.ok) throw new Error(imported.error.message);
    card = imported.data.view.card;
    expect(card.content.kpis).toHaveLength(50);
    const today = new Date().toISOString().slice(0, 10);
    expect(await writeMonthlyHistory(card, 120, today)).toBe(6000);
  });
  afterEach(() => {
    harness.close();
    jest.restoreAllMocks();
  });

  const render = async (accountId: string | undefined) => {
    harness.runtime.reset();
    const shown = await harness.call<MacroCardResult>('card/get-for-macro', {}, { ...(accountId === undefined ? {} : { accountId }), extraContext: { siteUrl: SITE_URL } });
    resolverResultSchema(MacroCardResultSchema).parse(shown);
    if (!shown.ok) throw new Error(shown.error.message);
    return shown.data;
  };
  const jiraRequests = () => harness.runtime.productRequests.filter((request) => request.remote === 'jira');
  const confluenceRequests = () => harness.runtime.productRequests.filter((request) => request.remote !== 'jira');
  /** Three corrective actions on the first two KPIs, raised by an editor: the summary counts them. */
  const raiseActions = async () => {
    await provisionQms(harness);
    const raised: string[] = [];
    for (const kpi of [card.content.kpis[0]!, card.content.kpis[0]!, card.content.kpis[1]!]) {
      const payload = { cardId: card.id, kpiId: kpi.id, kind: 'corrective-action', summary: `Below target: ${kpi.name}`, problem: 'Two months under 85 %.', requestId: randomUUID() };
      const answer = await harness.call<RaiseActionResult>('action/raise', payload, { accountId: EDITOR, extraContext: { siteUrl: SITE_URL } });
      if (!answer.ok) throw new Error(answer.error.message);
      raised.push(answer.data.issue.key);
    }
    return raised;
  };

  it('reads the macro binding and one batch (card, summary, settings, site settings, Jira set-up): 2 storage requests, no history, no product call', async () => {
    const shown = await render(READER);
    // docs/budgets.md: ≤ 3 storage requests, a batch get counting as one; measurements are never read on first render.
    expect(harness.runtime.kvsStats.readRequests).toBe(2);
    expect(harness.runtime.kvsStats.writes).toBe(0);
    // The card lives on this page and the reader only reads; Jira is not set up: no product call at all.
    expect(harness.runtime.productRequests).toHaveLength(0);
    const board = shown.view?.kpis;
    expect(board?.kpis).toHaveLength(50);
    expect(board?.kpis.every((kpi) => kpi.points.length === 12 && kpi.latest !== null)).toBe(true);
    expect(shown.view?.actions).toEqual({ shown: 'counts', reason: 'not-connected', byKpi: {}, countedAt: null });
  });

  it('with Jira set up and actions linked: one search as the reader (as the spec allows), 2 storage reads, the issues per KPI', async () => {
    const [first, second, third] = await raiseActions();
    const shown = await render(READER);
    expect(jiraRequests().map((request) => [request.method, request.path, request.asUser ? request.accountId : 'app'])).toEqual([['POST', '/rest/api/3/search/jql', READER]]);
    assertRequestsConform(jiraRequests() as unknown as RecordedRequest[]);
    for (const { method, path, status, responseBody } of jiraRequests()) expect(checkResponse({ product: 'jira', method, path, status, body: responseBody })).toMatchObject({ ok: true });
    expect(confluenceRequests()).toHaveLength(0);
    // The raises counted every issue already: the complete search finds the same counts and writes nothing.
    expect(harness.runtime.kvsStats.readRequests).toBe(2);
    expect(harness.runtime.kvsStats.writes).toBe(0);
    const actions = shown.view?.actions;
    if (actions?.shown !== 'issues') throw new Error(`no issues shown: ${JSON.stringify(actions)}`);
    const [kpi1, kpi2] = card.content.kpis;
    expect(Object.keys(actions.byKpi).sort()).toEqual([kpi1!.id, kpi2!.id].sort());
    expect(actions.byKpi[kpi1!.id]!.map((issue) => issue.key)).toEqual([second, first]);
    expect(actions.byKpi[kpi2!.id]).toEqual([expect.objectContaining({ key: third, statusCategory: 'new', url: `${SITE_URL}/browse/${third}` })]);
    expect(actions).toMatchObject({ more: false, repairLinks: false, jiraUrl: expect.stringContaining(`${SITE_URL}/issues/?jql=`) });
  });

  it('writes the counts once when Jira’s differ from the stored ones: one more storage request, then none', async () => {
    const [first] = await raiseActions();
    const done = [...harness.jira.site.statuses.values()].find((status) => status.category === 'DONE')!;
    harness.jira.site.issue(first!)!.issue.statusId = done.id;
    await render(READER);
    expect(jiraRequests()).toHaveLength(1);
    expect(harness.runtime.kvsStats.readRequests).toBe(2);
    expect(harness.runtime.kvsStats.writes).toBe(1);
    await render(READER);
    expect(harness.runtime.kvsStats.writes).toBe(0);
    const counts = await render(undefined);
    expect(counts.view?.actions).toMatchObject({ shown: 'counts', reason: 'signed-out', byKpi: { [card.content.kpis[0]!.id]: { new: 1, indeterminate: 0, done: 1 } } });
    expect(jiraRequests()).toHaveLength(0);
  });

  it('shows only the stored counts where no search can help: signed out and no project set, asking Jira nothing', async () => {
    await raiseActions();
    const kpiCounts = { [card.content.kpis[0]!.id]: { new: 2, indeterminate: 0, done: 0 }, [card.content.kpis[1]!.id]: { new: 1, indeterminate: 0, done: 0 } };
    expect((await render(undefined)).view?.actions).toEqual({ shown: 'counts', reason: 'signed-out', byKpi: kpiCounts, countedAt: null });
    expect(jiraRequests()).toHaveLength(0);
    expect(harness.runtime.kvsStats.readRequests).toBe(2);

    const store = new ForgeJiraSiteStore();
    const site = (await harness.runtime.runInvocation(EDITOR, () => store.get()))!;
    await harness.runtime.runInvocation(EDITOR, () => store.put({ ...site, defaultProjectId: null }));
    expect((await render(READER)).view?.actions).toEqual({ shown: 'counts', reason: 'no-project', byKpi: kpiCounts, countedAt: null });
    expect(jiraRequests()).toHaveLength(0);
    expect(harness.runtime.kvsStats.readRequests).toBe(2);
  });

  it('shows a reader without a Jira licence the stored counts, never keys, and asks Jira only once a day: its refusal is remembered', async () => {
    await raiseActions();
    const shown = await render(CONFLUENCE_ONLY);
    expect(shown.view?.actions).toMatchObject({ shown: 'counts', reason: 'no-access' });
    expect(JSON.stringify(shown.view?.actions)).not.toContain('QMS-');
    expect(jiraRequests().map((request) => [request.path, request.status])).toEqual([['/rest/api/3/search/jql', 401]]);
    expect(harness.runtime.kvsStats.readRequests).toBe(2);
    expect(harness.runtime.kvsStats.writes).toBe(1);

    // The next render: the refusal comes with the batch, and Jira is not asked again.
    const again = await render(CONFLUENCE_ONLY);
    expect(again.view?.actions).toMatchObject({ shown: 'counts', reason: 'no-access' });
    expect(jiraRequests()).toHaveLength(0);
    expect(harness.runtime.kvsStats.readRequests).toBe(2);
    expect(harness.runtime.kvsStats.writes).toBe(0);
    // Another reader is asked as before.
    expect((await render(READER)).view?.actions).toMatchObject({ shown: 'issues' });
    expect(jiraRequests()).toHaveLength(1);
  });
});
