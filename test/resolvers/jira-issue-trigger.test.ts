import { memoryDependencies } from '../support/memory-dependencies';
import { composeUseCases } from '../../src/resolvers/compose-use-cases';
import { defineJiraIssueTrigger } from '../../src/resolvers/jira-events/issue-updated-trigger';
import { CARD_ID_PATH, KPI_ID_PATH } from '../../src/contracts/jira-event-contracts';
import { emptyKpiSummary, MAX_TRACKED_ACTIONS } from '../../src/core/kpi/kpi-types';
import { countRaised } from '../../src/core/capa/linked-action-counts';
import { applyIssueStatus } from '../../src/core/capa/tracked-actions';
import { ACTION_PROPERTY_KEY } from '../../src/core/capa/ca-record';
import { AppError } from '../../src/core/errors';

const CARD = 'card-1';
const KPI = 'kpi-1';

/** The status-change event as Jira sends it, enriched with the trigger's included properties. */
const statusChange = (category: string, updated: string, extra: Record<string, unknown> = {}) => ({
  eventType: 'avi:jira:updated:issue',
  selfGenerated: false,
  atlassianId: 'acc-implementer',
  timestamp: Date.parse(updated) + 500,
  issue: {
    id: '10001',
    key: 'QMS-1',
    fields: { summary: 'Late deliveries', status: { name: 'Implementation', statusCategory: { key: category } }, resolution: null, updated, issuetype: { id: '10100' }, project: { id: '10000', key: 'QMS' } },
  },
  changelog: { id: '1', items: [{ field: 'status', fieldtype: 'jira', fieldId: 'status', from: '1', fromString: 'Registered', to: '3', toString: 'Implementation' }] },
  associatedStatuses: [{ id: '1' }, { id: '3' }],
  payloadIncludeProperties: { [CARD_ID_PATH]: CARD, [KPI_ID_PATH]: KPI },
  ...extra,
});

/** A field edit: no status in the changelog, and the included properties absent (unresolvable when the event was made). */
const fieldEdit = (category: string, updated: string, resolution: string | null = null) => {
  const { payloadIncludeProperties: _left, ...event } = statusChange(category, updated);
  return {
    ...event,
    issue: { ...event.issue, fields: { ...event.issue.fields, resolution: resolution === null ? null : { name: resolution } } },
    changelog: { id: '2', items: [{ field: 'summary', fieldtype: 'jira', fieldId: 'summary', from: null, fromString: 'Late', to: null, toString: 'Late deliveries' }] },
  };
};

async function setup(options: { raised?: boolean } = {}) {
  const deps = memoryDependencies({});
  const errors: string[] = [];
  deps.logger = { error: (message) => errors.push(message) };
  const summary = emptyKpiSummary(CARD);
  const linkedActions = options.raised === false ? summary.linkedActions : countRaised(summary.linkedActions, KPI, '10001');
  await deps.measurements.writeSummary({ summary: { ...summary, linkedActions, updatedAt: '2026-11-25T09:00:00.000Z' }, expectedSummaryVersion: 0, audit: [] });
  // The app's view of Jira holds the issue with its record, for events that do not carry it.
  deps.memory.jiraIssuesAsApp.issues.push({
    id: '10001', key: 'QMS-1', projectId: '10000', issueTypeId: '10100', summary: 'Late deliveries', description: { type: 'doc', version: 1, content: [] },
    properties: [{ key: ACTION_PROPERTY_KEY, value: { kind: 'corrective-action', link: { cardId: CARD, kpiId: KPI } } }],
    statusName: 'Registered', statusCategory: 'new', remoteLinks: [],
  });
  const trigger = defineJiraIssueTrigger(composeUseCases(deps), deps.logger);
  const summaryNow = async () => (await deps.measurements.getSummary(CARD))!;
  return { deps, trigger, errors, summaryNow };
}

