import { ANONYMOUS } from '../../../src/core/actor';
import { AppError } from '../../../src/core/errors';
import { ACTION_PROPERTY_KEY } from '../../../src/core/capa/ca-record';
import { fromIssueProperty } from '../../../src/core/capa/action-property';
import { expectValidAdf } from '../../support/adf-schema';
import { RESUME_PENDING_AFTER_MS } from '../../../src/core/usecases/jira/raise-action';
import { actionSetup, CA_TYPE, EDITOR, IMPROVEMENT_TYPE, newRequestId, OWNER, PAGE, provisioned, provisionedTwo, READER, SITE } from './action-setup';

const propertyOf = (issue: { properties: ReadonlyArray<{ key: string; value: unknown }> }) => issue.properties.find((property) => property.key === ACTION_PROPERTY_KEY)?.value;
const jiraDown = (code: 'INTERNAL' | 'FORBIDDEN' = 'INTERNAL') => new AppError(code, 'Jira could not answer (HTTP 503).', [], { reason: 'jira' });

describe('raising a corrective action or an improvement from a KPI', () => {
  it('creates the issue as an editor, in the default project, with the record in the same request, linked back to the page', async () => {
    const { raise, jira, card, kpi, raisedEntries } = await actionSetup();
    const result = await raise(EDITOR);
    expect(result).toEqual({ issue: { id: expect.any(String), key: 'QMS-1', url: `${SITE.url}/browse/QMS-1` }, kind: 'corrective-action', linked: true, repeated: false });
    expect(jira.calls).toEqual(['createIssue', 'addRemoteLink']);
    const [issue] = jira.issues;
    expect(issue).toMatchObject({ projectId: '10000', issueTypeId: CA_TYPE, summary: 'Lead conversion below target for three months' });
    const record = fromIssueProperty(propertyOf(issue!));
    expect(record).toMatchObject({
      kind: 'corrective-action',
      source: 'kpi-breach',
      link: { cardId: card.id, kpiId: kpi.id, pageId: PAGE },
      // The KPI's rules call for a corrective action: the issue stands for that breach.
      breachId: expect.stringMatching(/^breach-[0-9a-f]{16}$/),
      problem: 'Conversion fell to 8 % in March.',
      effectiveness: { periodsOnTarget: 2, verificationDate: null },
      snapshot: {
        takenAt: '2026-04-03T09:00:00.000Z',
        name: 'Lead conversion',
        target: '≥ 15 %',
        unit: '%',
        values: [
          { periodKey: '2026-01', value: 10 },
          { periodKey: '2026-02', value: 9 },
          { periodKey: '2026-03', value: 8 },
        ],
        status: 'off-target',
        proposal: { level: 'corrective-action', streak: 3, fromPeriod: '2026-01', toPeriod: '2026-03' },
      },
    });
    // Stored through toIssueProperty: the validator reads presentParts.
    expect(propertyOf(issue!)).toHaveProperty('presentParts');
    expectValidAdf(issue!.description);
    const described = JSON.stringify(issue!.description);
    for (const fact of ['Lead conversion', '≥ 15 %', '2026-03: 8 %', 'корректирующее действие', 'Conversion fell to 8 % in March.', SITE.pageUrl]) expect(described).toContain(fact);
    expect(issue!.remoteLinks).toEqual([{ globalId: `process-cards:page=${PAGE}`, url: SITE.pageUrl, title: card.content.title, summary: 'Lead conversion' }]);
    const [entry] = await raisedEntries();
    expect(entry).toMatchObject({ actor: EDITOR, action: 'action.raised', data: { issueKey: 'QMS-1', kind: 'corrective-action', kpiId: kpi.id, projectId: '10000' } });
  });

  it('sends the issue to the card’s own project when its settings name one, else to the site default', async () => {
    const { raise, jira, useCases, context, card, raisedEntries } = await actionSetup({ record: provisionedTwo() });
    await raise(EDITOR);
    await useCases.cardJiraSettings.save(context(EDITOR), { cardId: card.id, expectedVersion: 1, projectId: '10002', autoRaise: false });
    await raise(EDITOR);
    expect(jira.issues.map((issue) => issue.projectId)).toEqual(['10000', '10002']);
    expect((await raisedEntries()).map((entry) => entry.data.projectId)).toEqual(['10002', '10000']);
  });

  it('raises an improvement as the person mapped to the KPI’s owner role, with the proposal as written', async () => {
    const { raise, jira } = await actionSetup();
    await raise(OWNER, { kind: 'improvement', summary: 'Automate lead scoring', problem: 'Score leads in the CRM' });
    expect(jira.issues[0]).toMatchObject({ issueTypeId: IMPROVEMENT_TYPE });
    expect(fromIssueProperty(propertyOf(jira.issues[0]!))).toMatchObject({ kind: 'improvement', source: 'kpi-on-target', proposal: 'Score leads in the CRM', benefit: '' });
  });

  it('refuses a reader without a role and a signed-out caller before anything is asked of Jira', async () => {
    const { raise, jira, deps, raisedEntries } = await actionSetup();
    await expect(raise(READER)).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'edit' });
    await expect(raise(ANONYMOUS)).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'sign-in' });
    expect(jira.calls).toEqual([]);
    expect(deps.memory.raiseClaims.claims.size).toBe(0);
    expect(await raisedEntries()).toEqual([]);
  });

  it('answers a Confluence user without Jira with FORBIDDEN jira, leaving the request free to try again', async () => {
    const { raise, jira, deps, raisedEntries } = await actionSetup();
    jira.access = 'none';
    const requestId = newRequestId();
    await expect(raise(EDITOR, { requestId })).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'jira' });
    expect(jira.issues).toEqual([]);
    expect(deps.memory.raiseClaims.claims.size).toBe(0);
    expect(await raisedEntries()).toEqual([]);
    jira.access = 'full';
    expect((await raise(EDITOR, { requestId })).issue.key).toBe('QMS-1');
  });

  it.each([
    ['never provisioned', null, 'jira-project'],
    ['being set up again (an upgrade half-way)', provisioned(false), 'jira-project'],
    ['complete, with no default project (and none chosen for the card)', { ...provisioned(), defaultProjectId: null }, 'jira-no-project'],
    ['complete but without its issue types', { ...provisioned(), issueTypes: {} }, 'jira-project'],
  ])('says no project is set up when Jira is %s, and makes nothing', async (_name, record, reason) => {
    const { raise, jira, deps } = await actionSetup({ record });
    await expect(raise(EDITOR)).rejects.toMatchObject({ code: 'NOT_FOUND', reason });
    expect(jira.calls).toEqual([]);
    expect(deps.memory.raiseClaims.claims.size).toBe(0);
  });

  it('answers a retry of the same request with the same issue, making no second one and no second audit entry', async () => {
    const { raise, jira, raisedEntries } = await actionSetup();
    const requestId = newRequestId();
    const first = await raise(EDITOR, { requestId });
    const again = await raise(EDITOR, { requestId });
    expect(again).toEqual({ ...first, repeated: true });
    expect(jira.issues).toHaveLength(1);
    expect(jira.issues[0]!.remoteLinks).toHaveLength(1);
    expect(await raisedEntries()).toHaveLength(1);
    // Another raise is another request.
    await raise(EDITOR);
    expect(jira.issues).toHaveLength(2);
  });

  it('counts on a retry the issue whose count was lost once its claim was settled, and only once', async () => {
    const { raise, deps, raisedEntries, card, kpi, logged } = await actionSetup();
    const counted = async () => (await deps.measurements.getSummary(card.id))?.linkedActions.byKpi[kpi.id]?.new ?? 0;
    const requestId = newRequestId();
    const write = deps.measurements.writeSummary.bind(deps.measurements);
    deps.measurements.writeSummary = async () => {
      throw new AppError('INTERNAL', 'Storage could not write the summary.');
    };
    await raise(EDITOR, { requestId });
    deps.measurements.writeSummary = write;
    expect(await counted()).toBe(0);
    expect(logged).toEqual([['Could not count the raised issue in the card’s summary', expect.objectContaining({ code: 'INTERNAL' })]]);
    // The raise is recorded even so, on its own.
    expect(await raisedEntries()).toHaveLength(1);
    expect(deps.memory.raiseClaims.claims.get(requestId)).toMatchObject({ issue: { key: 'QMS-1' } });
    expect(await raise(EDITOR, { requestId })).toMatchObject({ issue: { key: 'QMS-1' }, repeated: true });
    expect(await counted()).toBe(1);
    expect(await raise(EDITOR, { requestId })).toMatchObject({ repeated: true });
    expect(await counted()).toBe(1);
    expect(await raisedEntries()).toHaveLength(1);
  });

  it('never makes a second issue when Jira’s answer was lost: the retry is told it is pending', async () => {
    const { raise, jira } = await actionSetup();
    const requestId = newRequestId();
    jira.failures.afterCreate.push(jiraDown());
    await expect(raise(EDITOR, { requestId })).rejects.toMatchObject({ code: 'INTERNAL' });
    await expect(raise(EDITOR, { requestId })).rejects.toMatchObject({ code: 'CONFLICT', reason: 'raise-pending', params: { since: '2026-04-03T09:00:00.000Z' } });
    expect(jira.issues).toHaveLength(1);
  });

  describe('a retry of a raise whose first attempt ended in doubt, once that attempt has surely stopped', () => {
    const later = (deps: { clock: { now(): Date }; memory: { clock: { set(at: Date): void } } }) =>
      deps.memory.clock.set(new Date(deps.clock.now().getTime() + RESUME_PENDING_AFTER_MS + 1000));

    it('answers with the issue Jira made, found by the request id its record carries, and records the raise once', async () => {
      const { raise, jira, deps, raisedEntries } = await actionSetup();
      const requestId = newRequestId();
      jira.failures.afterCreate.push(jiraDown());
      await expect(raise(EDITOR, { requestId })).rejects.toMatchObject({ code: 'INTERNAL' });
      expect(fromIssueProperty(propertyOf(jira.issues[0]!))).toMatchObject({ requestId });
      later(deps);
      const resumed = await raise(EDITOR, { requestId });
      expect(resumed).toMatchObject({ issue: { key: 'QMS-1' }, repeated: true, linked: true });
      expect(jira.calls).toEqual(['createIssue', 'findByRequest', 'addRemoteLink']);
      expect(jira.issues).toHaveLength(1);
      expect(deps.memory.raiseClaims.claims.get(requestId)).toMatchObject({ issue: { key: 'QMS-1' } });
      expect(await raisedEntries()).toEqual([expect.objectContaining({ data: expect.objectContaining({ issueKey: 'QMS-1', requestId, resumed: true }) })]);
      // Settled now: a further retry answers from the claim.
      expect(await raise(EDITOR, { requestId })).toMatchObject({ issue: { key: 'QMS-1' }, repeated: true });
      expect(jira.calls.filter((call) => call === 'findByRequest')).toHaveLength(1);
    });

    it('creates the issue when Jira has none carrying the request id', async () => {
      const { raise, jira, deps, raisedEntries } = await actionSetup();
      const requestId = newRequestId();
      jira.failures.createIssue.push(jiraDown());
      await expect(raise(EDITOR, { requestId })).rejects.toMatchObject({ code: 'INTERNAL' });
      await expect(raise(EDITOR, { requestId })).rejects.toMatchObject({ code: 'CONFLICT', reason: 'raise-pending' });
      later(deps);
      expect(await raise(EDITOR, { requestId })).toMatchObject({ issue: { key: 'QMS-1' }, repeated: false });
      expect(jira.calls).toEqual(['createIssue', 'findByRequest', 'createIssue', 'addRemoteLink']);
      expect(await raisedEntries()).toHaveLength(1);
    });

    it('counts the issue once when the attempt stopped after counting it, before its claim was settled; a further retry counts nothing more', async () => {
      const { raise, jira, deps, raisedEntries, card, kpi } = await actionSetup();
      const counted = async () => (await deps.measurements.getSummary(card.id))?.linkedActions.byKpi[kpi.id]?.new;
      const requestId = newRequestId();
      const settle = deps.memory.raiseClaims.settle.bind(deps.memory.raiseClaims);
      deps.memory.raiseClaims.settle = async () => {
        throw new Error('the invocation was killed');
      };
      await expect(raise(EDITOR, { requestId })).rejects.toThrow('killed');
      deps.memory.raiseClaims.settle = settle;
      expect(await counted()).toBe(1);
      later(deps);
      expect(await raise(EDITOR, { requestId })).toMatchObject({ issue: { key: 'QMS-1' }, repeated: true });
      expect(await counted()).toBe(1);
      expect(await raise(EDITOR, { requestId })).toMatchObject({ issue: { key: 'QMS-1' }, repeated: true });
      expect(await counted()).toBe(1);
      expect(jira.issues).toHaveLength(1);
      // Its audit entry went with the count: the resumed attempt records none of its own.
      expect(await raisedEntries()).toEqual([expect.objectContaining({ data: expect.not.objectContaining({ resumed: true }) })]);
    });

    it('lets one of two retries at once resume; the other is told it is pending', async () => {
      const { raise, jira, deps } = await actionSetup();
      const requestId = newRequestId();
      jira.failures.createIssue.push(jiraDown());
      await expect(raise(EDITOR, { requestId })).rejects.toMatchObject({ code: 'INTERNAL' });
      later(deps);
      const outcomes = await Promise.allSettled([raise(EDITOR, { requestId }), raise(EDITOR, { requestId })]);
      expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
      expect(outcomes.find((outcome) => outcome.status === 'rejected')).toMatchObject({ reason: { code: 'CONFLICT', reason: 'raise-pending' } });
      expect(jira.issues).toHaveLength(1);
    });
  });

  it('refuses a request id reused for another raise, or by someone else', async () => {
    const { raise, jira } = await actionSetup();
    const requestId = newRequestId();
    await raise(EDITOR, { requestId });
    await expect(raise(EDITOR, { requestId, summary: 'Something else' })).rejects.toMatchObject({ code: 'CONFLICT', reason: 'raise-request-reused' });
    await expect(raise(OWNER, { requestId })).rejects.toMatchObject({ code: 'CONFLICT', reason: 'raise-request-reused' });
    expect(jira.issues).toHaveLength(1);
  });

  it('keeps the issue when Jira will not take the link to the page: tried twice, logged, and said', async () => {
    const { raise, jira, logged, raisedEntries } = await actionSetup();
    jira.failures.addRemoteLink.push(jiraDown(), jiraDown());
    const requestId = newRequestId();
    const result = await raise(EDITOR, { requestId });
    expect(result).toMatchObject({ issue: { key: 'QMS-1' }, linked: false, repeated: false });
    expect(jira.calls).toEqual(['createIssue', 'addRemoteLink', 'addRemoteLink']);
    expect(logged.map(([, context]) => context)).toEqual([
      { issueKey: 'QMS-1', attempt: 1, code: 'INTERNAL' },
      { issueKey: 'QMS-1', attempt: 2, code: 'INTERNAL' },
    ]);
    expect(await raisedEntries()).toHaveLength(1);
    // A retry of the request puts the link back.
    expect(await raise(EDITOR, { requestId })).toMatchObject({ linked: true, repeated: true });
    expect(jira.issues[0]!.remoteLinks).toHaveLength(1);
  });

  it('links once after a single failure, and not at all without the site’s address', async () => {
    const { raise, jira } = await actionSetup();
    jira.failures.addRemoteLink.push(jiraDown());
    expect(await raise(EDITOR)).toMatchObject({ linked: true });
    const result = await raise(EDITOR, {}, { site: undefined });
    expect(result).toMatchObject({ issue: { key: 'QMS-2', url: null }, linked: false });
    expect(jira.issues[1]!.remoteLinks).toEqual([]);
    expect(JSON.stringify(jira.issues[1]!.description)).not.toContain('"link"');
  });

  it('links a card shown on another page to its own page', async () => {
    const { raise, jira } = await actionSetup({ cardPage: '70000' });
    await raise(EDITOR);
    expect(fromIssueProperty(propertyOf(jira.issues[0]!))).toMatchObject({ link: { pageId: '70000' } });
    expect(jira.issues[0]!.remoteLinks[0]).toMatchObject({ globalId: 'process-cards:page=70000', url: `${SITE.url}/wiki/pages/viewpage.action?pageId=70000` });
  });

  it('names an unknown card or KPI as NOT_FOUND', async () => {
    const { raise, jira } = await actionSetup();
    await expect(raise(EDITOR, { cardId: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND', reason: 'card' });
    await expect(raise(EDITOR, { kpiId: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND', reason: 'kpi' });
    expect(jira.calls).toEqual([]);
  });
});
