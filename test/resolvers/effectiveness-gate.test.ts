import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { kvs } from '@forge/kvs';
import type { ImportCardResult } from '../../src/contracts/resolver-contracts';
import { toIssueProperty } from '../../src/core/capa/action-property';
import { ACTION_PROPERTY_KEY, newCorrectiveAction } from '../../src/core/capa/ca-record';
import { installWorkbenchClock } from '../../workbench/runtime/workbench-clock';
import { JIRA_DEFAULTS } from '../../workbench/runtime';
import type { SiteIssue } from '../../workbench/runtime/products/jira-site-types';
import { assertRequestsConform, checkScopeCoverage } from '../support/openapi';
import { readManifestScopes } from '../support/manifest';
import { EDITOR, importPayload, PAGE, startHandlerHarness } from './forge-handler-harness';

const english = readFileSync(join(__dirname, '../../examples/purchasing.en.md'), 'utf8');
const russian = readFileSync(join(__dirname, '../../examples/marketing.ru.md'), 'utf8');

const IMPLEMENTATION = JIRA_DEFAULTS.IN_PROGRESS_STATUS_ID;
const EFFECTIVENESS_CHECK = '10100';
const CLOSED = JIRA_DEFAULTS.DONE_STATUS_ID;

type Gate = (payload: unknown) => Promise<unknown>;

