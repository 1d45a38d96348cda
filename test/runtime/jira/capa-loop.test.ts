import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import api, { assumeTrustedRoute } from '@forge/api';
import type { ImportCardResult, MacroCardResult } from '../../../src/contracts/resolver-contracts';
import type { RaiseActionResult } from '../../../src/contracts/action-contracts';
import { MacroCardResultSchema, resolverResultSchema } from '../../../src/contracts/resolver-outputs';
import { ACTION_PROPERTY_KEY, ActionRecord, type CorrectiveActionRecord } from '../../../src/core/capa/ca-record';
import { fromIssueProperty, toIssueProperty } from '../../../src/core/capa/action-property';
import { installWorkbenchClock } from '../../../workbench/runtime/workbench-clock';
import { assertRequestsConform, checkResponse, type RecordedRequest } from '../../support/openapi';
import { CONFLUENCE_ONLY, EDITOR, READER, SITE_ADMIN, importPayload, startHandlerHarness } from '../../resolvers/forge-handler-harness';
import { provisionQms } from '../../resolvers/provision-harness';

const english = readFileSync(join(__dirname, '../../../examples/purchasing.en.md'), 'utf8');
const SITE_URL = 'https://example.atlassian.net';
const RECORD_REFUSAL = 'Complete this step in the Process Cards panel of the issue before moving it on.';

/**
 * The loop through Jira as the app meets it: a corrective action raised from an off-target KPI,
 * worked through its provisioned workflow by POST …/transitions as each user, the stand-in running
 * the workflow's conditions and the app's own validators (the record validator's expression, the
 * effectiveness gate's function), and the issue-updated event reaching the app's trigger, which
 * keeps the counts a reader without Jira sees on the card.
 */
