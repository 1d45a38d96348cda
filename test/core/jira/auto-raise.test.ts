import { AppError } from '../../../src/core/errors';
import { ACTION_PROPERTY_KEY } from '../../../src/core/capa/ca-record';
import { fromIssueProperty } from '../../../src/core/capa/action-property';
import { STALE_BREACH_CLAIM_MS } from '../../../src/core/usecases/jira/auto-raise';
import { RESUME_PENDING_AFTER_MS } from '../../../src/core/usecases/jira/raise-action';
import { expectValidAdf } from '../../support/adf-schema';
import { CA_TYPE, EDITOR, newRequestId, PAGE } from './action-setup';
import { autoRaiseSetup, PROCESS_OWNER, saveSettings } from './auto-raise-setup';

const propertyOf = (issue: { properties: ReadonlyArray<{ key: string; value: unknown }> }) => fromIssueProperty(issue.properties.find((property) => property.key === ACTION_PROPERTY_KEY)?.value);
const later = (deps: { clock: { now(): Date }; memory: { clock: { set(at: Date): void } } }, ms: number) => deps.memory.clock.set(new Date(deps.clock.now().getTime() + ms));
const jiraError = (code: 'INTERNAL' | 'FORBIDDEN' | 'NOT_FOUND', status: number) => new AppError(code, `Jira answered HTTP ${status}.`, [], { reason: 'jira' });

describe('the daily run raises a corrective action when a KPI’s escalation rules call for one', () => {
  it('raises it as the app, in the card’s project and language, with the breach in its record and the process owner as reporter', async () => {
    const { run, app, jira, claims, card, kpi, autoEntries, deps } = await autoRaiseSetup();
    expect(await run()).toMatchObject({ checked: 1, raised: 1 });
    expect(app.calls).toEqual(['createIssue']);
    expect(jira.calls).toEqual([]);
    const [issue] = app.issues;
    expect(issue).toMatchObject({
      projectId: '10000',
      issueTypeId: CA_TYPE,
      reporterAccountId: PROCESS_OWNER,
      summary: 'Показатель «Lead conversion» не в норме: периодов подряд — 3 (2026-01 – 2026-03)',
    });
    const record = propertyOf(issue!);
    expect(record).toMatchObject({
      kind: 'corrective-action',
      source: 'kpi-breach',
      breachId: expect.stringMatching(/^breach-[0-9a-f]{16}$/),
      link: { cardId: card.id, kpiId: kpi.id, pageId: PAGE },
      snapshot: { name: 'Lead conversion', status: 'off-target', proposal: { level: 'corrective-action', streak: 3, fromPeriod: '2026-01', toPeriod: '2026-03' } },
      effectiveness: { periodsOnTarget: 2 },
    });
    expect(record).not.toHaveProperty('requestId');
    expectValidAdf(issue!.description);
    expect(JSON.stringify(issue!.description)).toContain('Создано автоматически ежедневной проверкой');
    const breachId = record?.kind === 'corrective-action' ? record.breachId! : '';
    expect([...claims.claims.values()]).toEqual([expect.objectContaining({ state: 'raised', breachId, cardId: card.id, kpiId: kpi.id, issue: { id: issue!.id, key: 'QMS-1' } })]);
    // No site address in the daily run: the issue waits in the summary for the page's next render to link it.
    const summary = await deps.measurements.getSummary(card.id);
    expect(summary?.linkedActions).toMatchObject({ byKpi: { [kpi.id]: { new: 1, indeterminate: 0, done: 0 } }, unlinked: [{ issueId: issue!.id, issueKey: 'QMS-1', pageId: PAGE }] });
    expect(await autoEntries()).toEqual([
      expect.objectContaining({ actor: { kind: 'system', source: 'consumer' }, data: expect.objectContaining({ issueKey: 'QMS-1', kpiId: kpi.id, breachId, reporter: PROCESS_OWNER, projectId: '10000' }) }),
    ]);
  });

  it('raises a breach once: a redelivered event and the next days’ runs find its claim and ask Jira nothing', async () => {
    const { run, app, claims, record, autoEntries, deps, card, kpi } = await autoRaiseSetup();
    await run();
    claims.calls.length = 0;
    expect(await run()).toMatchObject({ raised: 0 });
    deps.memory.clock.set('2026-05-04T09:00:00.000Z');
    await record('2026-04', 7);
    expect(await run()).toMatchObject({ raised: 0 });
    expect(app.calls).toEqual(['createIssue']);
    // One batch read of the claims per run, nothing written.
    expect(claims.calls).toEqual(['getMany:1', 'getMany:1']);
    expect(await autoEntries()).toHaveLength(1);
    expect((await deps.measurements.getSummary(card.id))?.linkedActions.byKpi[kpi.id]?.new).toBe(1);
  });

  it('raises a new breach after the KPI recovered: two breaches, two issues', async () => {
    const { run, app, record, deps } = await autoRaiseSetup();
    await run();
    deps.memory.clock.set('2026-05-04T09:00:00.000Z');
    await record('2026-04', 20);
    expect(await run()).toMatchObject({ raised: 0 });
    deps.memory.clock.set('2026-08-04T09:00:00.000Z');
    for (const [period, value] of [['2026-05', 9], ['2026-06', 8], ['2026-07', 7]] as const) await record(period, value);
    expect(await run()).toMatchObject({ raised: 1 });
    expect(app.issues.map((issue) => issue.summary)).toEqual([expect.stringContaining('(2026-01 – 2026-03)'), expect.stringContaining('(2026-05 – 2026-07)')]);
    const [first, second] = app.issues.map((issue) => propertyOf(issue));
    expect(first?.kind === 'corrective-action' && second?.kind === 'corrective-action' && first.breachId !== second.breachId).toBe(true);
  });

  it.each([
    ['the KPI is back on target', { autoRaise: true, connected: true }, true],
    ['the card does not raise automatically (the default)', { autoRaise: false, connected: true }, false],
    ['Jira is not set up', { autoRaise: true, connected: false }, false],
  ])('raises nothing, without an error, when %s', async (_name, options, recover) => {
    const { run, app, claims, record, deps, autoEntries } = await autoRaiseSetup(options);
    deps.memory.clock.set('2026-05-04T09:00:00.000Z');
    if (recover) await record('2026-04', 20);
    expect(await run()).toMatchObject({ checked: 1, raised: 0 });
    expect(app.calls).toEqual([]);
    // Not even a storage read of claims for cards that raise nothing.
    expect(claims.calls).toEqual([]);
    expect(await autoEntries()).toEqual([]);
  });

  it('makes it without a reporter when Jira does not take the process owner as one', async () => {
    const { run, app, autoEntries } = await autoRaiseSetup();
    app.reporters = new Set();
    expect(await run()).toMatchObject({ raised: 1 });
    expect(app.calls).toEqual(['createIssue', 'createIssue']);
    expect(app.issues).toHaveLength(1);
    expect(app.issues[0]).not.toHaveProperty('reporterAccountId');
    expect((await autoEntries())[0]?.data).toMatchObject({ reporter: '' });
  });
});