describe('the Jira issue trigger keeps the card’s linked-action counts', () => {
  it('moves a raised issue’s count on a status change that carries the record’s link, asking Jira nothing', async () => {
    const { deps, trigger, summaryNow } = await setup();
    expect(await trigger(statusChange('indeterminate', '2026-11-25T10:00:00.000+0000'))).toBeUndefined();
    const summary = await summaryNow();
    expect(summary.linkedActions.byKpi[KPI]).toEqual({ new: 0, indeterminate: 1, done: 0 });
    expect(summary.linkedActions.issues['10001']).toEqual({ kpiId: KPI, statusCategory: 'indeterminate', resolution: null, changedAt: Date.parse('2026-11-25T10:00:00.000Z') });
    expect(deps.memory.jiraIssuesAsApp.calls).toEqual([]);
    // Derived from Jira, which keeps the issue's history: no audit entry of its own.
    expect((await deps.audit.list(CARD)).items).toEqual([]);
  });

  it('reads the issue’s record as the app when the event does not carry it (a field edit), and takes the resolution', async () => {
    const { deps, trigger, summaryNow } = await setup();
    await trigger(fieldEdit('done', '2026-11-25T11:00:00.000+0000', 'Done'));
    expect(deps.memory.jiraIssuesAsApp.calls).toEqual(['actionLink']);
    const summary = await summaryNow();
    expect(summary.linkedActions.byKpi[KPI]).toEqual({ new: 0, indeterminate: 0, done: 1 });
    expect(summary.linkedActions.issues['10001']?.resolution).toBe('Done');
  });

  it('writes nothing for a duplicate delivery', async () => {
    const { deps, trigger, summaryNow } = await setup();
    await trigger(statusChange('indeterminate', '2026-11-25T10:00:00.000+0000'));
    const after = await summaryNow();
    const write = jest.spyOn(deps.measurements, 'writeSummary');
    expect(await trigger(statusChange('indeterminate', '2026-11-25T10:00:00.000+0000'))).toBeUndefined();
    expect(write).not.toHaveBeenCalled();
    expect(await summaryNow()).toEqual(after);
  });

  it('lets an older event arriving after a newer one change nothing', async () => {
    const { trigger, summaryNow } = await setup();
    await trigger(statusChange('done', '2026-11-25T12:00:00.000+0000'));
    await trigger(statusChange('indeterminate', '2026-11-25T10:00:00.000+0000'));
    expect((await summaryNow()).linkedActions.byKpi[KPI]).toEqual({ new: 0, indeterminate: 0, done: 1 });
  });

  it('counts an issue it never raised (made in Jira itself) once, in its category', async () => {
    const { trigger, summaryNow } = await setup({ raised: false });
    await trigger(statusChange('indeterminate', '2026-11-25T10:00:00.000+0000'));
    await trigger(statusChange('indeterminate', '2026-11-25T10:00:00.000+0000'));
    expect((await summaryNow()).linkedActions.byKpi[KPI]).toEqual({ new: 0, indeterminate: 1, done: 0 });
  });

  it('logs and drops an event whose record names a card that no longer exists, writing nothing', async () => {
    const { deps, trigger, errors } = await setup();
    const write = jest.spyOn(deps.measurements, 'writeSummary');
    const event = statusChange('done', '2026-11-25T10:00:00.000+0000', { payloadIncludeProperties: { [CARD_ID_PATH]: 'card-gone', [KPI_ID_PATH]: KPI } });
    expect(await trigger(event)).toBeUndefined();
    expect(write).not.toHaveBeenCalled();
    expect(errors).toEqual([expect.stringContaining('unknown or deleted')]);
  });

  it('logs and drops a malformed event, and an issue without the app’s record', async () => {
    const { deps, trigger, errors } = await setup();
    expect(await trigger({ issue: { id: 'x' } })).toBeUndefined();
    deps.memory.jiraIssuesAsApp.issues[0]!.properties = [];
    expect(await trigger(fieldEdit('done', '2026-11-25T11:00:00.000+0000'))).toBeUndefined();
    expect(errors).toEqual(['Dropped a malformed Jira issue event', expect.stringContaining('no action record')]);
  });

  it('asks Forge to deliver the event again when storage fails, and the retry applies it once', async () => {
    const { deps, trigger, summaryNow } = await setup();
    const read = deps.measurements.getSummary.bind(deps.measurements);
    const failing = jest.spyOn(deps.measurements, 'getSummary').mockRejectedValueOnce(new AppError('INTERNAL', 'Storage failed.'));
    const answer = await trigger(statusChange('done', '2026-11-25T10:00:00.000+0000'));
    expect(answer).toMatchObject({ _retry: true, retryOptions: { retryAfter: 60, retryReason: 'FUNCTION_RETRY_REQUEST' } });
    failing.mockImplementation(read);
    expect(await trigger(statusChange('done', '2026-11-25T10:00:00.000+0000'))).toBeUndefined();
    expect((await summaryNow()).linkedActions.byKpi[KPI]).toEqual({ new: 0, indeterminate: 0, done: 1 });
  });
});

describe('tracked issues', () => {
  it('stay within their bound, the oldest done ones dropped first', () => {
    let digest = emptyKpiSummary(CARD).linkedActions;
    for (let i = 0; i < MAX_TRACKED_ACTIONS + 5; i += 1) {
      digest = applyIssueStatus(digest, { issueId: String(20_000 + i), kpiId: KPI, statusCategory: i < 10 ? 'done' : 'new', resolution: null, changedAt: 1_000 + i })!;
    }
    expect(Object.keys(digest.issues)).toHaveLength(MAX_TRACKED_ACTIONS);
    expect(Object.keys(digest.issues).filter((id) => digest.issues[id]!.statusCategory === 'done')).toHaveLength(5);
    expect(digest.byKpi[KPI]).toEqual({ new: MAX_TRACKED_ACTIONS - 5, indeterminate: 0, done: 10 });
  });
});