describe('the effectiveness gate through the manifest’s workflow validator function', () => {
  let clock: ReturnType<typeof installWorkbenchClock>;
  let harness: ReturnType<typeof startHandlerHarness>;
  let gate: Gate;
  let logged: jest.SpyInstance;
  beforeEach(() => {
    clock = installWorkbenchClock({ startAt: '2026-03-02T09:00:00.000Z' });
    harness = startHandlerHarness({ now: () => Date.now() });
    harness.jira.site.statuses.set(EFFECTIVENESS_CHECK, { id: EFFECTIVENESS_CHECK, name: 'Effectiveness check', description: '', category: 'IN_PROGRESS' });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const app = require('../../src/index') as { effectivenessGateHandler: Gate };
    // As Jira invokes a validator: the payload alone, no user in the invocation.
    gate = harness.runtime.bindHandler(app.effectivenessGateHandler);
    logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    logged.mockRestore();
    harness.close();
    clock.uninstall();
  });

  /** The payload Jira sends a function validator (the Forge docs' "Validating with lambda functions"). */
  const closing = (issueKey: string) => ({
    issue: { key: issueKey },
    configuration: {},
    transition: { from: { id: EFFECTIVENESS_CHECK }, to: { id: CLOSED }, modifiedFields: { labels: null } },
  });

  /** A card with its first KPI (monthly: on-time delivery ≥ 95 %, or the Russian card's), and a corrective action raised for it, implemented on 10 March. */
  const setUp = async (text: string, periodsOnTarget = 2) => {
    const imported = await harness.call<ImportCardResult>('card/import', importPayload(text), { accountId: EDITOR });
    if (!imported.ok) throw new Error(imported.error.message);
    const card = imported.data.view.card;
    const kpi = card.content.kpis.find((candidate) => candidate.frequencyCode === 'monthly')!;
    const record = newCorrectiveAction({ source: 'kpi-breach', link: { cardId: card.id, kpiId: kpi.id, pageId: PAGE.pageId }, snapshot: null, breachId: null, problem: 'Late deliveries', periodsOnTarget });
    const issue = harness.jira.site.addIssue(harness.jira.site.project('QMS')!, { fields: { summary: 'Late deliveries' }, properties: { [ACTION_PROPERTY_KEY]: toIssueProperty(record) } });
    clock.set('2026-03-05T09:00:00.000Z');
    harness.jira.site.changeStatus(issue, IMPLEMENTATION, EDITOR);
    clock.set('2026-03-10T15:00:00.000Z');
    harness.jira.site.changeStatus(issue, EFFECTIVENESS_CHECK, EDITOR);
    return { card, kpi, issue };
  };
  const record = async (cardId: string, kpiId: string, period: string, value: number) => {
    const recorded = await harness.call('kpi/record', { cardId, kpiId, period: { key: period }, value, comment: '', expectedRevision: 0, requestId: randomUUID() }, { accountId: EDITOR });
    if (!recorded.ok) throw new Error(`not recorded: ${JSON.stringify(recorded)}`);
  };
  const jiraRequests = () => harness.runtime.productRequests.filter((request) => request.path.startsWith('/rest/api/3/'));

  it('refuses with exactly what is missing, then passes once the KPI has been on target two months after implementation', async () => {
    const { card, kpi, issue } = await setUp(english);
    clock.set('2026-04-02T09:00:00.000Z');
    await record(card.id, kpi.id, '2026-03', 97);
    expect(await gate(closing(issue.key))).toEqual({ result: false, errorMessage: '0 of 2 on-target periods since implementation (2026-03).' });

    clock.set('2026-05-02T09:00:00.000Z');
    await record(card.id, kpi.id, '2026-04', 96);
    expect(await gate(closing(issue.key))).toEqual({ result: false, errorMessage: '1 of 2 on-target periods since implementation (2026-03).' });

    clock.set('2026-06-02T09:00:00.000Z');
    await record(card.id, kpi.id, '2026-05', 90);
    expect(await gate(closing(issue.key))).toEqual({ result: false, errorMessage: '0 of 2 on-target periods since implementation (2026-03): 2026-05 is not on target.' });

    // The May value corrected: the gate decides on the values as they are when it is asked.
    const corrected = await harness.call('kpi/record', { cardId: card.id, kpiId: kpi.id, period: { key: '2026-05' }, value: 98, comment: 'ERP re-export', expectedRevision: 1, requestId: randomUUID() }, { accountId: EDITOR });
    expect(corrected).toMatchObject({ ok: true });
    harness.runtime.reset();
    expect(await gate(closing(issue.key))).toEqual({ result: true });

    // Read as the app, and each request as Jira's spec describes it, within the manifest's scopes.
    const requests = jiraRequests();
    expect(requests.map((request) => `${request.provider} ${request.method} ${request.path.split('?')[0]}`).sort()).toEqual([
      `app GET /rest/api/3/issue/${issue.key}/changelog`,
      `app GET /rest/api/3/issue/${issue.key}/properties/${ACTION_PROPERTY_KEY}`,
    ]);
    const recorded = requests.map((request) => ({ ...request, remote: 'jira' as const }));
    assertRequestsConform(recorded);
    expect(checkScopeCoverage(readManifestScopes(), recorded, []).uncovered).toEqual([]);
  });

  it('words the refusal in the card’s language, then English', async () => {
    const { issue } = await setUp(russian);
    clock.set('2026-04-02T09:00:00.000Z');
    expect(await gate(closing(issue.key))).toEqual({
      result: false,
      errorMessage: '0 из 2 периодов в норме после внедрения (2026-03). / 0 of 2 on-target periods since implementation (2026-03).',
    });
  });

  it('counts from the latest move into Effectiveness check: an action found not effective and implemented again counts afresh', async () => {
    const { card, kpi, issue } = await setUp(english);
    clock.set('2026-05-02T09:00:00.000Z');
    await record(card.id, kpi.id, '2026-04', 96);
    harness.jira.site.changeStatus(issue, IMPLEMENTATION, EDITOR);
    clock.set('2026-05-20T09:00:00.000Z');
    harness.jira.site.changeStatus(issue, EFFECTIVENESS_CHECK, EDITOR);
    clock.set('2026-07-02T09:00:00.000Z');
    await record(card.id, kpi.id, '2026-05', 96);
    await record(card.id, kpi.id, '2026-06', 96);
    expect(await gate(closing(issue.key))).toEqual({ result: false, errorMessage: '1 of 2 on-target periods since implementation (2026-05).' });
  });

  it('refuses an issue whose record names no KPI, and one the history shows never implemented', async () => {
    const plain = harness.jira.site.project('QMS')!.issues[0]!;
    expect(await gate(closing(plain.key))).toEqual({ result: false, errorMessage: expect.stringMatching(/^The issue’s Process Cards record names no KPI.* \/ Запись Process Cards/) });
    const { issue } = await setUp(english);
    (issue as SiteIssue).changelog.length = 0;
    expect(await gate(closing(issue.key))).toEqual({ result: false, errorMessage: 'The issue’s history shows no move out of Implementation, so the periods since cannot be counted.' });
  });

  const COULD_NOT_CHECK = { result: false, errorMessage: 'Could not check the KPI, try again. / Не удалось проверить показатель, попробуйте ещё раз.' };

  it('refuses, and logs, when Jira fails', async () => {
    const { card, kpi, issue } = await setUp(english);
    clock.set('2026-06-02T09:00:00.000Z');
    await record(card.id, kpi.id, '2026-04', 96);
    await record(card.id, kpi.id, '2026-05', 96);
    expect(await gate(closing(issue.key))).toEqual({ result: true });
    const answer = harness.jira.handle.bind(harness.jira);
    const outage = jest.spyOn(harness.jira, 'handle').mockImplementation((request) => (request.path.includes('/changelog') ? { status: 503, body: { errorMessages: ['down'] } } : answer(request)));
    expect(await gate(closing(issue.key))).toEqual(COULD_NOT_CHECK);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('could not check the KPI'), expect.stringContaining(issue.key));
    outage.mockRestore();
    expect(await gate(closing(issue.key))).toEqual({ result: true });
  });

  it('refuses, and logs, when storage fails', async () => {
    const { card, kpi, issue } = await setUp(english);
    clock.set('2026-06-02T09:00:00.000Z');
    await record(card.id, kpi.id, '2026-04', 96);
    await record(card.id, kpi.id, '2026-05', 96);
    const down = jest.spyOn(kvs, 'entity').mockImplementation(() => {
      throw new Error('storage is down');
    });
    expect(await gate(closing(issue.key))).toEqual(COULD_NOT_CHECK);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('could not check the KPI'), expect.stringContaining('storage is down'));
    down.mockRestore();
    expect(await gate(closing(issue.key))).toEqual({ result: true });
  });

  it('refuses a payload that is not Jira’s, asking nothing', async () => {
    expect(await gate({ issue: { key: 'not a key' }, transition: { from: { id: EFFECTIVENESS_CHECK }, to: { id: CLOSED } } })).toEqual(COULD_NOT_CHECK);
    expect(await gate({ issue: { key: 'QMS-1' } })).toEqual(COULD_NOT_CHECK);
    expect(jiraRequests()).toEqual([]);
  });
});