describe('a corrective action raised by hand for a KPI in breach', () => {
  it('stands for the breach: the daily run raises no second one for it', async () => {
    const { run, app, jira, claims, raise } = await autoRaiseSetup();
    const made = await raise(EDITOR, { kind: 'corrective-action' });
    const breachId = propertyOf(jira.issues[0]!)?.kind === 'corrective-action' ? (propertyOf(jira.issues[0]!) as { breachId: string | null }).breachId : null;
    expect(breachId).toMatch(/^breach-[0-9a-f]{16}$/);
    expect([...claims.claims.values()]).toEqual([expect.objectContaining({ state: 'raised', breachId, issue: made.issue && { id: made.issue.id, key: made.issue.key } })]);
    expect(await run()).toMatchObject({ raised: 0 });
    expect(app.calls).toEqual([]);
  });

  it('leaves a breach the daily run raised as it is, and an improvement carries no breach', async () => {
    const { run, app, jira, claims, raise } = await autoRaiseSetup();
    await run();
    const before = [...claims.claims.values()];
    await raise(EDITOR, { kind: 'corrective-action' });
    expect([...claims.claims.values()]).toEqual(before);
    await raise(EDITOR, { kind: 'improvement', requestId: newRequestId() });
    expect(propertyOf(jira.issues[1]!)).not.toHaveProperty('breachId');
    expect(app.issues).toHaveLength(1);
  });

  it('claims the breach before Jira is asked: the daily run meanwhile finds the claim fresh and raises nothing', async () => {
    const { run, app, jira, claims, raise } = await autoRaiseSetup();
    const create = jira.createIssue.bind(jira);
    const during: unknown[] = [];
    jira.createIssue = async (issue) => {
      during.push([...claims.claims.values()], await run());
      return create(issue);
    };
    const made = await raise(EDITOR, { kind: 'corrective-action' });
    expect(during).toEqual([[expect.objectContaining({ state: 'claimed' })], expect.objectContaining({ raised: 0 })]);
    expect(app.calls).toEqual([]);
    expect([...claims.claims.values()]).toEqual([expect.objectContaining({ state: 'raised', issue: { id: made.issue.id, key: made.issue.key } })]);
    expect(await run()).toMatchObject({ raised: 0 });
    expect(app.calls).toEqual([]);
  });

  it('gives the breach back when Jira refused the raise by hand, so the daily run raises it', async () => {
    const { run, app, jira, claims, raise } = await autoRaiseSetup();
    jira.failures.createIssue.push(jiraError('FORBIDDEN', 403));
    await expect(raise(EDITOR, { kind: 'corrective-action' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(claims.calls).toEqual(['claim', 'release']);
    expect(claims.claims.size).toBe(0);
    expect(await run()).toMatchObject({ raised: 1 });
    expect(app.calls).toEqual(['createIssue']);
  });

  it('settles the breach it claimed when a raise by hand whose answer was lost is resumed by its request id', async () => {
    const { run, app, jira, claims, raise, deps } = await autoRaiseSetup();
    const requestId = newRequestId();
    jira.failures.afterCreate.push(jiraError('INTERNAL', 503));
    await expect(raise(EDITOR, { kind: 'corrective-action', requestId })).rejects.toMatchObject({ code: 'INTERNAL' });
    expect([...claims.claims.values()]).toEqual([expect.objectContaining({ state: 'claimed', requestId })]);
    later(deps, RESUME_PENDING_AFTER_MS + 1000);
    // Not yet stale for the daily run: it leaves the breach to the raise.
    expect(await run()).toMatchObject({ raised: 0 });
    expect(await raise(EDITOR, { kind: 'corrective-action', requestId })).toMatchObject({ issue: { key: 'QMS-1' }, repeated: true });
    expect([...claims.claims.values()]).toEqual([expect.objectContaining({ state: 'raised', requestId, issue: { id: jira.issues[0]!.id, key: 'QMS-1' } })]);
    later(deps, STALE_BREACH_CLAIM_MS + 1000);
    expect(await run()).toMatchObject({ raised: 0 });
    expect(app.calls).toEqual([]);
    expect(jira.issues).toHaveLength(1);
  });

  it('raises by hand without the breach when the daily run holds its claim: only the run’s issue carries it', async () => {
    const { run, app, jira, claims, raise } = await autoRaiseSetup();
    const create = app.createIssue.bind(app);
    app.createIssue = async (issue) => {
      // The hand raise comes while the daily run waits for Jira.
      await raise(EDITOR, { kind: 'corrective-action' });
      return create(issue);
    };
    expect(await run()).toMatchObject({ raised: 1 });
    expect(propertyOf(jira.issues[0]!)).toMatchObject({ breachId: null });
    expect(propertyOf(app.issues[0]!)).toMatchObject({ breachId: expect.stringMatching(/^breach-/) });
    expect([...claims.claims.values()]).toEqual([expect.objectContaining({ state: 'raised', issue: { id: app.issues[0]!.id, key: app.issues[0]!.key } })]);
  });
});

describe('an automatic raise that ended in doubt', () => {
  it('is found by its breach id when the consumer died after Jira made the issue, and never made twice', async () => {
    const { run, app, claims, autoEntries, deps, card, kpi, logged } = await autoRaiseSetup();
    const write = deps.measurements.writeSummary.bind(deps.measurements);
    let writes = 0;
    deps.measurements.writeSummary = async (command) => {
      writes += 1;
      // The daily run's own write passes; the raise's write of the counts is where the consumer dies.
      if (command.audit.some((entry) => entry.action === 'action.auto-raised')) throw new Error('the invocation was killed');
      return write(command);
    };
    await expect(run()).rejects.toThrow('killed');
    expect(app.issues).toHaveLength(1);
    expect([...claims.claims.values()]).toEqual([expect.objectContaining({ state: 'claimed' })]);
    deps.measurements.writeSummary = write;

    // Redelivered at once: the claim is fresh, so another consumer may still be at it.
    expect(await run()).toMatchObject({ raised: 0 });
    expect(app.calls).toEqual(['createIssue']);

    later(deps, STALE_BREACH_CLAIM_MS + 1000);
    expect(await run()).toMatchObject({ raised: 1 });
    expect(app.calls).toEqual(['createIssue', 'findByBreach']);
    expect(app.issues).toHaveLength(1);
    expect([...claims.claims.values()]).toEqual([expect.objectContaining({ state: 'raised', issue: { id: app.issues[0]!.id, key: 'QMS-1' } })]);
    expect(await autoEntries()).toEqual([expect.objectContaining({ data: expect.objectContaining({ issueKey: 'QMS-1', resumed: true }) })]);
    expect((await deps.measurements.getSummary(card.id))?.linkedActions.byKpi[kpi.id]?.new).toBe(1);
    expect(writes).toBeGreaterThan(0);
    expect(logged).toEqual([]);
  });

  it('is made again after the stale limit when Jira’s answer was lost before it made anything', async () => {
    const { run, app, claims, logged, deps } = await autoRaiseSetup();
    app.failures.createIssue.push(jiraError('INTERNAL', 503));
    expect(await run()).toMatchObject({ raised: 0 });
    expect(logged).toEqual([['The daily run could not raise a corrective action in Jira', expect.objectContaining({ code: 'INTERNAL', released: false })]]);
    // It may have been made: the claim stays.
    expect([...claims.claims.values()]).toEqual([expect.objectContaining({ state: 'claimed' })]);
    later(deps, STALE_BREACH_CLAIM_MS + 1000);
    expect(await run()).toMatchObject({ raised: 1 });
    expect(app.calls).toEqual(['createIssue', 'findByBreach', 'createIssue']);
    expect(app.issues).toHaveLength(1);
  });

  it('is released when Jira refused it (it surely made nothing), so the next run raises it', async () => {
    const { run, app, claims, logged } = await autoRaiseSetup();
    app.failures.createIssue.push(jiraError('FORBIDDEN', 403));
    expect(await run()).toMatchObject({ raised: 0 });
    expect(logged).toEqual([['The daily run could not raise a corrective action in Jira', expect.objectContaining({ code: 'FORBIDDEN', released: true })]]);
    expect(claims.claims.size).toBe(0);
    expect(await run()).toMatchObject({ raised: 1 });
    expect(app.calls).toEqual(['createIssue', 'createIssue']);
  });

  it('keeps the claim when the search for it failed: the next run searches again', async () => {
    const { run, app, claims, deps } = await autoRaiseSetup();
    app.failures.createIssue.push(jiraError('INTERNAL', 503));
    await run();
    later(deps, STALE_BREACH_CLAIM_MS + 1000);
    const find = app.findByBreach.bind(app);
    app.findByBreach = async () => {
      throw jiraError('NOT_FOUND', 404);
    };
    expect(await run()).toMatchObject({ raised: 0 });
    expect([...claims.claims.values()]).toEqual([expect.objectContaining({ state: 'claimed' })]);
    app.findByBreach = find;
    later(deps, STALE_BREACH_CLAIM_MS + 1000);
    expect(await run()).toMatchObject({ raised: 1 });
    expect(app.issues).toHaveLength(1);
  });

  it('is resumed by one of two consumers at once (compare-and-set on the stale claim)', async () => {
    const { run, app, deps } = await autoRaiseSetup();
    app.failures.createIssue.push(jiraError('INTERNAL', 503));
    await run();
    later(deps, STALE_BREACH_CLAIM_MS + 1000);
    const outcomes = await Promise.all([run(), run()]);
    expect(outcomes.map((outcome) => outcome.raised).sort()).toEqual([0, 1]);
    expect(app.calls.filter((call) => call === 'findByBreach')).toHaveLength(1);
    expect(app.issues).toHaveLength(1);
  });

  it('keeps a long breach’s claim from expiring: written again after half a year', async () => {
    const { run, claims, deps } = await autoRaiseSetup();
    await run();
    const [before] = [...claims.claims.values()];
    later(deps, 200 * 24 * 60 * 60 * 1000);
    claims.calls.length = 0;
    await run();
    expect(claims.calls).toEqual(['getMany:1', 'settle']);
    expect([...claims.claims.values()][0]).toEqual({ ...before, keptAt: deps.now() });
  });
});

describe('the card settings the daily run goes by', () => {
  it('raises into the card’s own project when it names one', async () => {
    const setup = await autoRaiseSetup();
    const { deps, card, run, app } = setup;
    const settings = (await deps.settings.get(card.id))!;
    deps.memory.jiraSite.record = { ...deps.memory.jiraSite.record!, projects: [...deps.memory.jiraSite.record!.projects, { id: '10007', key: 'AUD' }] };
    await saveSettings(setup, { ...settings, jira: { projectId: '10007', autoRaise: true } });
    await run();
    expect(app.issues.map((issue) => issue.projectId)).toEqual(['10007']);
  });
});
