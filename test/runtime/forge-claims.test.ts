import { kvs } from '@forge/kvs';
import { installForgeRuntime, type ForgeRuntimeHandle } from '../../workbench/runtime';
import { ForgeBreachClaims } from '../../src/adapters/forge/forge-breach-claims';
import { ForgeRaiseClaims } from '../../src/adapters/forge/forge-raise-claims';
import type { PendingBreachClaim } from '../../src/core/ports/breach-claims';
import type { RaiseClaim } from '../../src/core/ports/raise-claims';
import { manualClock } from './forge-runtime-fixture';

const pending = (breachId: string, claimedAt = '2026-04-03T09:00:00.000Z'): PendingBreachClaim => ({ state: 'claimed', breachId, cardId: 'card-1', kpiId: 'kpi-1', claimedAt });

describe('claims as plain Forge KVS keys: taken once, taken over only from the claim that went stale', () => {
  const clock = manualClock();
  let runtime: ForgeRuntimeHandle;
  const breaches = new ForgeBreachClaims();
  const raises = new ForgeRaiseClaims();
  beforeEach(() => {
    runtime = installForgeRuntime({ now: clock.now });
  });
  afterEach(() => runtime.close());

  it('claims a breach once, answering a second claim with the first', async () => {
    expect(await breaches.claim(pending('breach-1'))).toBeNull();
    expect(await breaches.claim(pending('breach-1', '2026-04-03T10:00:00.000Z'))).toEqual(pending('breach-1'));
    expect(await kvs.get('breach-claim:breach-1')).toEqual(pending('breach-1'));
  });

  it('keeps the request id of a raise by hand that claimed a breach, so its retry knows the claim as its own', async () => {
    const byHand = { ...pending('breach-1'), requestId: 'r-1' };
    expect(await breaches.claim(byHand)).toBeNull();
    expect(await breaches.claim(pending('breach-1', '2026-04-03T10:00:00.000Z'))).toEqual(byHand);
    expect((await breaches.getMany(['breach-1'])).get('breach-1')).toEqual(byHand);
  });

  it('reads the claims of many breaches 25 keys a request, and settles and releases them', async () => {
    const ids = Array.from({ length: 30 }, (_, index) => `breach-${index}`);
    for (const id of ids.slice(0, 28)) await breaches.claim(pending(id));
    const raised = { ...pending('breach-3'), state: 'raised' as const, issue: { id: '10001', key: 'QMS-1' }, raisedAt: '2026-04-03T09:00:01.000Z', keptAt: '2026-04-03T09:00:01.000Z' };
    await breaches.settle(raised);
    await breaches.release('breach-4');
    runtime.reset();
    const found = await breaches.getMany(ids);
    expect(runtime.kvsStats.readRequests).toBe(2);
    expect(found.size).toBe(27);
    expect(found.get('breach-3')).toEqual(raised);
    expect(found.get('breach-0')).toEqual(pending('breach-0'));
    expect(found.has('breach-4')).toBe(false);
    expect(found.has('breach-29')).toBe(false);
  });

  it('lets one of two callers take over a stale breach claim, and none take over one that changed', async () => {
    const stale = pending('breach-1');
    await breaches.claim(stale);
    const results = await Promise.all([breaches.reclaim(stale, pending('breach-1', '2026-04-03T10:00:00.000Z')), breaches.reclaim(stale, pending('breach-1', '2026-04-03T10:00:00.001Z'))]);
    expect(results.sort()).toEqual([false, true]);
    const taken = await kvs.get<PendingBreachClaim>('breach-claim:breach-1');
    expect(['2026-04-03T10:00:00.000Z', '2026-04-03T10:00:00.001Z']).toContain(taken?.claimedAt);
    // The stale claim is gone: taking it over again is refused; the claim that replaced it can be taken over once stale.
    expect(await breaches.reclaim(stale, pending('breach-1', '2026-04-03T11:00:00.000Z'))).toBe(false);
    expect(await breaches.reclaim(taken!, pending('breach-1', '2026-04-03T11:00:00.000Z'))).toBe(true);
    // A settled claim is never taken over.
    const now = pending('breach-1', '2026-04-03T11:00:00.000Z');
    await breaches.settle({ ...now, state: 'raised', issue: { id: '1', key: 'QMS-1' }, raisedAt: now.claimedAt, keptAt: now.claimedAt });
    expect(await breaches.reclaim(now, pending('breach-1', '2026-04-03T12:00:00.000Z'))).toBe(false);
  });

  it('takes over a pending raise claim once, and never a settled one', async () => {
    const claim: RaiseClaim = { requestId: 'r-1', accountId: 'acc-1', subject: '["card-1"]', claimedAt: '2026-04-03T09:00:00.000Z', issue: null };
    expect(await raises.claim(claim)).toBeNull();
    const fresh = { ...claim, claimedAt: '2026-04-03T09:05:00.000Z' };
    expect(await Promise.all([raises.reclaim(claim, fresh), raises.reclaim(claim, { ...fresh, claimedAt: '2026-04-03T09:05:00.001Z' })]).then((all) => all.sort())).toEqual([false, true]);
    const taken = await kvs.get<RaiseClaim>('raise-claim:r-1');
    await raises.settle({ ...taken!, issue: { id: '1', key: 'QMS-1' } });
    expect(await raises.reclaim(taken!, { ...taken!, claimedAt: '2026-04-03T09:10:00.000Z' })).toBe(false);
    expect(await kvs.get('raise-claim:r-1')).toMatchObject({ issue: { key: 'QMS-1' } });
  });
});
