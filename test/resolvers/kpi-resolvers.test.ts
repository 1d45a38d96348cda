import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { ImportCardResult, MacroCardResult } from '../../src/contracts/resolver-contracts';
import type { KpiHistoryResult, KpiSettingsView, RecordMeasurementResult } from '../../src/contracts/kpi-contracts';
import { MacroCardResultSchema, resolverResultSchema } from '../../src/contracts/resolver-outputs';
import { KpiHistoryResultSchema, KpiSettingsViewSchema, RecordMeasurementResultSchema, RotateFeedSecretResultSchema } from '../../src/contracts/kpi-outputs';
import { recentPeriods } from '../../src/core/kpi/kpi-period';
import { EDITOR, OUTSIDER, READER, importPayload, startHandlerHarness } from './forge-handler-harness';
import { assertRequestsConform, type RecordedRequest } from '../support/openapi';

const example = readFileSync(join(__dirname, '../../examples/purchasing.en.md'), 'utf8');

describe('KPI resolvers (production handler in the local Forge runtime)', () => {
  let harness: ReturnType<typeof startHandlerHarness>;
  let cardId: string;
  let kpiId: string;
  const lastMonth = () => recentPeriods('month', new Date().toISOString().slice(0, 10), 2)[1]!.key;
  const recordPayload = (extra: Record<string, unknown> = {}) => ({
    cardId,
    kpiId,
    period: { key: lastMonth() },
    value: 97,
    comment: 'from the ERP report',
    expectedRevision: 0,
    requestId: randomUUID(),
    ...extra,
  });

  beforeEach(async () => {
    harness = startHandlerHarness();
    const imported = await harness.call<ImportCardResult>('card/import', importPayload(example), { accountId: EDITOR });
    if (!imported.ok) throw new Error(imported.error.message);
    cardId = imported.data.view.card.id;
    kpiId = imported.data.view.card.content.kpis[0]!.id;
  });
  afterEach(() => {
    // Every Confluence request the KPI functions made, as the caller, checked against Atlassian's OpenAPI descriptions.
    const requests = harness.runtime.productRequests.map((request): RecordedRequest => {
      if (request.remote !== 'confluence' || !request.asUser) throw new Error(`unexpected request to ${request.remote}: ${request.path}`);
      return { remote: 'confluence', method: request.method, path: request.path, body: request.body, headers: request.headers };
    });
    assertRequestsConform(requests);
    harness.close();
  });

  it('enters a value as a page editor; the card’s first render then shows its status and sparkline', async () => {
    const recorded = await harness.call<RecordMeasurementResult>('kpi/record', recordPayload(), { accountId: EDITOR });
    resolverResultSchema(RecordMeasurementResultSchema).parse(recorded);
    expect(recorded).toMatchObject({ ok: true, data: { measurement: { current: { value: 97, by: EDITOR } }, board: { status: 'on-target' } } });
    const shown = await harness.call<MacroCardResult>('card/get-for-macro', {}, { accountId: READER });
    resolverResultSchema(MacroCardResultSchema).parse(shown);
    if (!shown.ok) throw new Error(shown.error.message);
    const row = shown.data.view?.kpis?.kpis.find((kpi) => kpi.kpiId === kpiId);
    expect(row).toMatchObject({ status: 'on-target', latest: { value: 97 } });
    expect(row?.points).toHaveLength(1);
  });

  it('refuses readers and signed-out callers, and changes nothing', async () => {
    for (const accountId of [READER, undefined]) {
      const refused = await harness.call('kpi/record', recordPayload(), accountId === undefined ? {} : { accountId });
      expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    const history = await harness.call<KpiHistoryResult>('kpi/history', { cardId, kpiId }, { accountId: READER });
    resolverResultSchema(KpiHistoryResultSchema).parse(history);
    expect(history).toMatchObject({ ok: true, data: { measurements: [], canRecord: false } });
  });

  it('shows the history to readers of the page only', async () => {
    await harness.call('kpi/record', recordPayload(), { accountId: EDITOR });
    const forEditor = await harness.call<KpiHistoryResult>('kpi/history', { cardId, kpiId }, { accountId: EDITOR });
    expect(forEditor).toMatchObject({ ok: true, data: { canRecord: true, measurements: [{ periodKey: lastMonth() }] } });
    if (!forEditor.ok) throw new Error('no history');
    expect(forEditor.data.openPeriods[0]?.revision).toBe(0);
    // Who entered it, by the name Confluence gives the reader.
    expect(forEditor.data.people).toEqual({ [EDITOR]: 'Editor' });
    expect(forEditor.data.openPeriods[1]).toMatchObject({ periodKey: lastMonth(), revision: 1 });
    // On another page, the card's home must be visible to the caller.
    const elsewhere = await harness.call('kpi/history', { cardId, kpiId }, { accountId: OUTSIDER, pageId: '99999' });
    expect(elsewhere).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'view' } });
  });

  it.each([
    ['a value that is not a number', { value: 'ninety' }],
    ['an unknown field', { extra: true }],
    ['a malformed period key', { period: { key: 'March' } }],
    ['a request id that is not a UUID', { requestId: 'again' }],
    ['an over-long comment', { comment: 'x'.repeat(2001) }],
  ])('refuses %s as a VALIDATION error and stores nothing', async (_name, extra) => {
    const refused = await harness.call('kpi/record', recordPayload(extra), { accountId: EDITOR });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', reason: 'payload' } });
    const history = await harness.call<KpiHistoryResult>('kpi/history', { cardId, kpiId }, { accountId: EDITOR });
    expect(history).toMatchObject({ ok: true, data: { measurements: [] } });
  });

  it('names an unknown KPI and card as NOT_FOUND', async () => {
    expect(await harness.call('kpi/record', recordPayload({ kpiId: 'nope' }), { accountId: EDITOR })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'kpi' } });
    expect(await harness.call('kpi/history', { cardId: 'nope', kpiId }, { accountId: EDITOR })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'card' } });
  });

  it('withdraws a value with a reason; a stale revision is a CONFLICT', async () => {
    await harness.call('kpi/record', recordPayload(), { accountId: EDITOR });
    const payload = { cardId, kpiId, periodKey: lastMonth(), expectedRevision: 1, reason: 'wrong month' };
    expect(await harness.call('kpi/withdraw', payload, { accountId: READER })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const withdrawn = await harness.call<RecordMeasurementResult>('kpi/withdraw', payload, { accountId: EDITOR });
    resolverResultSchema(RecordMeasurementResultSchema).parse(withdrawn);
    expect(withdrawn).toMatchObject({ ok: true, data: { measurement: { status: 'withdrawn' }, board: { status: 'no-data' } } });
    expect(await harness.call('kpi/withdraw', payload, { accountId: EDITOR })).toMatchObject({ ok: true });
    expect(await harness.call('kpi/withdraw', { ...payload, reason: 'other' }, { accountId: EDITOR })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('reads and saves the KPI settings and rotates the feed secret, editors only', async () => {
    const view = await harness.call<KpiSettingsView>('kpi/settings-get', { cardId }, { accountId: READER });
    resolverResultSchema(KpiSettingsViewSchema).parse(view);
    expect(view).toMatchObject({ ok: true, data: { canEdit: false, feed: { url: null } } });
    const save = { cardId, expectedVersion: 0, timeZone: 'Asia/Almaty', graceDays: 3, rules: {} };
    expect(await harness.call('kpi/settings-save', save, { accountId: READER })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const saved = await harness.call<KpiSettingsView>('kpi/settings-save', save, { accountId: EDITOR });
    resolverResultSchema(KpiSettingsViewSchema).parse(saved);
    expect(saved).toMatchObject({ ok: true, data: { version: 1, timeZone: 'Asia/Almaty', graceDays: 3 } });
    expect(await harness.call('kpi/settings-save', { ...save, graceDays: 500 }, { accountId: EDITOR })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await harness.call('kpi/feed-rotate', { cardId, expectedVersion: 1 }, { accountId: READER })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const rotated = await harness.call('kpi/feed-rotate', { cardId, expectedVersion: 1 }, { accountId: EDITOR });
    resolverResultSchema(RotateFeedSecretResultSchema).parse(rotated);
    expect(rotated).toMatchObject({ ok: true, data: { settings: { version: 2, feed: { configured: true } } } });
  });
});