describe('a corrective action worked through its workflow in the Jira stand-in, the app’s validators and trigger in the loop', () => {
  let clock: ReturnType<typeof installWorkbenchClock>;
  let harness: ReturnType<typeof startHandlerHarness>;
  let cardId: string;
  let kpiId: string;
  let key: string;

  const ok = <T>(result: { ok: true; data: T } | { ok: false; error: { message: string } }): T => {
    if (!result.ok) throw new Error(result.error.message);
    return result.data;
  };
  const record = async (period: string, value: number) => {
    ok(await harness.call('kpi/record', { cardId, kpiId, period: { key: period }, value, comment: '', expectedRevision: 0, requestId: randomUUID() }, { accountId: EDITOR }));
  };
  const jira = (accountId: string, method: 'GET' | 'POST', path: string, body?: unknown) =>
    harness.runtime.runInvocation(accountId, async () => {
      const response = await api.asUser().requestJira(assumeTrustedRoute(path), {
        method,
        headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, body: (text === '' ? undefined : JSON.parse(text)) as { errorMessages?: string[]; transitions?: Array<{ id: string; name: string }> } | undefined };
    });
  const offered = async (accountId: string) => ((await jira(accountId, 'GET', `/rest/api/3/issue/${key}/transitions`)).body?.transitions ?? []).map((transition) => transition.name);
  /** Takes the transition by its name (looked up with includeUnavailableTransitions, so a hidden one is tried too). */
  const move = async (accountId: string, name: string) => {
    const listed = await jira(accountId, 'GET', `/rest/api/3/issue/${key}/transitions?includeUnavailableTransitions=true`);
    const transition = listed.body?.transitions?.find((candidate) => candidate.name === name);
    if (transition === undefined) throw new Error(`${name} does not leave ${harness.jira.site.issue(key)!.issue.statusId}`);
    return jira(accountId, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: transition.id } });
  };
  /** What the issue panel writes (through toIssueProperty, as the app always does): here set on the stand-in directly. */
  const fill = (change: (record: CorrectiveActionRecord) => CorrectiveActionRecord) => {
    const { issue } = harness.jira.site.issue(key)!;
    const current = fromIssueProperty(issue.properties.get(ACTION_PROPERTY_KEY)) as CorrectiveActionRecord;
    issue.properties.set(ACTION_PROPERTY_KEY, toIssueProperty(ActionRecord.parse(change(current))));
  };
  const status = () => harness.jira.site.statuses.get(harness.jira.site.issue(key)!.issue.statusId)!.name;
  /** The card's first render for a reader without Jira: the stored counts only. */
  const counts = async () => {
    const shown = await harness.call<MacroCardResult>('card/get-for-macro', {}, { accountId: CONFLUENCE_ONLY, extraContext: { siteUrl: SITE_URL } });
    resolverResultSchema(MacroCardResultSchema).parse(shown);
    const actions = ok(shown).view?.actions;
    if (actions?.shown !== 'counts') throw new Error(`shown ${actions?.shown ?? 'nothing'}`);
    expect(JSON.stringify(actions)).not.toContain(key);
    return actions.byKpi[kpiId];
  };
  const deliver = async () => {
    const delivered = await harness.runtime.productTriggers.drain();
    expect(delivered.map((delivery) => [delivery.moduleKey, delivery.outcome])).toEqual(delivered.map(() => ['jira-issue-sync', 'success']));
    return delivered;
  };

  beforeEach(async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    clock = installWorkbenchClock({ startAt: '2026-03-02T09:00:00.000Z' });
    harness = startHandlerHarness({ now: () => Date.now() });
    const imported = ok(await harness.call<ImportCardResult>('card/import', importPayload(english), { accountId: EDITOR }));
    cardId = imported.view.card.id;
    kpiId = imported.view.card.content.kpis.find((kpi) => kpi.frequencyCode === 'monthly')!.id;
    await record('2026-02', 80);
    await provisionQms(harness);
    const raised = ok(
      await harness.call<RaiseActionResult>(
        'action/raise',
        { cardId, kpiId, kind: 'corrective-action', summary: 'Late deliveries', problem: 'February at 80 %.', requestId: randomUUID() },
        { accountId: EDITOR, extraContext: { siteUrl: SITE_URL } },
      ),
    );
    key = raised.issue.key;
    harness.runtime.reset();
  });
  afterEach(() => {
    harness.close();
    clock.uninstall();
    jest.restoreAllMocks();
  });

  /** Works the action up to Effectiveness check: EDITOR implements it in March. */
  const implement = async () => {
    expect((await move(EDITOR, 'Start evaluation')).status).toBe(204);
    fill((r) => ({ ...r, decision: { choice: 'corrective-action', rationale: 'It recurs.' } }));
    expect((await move(EDITOR, 'Contain')).status).toBe(204);
    fill((r) => ({ ...r, containment: 'Late orders expedited.' }));
    expect((await move(EDITOR, 'Analyse root cause')).status).toBe(204);
    fill((r) => ({ ...r, rootCause: { method: '5-why', statement: 'No supplier rating.' }, similarChecked: { checked: true, note: '' } }));
    expect((await move(EDITOR, 'Plan actions')).status).toBe(204);
    fill((r) => ({ ...r, actions: [{ id: 'step-1', text: 'Rate suppliers monthly', ownerAccountId: EDITOR, dueDate: '2026-03-31', done: false }], effectiveness: { ...r.effectiveness, verificationDate: '2026-05-31' } }));
    clock.set('2026-03-05T09:00:00.000Z');
    expect((await move(EDITOR, 'Implement')).status).toBe(204);
    fill((r) => ({ ...r, actions: r.actions.map((step) => ({ ...step, done: true })) }));
    clock.set('2026-03-10T15:00:00.000Z');
    expect((await move(EDITOR, 'Check effectiveness')).status).toBe(204);
    expect(status()).toBe('CA: Effectiveness check');
  };

  it('refuses a step with the record validator’s message until the record has its part, changing nothing and sending no event (stand-in behaviour: confirm on a dev site)', async () => {
    expect((await move(EDITOR, 'Start evaluation')).status).toBe(204);
    const { issue } = harness.jira.site.issue(key)!;
    const history = issue.changelog.length;
    await deliver();
    expect(await move(EDITOR, 'Contain')).toEqual({ status: 400, body: { errorMessages: [RECORD_REFUSAL], errors: {} } });
    expect([status(), issue.changelog.length, harness.runtime.productTriggers.waiting]).toEqual(['CA: Evaluation', history, 0]);
    fill((r) => ({ ...r, decision: { choice: 'corrective-action', rationale: 'It recurs.' } }));
    expect((await move(EDITOR, 'Contain')).status).toBe(204);
    expect(status()).toBe('CA: Containment');
    expect(harness.runtime.workflowValidators.runs.map((run) => [run.moduleKey, run.kind, run.verdict.ok])).toEqual([
      ['action-record-validator', 'expression', true],
      ['action-record-validator', 'expression', false],
      ['action-record-validator', 'expression', true],
    ]);
  });

  it('closes as effective only after two on-target periods, never by the implementer; the override is for project administrators; the card’s counts follow each event', async () => {
    expect(await counts()).toEqual({ new: 1, indeterminate: 0, done: 0 });
    await implement();
    // Late, at least once: the counts move when the events are delivered, not at the transition.
    expect(await counts()).toEqual({ new: 1, indeterminate: 0, done: 0 });
    expect((await deliver()).length).toBe(6);
    expect(await counts()).toEqual({ new: 0, indeterminate: 1, done: 0 });

    // Separation of duties: the implementer is not offered Close as effective, and is refused it.
    expect(await offered(EDITOR)).not.toContain('Close as effective');
    expect(await move(EDITOR, 'Close as effective')).toMatchObject({ status: 400, body: { errorMessages: [expect.stringMatching(/^Transition id '\d+' is not valid for this issue\.$/)] } });
    // The override: project administrators only.
    expect(await offered(READER)).toEqual(expect.arrayContaining(['Close as effective', 'Not effective']));
    expect(await offered(READER)).not.toContain('Close by override');
    expect(await offered(SITE_ADMIN)).toContain('Close by override');
    expect((await move(READER, 'Close by override')).status).toBe(400);

    // The gate: the KPI not yet on target long enough since implementation (March).
    clock.set('2026-04-02T09:00:00.000Z');
    await record('2026-03', 97);
    expect(await move(READER, 'Close as effective')).toEqual({ status: 400, body: { errorMessages: ['Effectiveness is verified on or after 2026-05-31; 0 of 2 on-target periods since implementation (2026-03).'], errors: {} } });
    expect(status()).toBe('CA: Effectiveness check');
    clock.set('2026-06-02T09:00:00.000Z');
    await record('2026-04', 96);
    await record('2026-05', 98);
    harness.runtime.productTriggers.duplicateNext();
    expect((await move(READER, 'Close as effective')).status).toBe(204);
    expect(status()).toBe('Closed');
    expect(harness.jira.site.issue(key)!.issue.fields.resolution).toBe('10000');

    // Jira's validator payload, as the gate's handler expects it.
    const gateRuns = harness.runtime.workflowValidators.runs.filter((run) => run.moduleKey === 'effectiveness-gate');
    expect(gateRuns.map((run) => run.verdict.ok)).toEqual([false, true]);
    const { statuses } = harness.jira.site;
    const idOf = (name: string) => [...statuses.values()].find((candidate) => candidate.name === name)!.id;
    expect(gateRuns[1]!.payload).toEqual({
      issue: { key },
      transition: { from: { id: idOf('CA: Effectiveness check') }, to: { id: idOf('Closed') } },
      configuration: { kind: 'effectiveness-gate', implementationStatusId: idOf('CA: Implementation') },
    });

    // Delivered twice: the second changes nothing.
    expect((await deliver()).length).toBe(2);
    expect(await counts()).toEqual({ new: 0, indeterminate: 0, done: 1 });

    // Every Jira request of the loop (the users', the gate's as the app) as the spec describes it, every answer documented.
    const requests = harness.runtime.productRequests.filter((request) => request.remote === 'jira');
    expect(requests.some((request) => request.method === 'POST' && request.path.endsWith('/transitions'))).toBe(true);
    assertRequestsConform(requests as unknown as RecordedRequest[]);
    const undocumented = requests.flatMap(({ method, path, status: code, responseBody }) => {
      const checked = checkResponse({ product: 'jira', method, path, status: code, body: responseBody });
      return checked.ok ? [] : checked.problems.map((problem) => `${method} ${path} → ${code}: ${problem}`);
    });
    expect(undocumented).toEqual([]);
  });

  it('drops the event of an issue without the app’s record at the trigger’s filter (stand-in behaviour: confirm on a dev site)', async () => {
    const plain = harness.jira.site.project('QMS')!.issues[0]!;
    harness.jira.site.changeStatus(plain, harness.jira.site.issue(key)!.issue.statusId, EDITOR);
    expect(harness.runtime.productTriggers.waiting).toBe(0);
    expect(harness.runtime.productTriggers.dropped).toEqual([expect.objectContaining({ moduleKey: 'jira-issue-sync', reason: 'filter-error' })]);
  });
});
