import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportCardResult } from '../../src/contracts/resolver-contracts';
import type { KpiHistoryResult, RotateFeedSecretResult } from '../../src/contracts/kpi-contracts';
import { FEED_SIGNATURE_HEADER, FEED_TIMESTAMP_HEADER } from '../../src/contracts/kpi-contracts';
import { feedSignature } from '../../src/adapters/node/hmac-feed-signatures';
import { recentPeriods } from '../../src/core/kpi/kpi-period';
import { EDITOR, importPayload, startHandlerHarness } from './forge-handler-harness';
import { AppError } from '../../src/core/errors';
import type { AppUseCases } from '../../src/resolvers/compose-use-cases';
import type { Logger } from '../../src/core/ports/logger';
import { defineKpiFeed } from '../../src/resolvers/kpi-feed/kpi-feed-webtrigger';

const example = readFileSync(join(__dirname, '../../examples/purchasing.en.md'), 'utf8');

describe('the KPI data feed webtrigger (index.kpiFeed in the local Forge runtime)', () => {
  let harness: ReturnType<typeof startHandlerHarness>;
  let cardId: string;
  let kpiId: string;
  let secret: string;
  const lastMonth = () => recentPeriods('month', new Date().toISOString().slice(0, 10), 2)[1]!.key;

  beforeEach(async () => {
    harness = startHandlerHarness();
    const imported = await harness.call<ImportCardResult>('card/import', importPayload(example), { accountId: EDITOR });
    if (!imported.ok) throw new Error(imported.error.message);
    cardId = imported.data.view.card.id;
    kpiId = imported.data.view.card.content.kpis[0]!.id;
    const rotated = await harness.call<RotateFeedSecretResult>('kpi/feed-rotate', { cardId, expectedVersion: 0 }, { accountId: EDITOR });
    if (!rotated.ok) throw new Error(rotated.error.message);
    secret = rotated.data.secret;
    expect(rotated.data.url).toMatch(new RegExp(`/cards/${cardId}$`));
  });
  afterEach(() => harness.close());

  const now = () => String(Math.floor(Date.now() / 1000));
  const post = (body: string, options: { timestamp?: string; signature?: string | null; userPath?: string } = {}) => {
    const timestamp = options.timestamp ?? now();
    const signature = options.signature === undefined ? feedSignature(secret, timestamp, body) : options.signature;
    const headers: Record<string, string[]> = { 'content-type': ['application/json'], [FEED_TIMESTAMP_HEADER]: [timestamp] };
    if (signature !== null) headers[FEED_SIGNATURE_HEADER] = [signature];
    return harness.kpiFeed({ method: 'POST', headers, body, path: '/', userPath: options.userPath ?? `/cards/${cardId}`, queryParameters: {} });
  };
  const measurement = (extra: Record<string, unknown> = {}) => JSON.stringify({ kpiId, period: lastMonth(), value: 96.5, ...extra });
  const stored = async () => {
    const history = await harness.call<KpiHistoryResult>('kpi/history', { cardId, kpiId }, { accountId: EDITOR });
    if (!history.ok) throw new Error(history.error.message);
    return history.data.measurements;
  };

  it('stores a signed measurement with one write (the record, the summary and one audit entry in one transaction)', async () => {
    harness.runtime.reset();
    expect(await post(measurement())).toEqual({ outputKey: 'status-200' });
    expect(harness.runtime.kvsStats.byOperation).toMatchObject({ transaction: 1 });
    expect(harness.runtime.kvsStats.writes).toBe(1);
    const [first] = await stored();
    expect(first).toMatchObject({ periodKey: lastMonth(), current: { value: 96.5, by: 'system:webtrigger', source: 'webtrigger' } });
  });

  it('reads the signature headers whatever their case, as HTTP senders spell them', async () => {
    const body = measurement();
    const timestamp = now();
    const answer = await harness.kpiFeed({
      method: 'POST',
      headers: { 'Content-Type': ['application/json'], 'X-Process-Cards-Timestamp': [timestamp], 'X-Process-Cards-Signature': [feedSignature(secret, timestamp, body)] },
      body,
      path: '/',
      userPath: `/cards/${cardId}`,
      queryParameters: {},
    });
    expect(answer).toEqual({ outputKey: 'status-200' });
  });

  it('answers an identical repeat (a replay within the window) 200 and keeps one measurement', async () => {
    const body = measurement();
    const timestamp = now();
    expect(await post(body, { timestamp })).toEqual({ outputKey: 'status-200' });
    harness.runtime.reset();
    expect(await post(body, { timestamp })).toEqual({ outputKey: 'status-200' });
    expect(harness.runtime.kvsStats.writes).toBe(0);
    expect(await stored()).toHaveLength(1);
  });

  it('refuses a different value for a period that has one (409) unless the body says it corrects it', async () => {
    await post(measurement());
    expect(await post(measurement({ value: 90 }))).toEqual({ outputKey: 'status-409' });
    expect((await stored())[0]?.current.value).toBe(96.5);
    expect(await post(measurement({ value: 90, correction: true }))).toEqual({ outputKey: 'status-200' });
    expect((await stored())[0]).toMatchObject({ revision: 2, current: { value: 90, action: 'corrected' } });
  });

  it.each([
    ['a wrong signature', { signature: 'sha256=' + '0'.repeat(64) }],
    ['a missing signature', { signature: null }],
    ['a stale timestamp', { timestamp: String(Math.floor(Date.now() / 1000) - 400) }],
    ['a timestamp from the future', { timestamp: String(Math.floor(Date.now() / 1000) + 400) }],
    ['an unknown card', { userPath: '/cards/no-such-card' }],
    ['a suffix that names no card', { userPath: '/something/else' }],
  ])('refuses %s with 401 and stores nothing', async (_name, options) => {
    harness.runtime.reset();
    expect(await post(measurement(), options)).toEqual({ outputKey: 'status-401' });
    expect(harness.runtime.kvsStats.writes).toBe(0);
    expect(await stored()).toHaveLength(0);
  });

  it('authenticates before it parses: an unsigned bad body is 401, a signed one 400', async () => {
    expect(await post('{not json', { signature: null })).toEqual({ outputKey: 'status-401' });
    expect(await post('{not json')).toEqual({ outputKey: 'status-400' });
    expect(await post(JSON.stringify({ kpiId, period: lastMonth(), value: 'lots' }))).toEqual({ outputKey: 'status-400' });
    expect(await post(JSON.stringify({ kpiId, period: '2026-Q1', value: 1 }))).toEqual({ outputKey: 'status-400' });
    expect(await stored()).toHaveLength(0);
  });

  it('answers 404 for an unknown KPI only after a valid signature', async () => {
    expect(await post(JSON.stringify({ kpiId: 'no-such-kpi', period: lastMonth(), value: 1 }))).toEqual({ outputKey: 'status-404' });
    expect(await post(JSON.stringify({ kpiId: 'no-such-kpi', period: lastMonth(), value: 1 }), { signature: null })).toEqual({ outputKey: 'status-401' });
  });

  it('refuses a body over 256 KB with 413, signed or not, and stores nothing', async () => {
    const big = measurement({ comment: 'x'.repeat(300 * 1024) });
    expect(await post(big)).toEqual({ outputKey: 'status-413' });
    expect(await stored()).toHaveLength(0);
  });

  it('stops accepting the old secret once the owner rotates it', async () => {
    const old = secret;
    const rotated = await harness.call<RotateFeedSecretResult>('kpi/feed-rotate', { cardId, expectedVersion: 1 }, { accountId: EDITOR });
    if (!rotated.ok) throw new Error(rotated.error.message);
    const body = measurement();
    const timestamp = now();
    expect(await post(body, { timestamp, signature: feedSignature(old, timestamp, body) })).toEqual({ outputKey: 'status-401' });
    secret = rotated.data.secret;
    expect(await post(body)).toEqual({ outputKey: 'status-200' });
  });
});

describe('the KPI feed’s answer when a value was stored for the period at the same moment', () => {
  it('tells the sender to send again, not to send a correction', async () => {
    const changed = new AppError('CONFLICT', 'changed', [], { reason: 'measurement-changed' });
    const useCases = { feed: { authenticate: async () => ({ cardId: 'c', records: {} }), record: async () => Promise.reject(changed) } } as unknown as AppUseCases;
    const logger = { info: () => undefined, warn: () => undefined, error: () => undefined } as unknown as Logger;
    const handler = defineKpiFeed(useCases, logger);
    const body = JSON.stringify({ kpiId: 'k', period: '2026-03', value: 1, correction: true });
    const answer = await handler({ method: 'POST', headers: {}, body, path: '/', userPath: '/cards/c', queryParameters: {} });
    expect(answer).toEqual({ outputKey: 'status-409-changed' });
  });
});
