import { kvs } from '@forge/kvs';
import { setTimeout as sleep } from 'node:timers/promises';
import { systemClock } from '../../src/core/ports/clock';
import { installForgeRuntime } from '../../workbench/runtime';
import { InvalidClockTime, installWorkbenchClock, parseClockTime, type WorkbenchClock } from '../../workbench/runtime/workbench-clock';

/** The real time, read past any fake `Date`. */
const realNow = () => performance.timeOrigin + performance.now();
const MARGIN_MS = 1_000;

describe('the workbench clock: the process on another date, still ticking', () => {
  let clock: WorkbenchClock | undefined;
  afterEach(() => clock?.uninstall());

  it('moves Date.now, new Date() and the app\'s systemClock to the date set', () => {
    clock = installWorkbenchClock();
    expect(Math.abs(Date.now() - realNow())).toBeLessThan(MARGIN_MS);
    clock.set('2027-01-15T09:30:00Z');
    const at = Date.parse('2027-01-15T09:30:00Z');
    for (const reading of [Date.now(), new Date().getTime(), systemClock.now().getTime(), clock.now()]) {
      expect(reading - at).toBeGreaterThanOrEqual(0);
      expect(reading - at).toBeLessThan(MARGIN_MS);
    }
    expect(Math.abs(clock.offsetMs() - (at - realNow()))).toBeLessThan(MARGIN_MS);
    // Dates the app builds itself are real dates, not the fake's.
    expect(new Date('2026-03-01T00:00:00Z').toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });

  it('starts at WORKBENCH_NOW-style values and keeps advancing with real time (timers stay real)', async () => {
    clock = installWorkbenchClock({ startAt: '2026-06-30' });
    const first = Date.now();
    expect(new Date(first).toISOString().slice(0, 10)).toBe('2026-06-30');
    await sleep(60);
    const elapsed = Date.now() - first;
    expect(elapsed).toBeGreaterThanOrEqual(50);
    expect(elapsed).toBeLessThan(MARGIN_MS);
  });

  it('gives Date back on uninstall', () => {
    const NativeDate = Date;
    clock = installWorkbenchClock({ startAt: '2001-01-01T00:00:00Z' });
    expect(Date).not.toBe(NativeDate);
    expect(new Date().getUTCFullYear()).toBe(2001);
    clock.uninstall();
    expect(Date).toBe(NativeDate);
    expect(Math.abs(Date.now() - realNow())).toBeLessThan(MARGIN_MS);
  });

  it('refuses a value that is not an ISO date or date-time, changing nothing', () => {
    expect(() => installWorkbenchClock({ startAt: 'next tuesday' })).toThrow(InvalidClockTime);
    clock = installWorkbenchClock({ startAt: '2026-01-01T00:00:00+03:00' });
    expect(() => clock!.set('2026-13-01')).toThrow("'2026-13-01' is not an ISO date or date-time");
    expect(new Date().toISOString().slice(0, 13)).toBe('2025-12-31T21');
    expect(parseClockTime('2026-03-01T09:00')).toBe(new Date(2026, 2, 1, 9, 0).getTime());
  });

  it('is the runtime\'s clock too, when passed as `now`: a TTL runs out when the date moves past it', async () => {
    clock = installWorkbenchClock();
    const runtime = installForgeRuntime({ now: clock.now, expiredPurgeMs: 0 });
    try {
      await kvs.set('reminder-claim', true, { ttl: { value: 1, unit: 'HOURS' } });
      expect(await kvs.get('reminder-claim')).toBe(true);
      clock.set(new Date(Date.now() + 2 * 3600_000).toISOString());
      expect(await kvs.get('reminder-claim')).toBeUndefined();
    } finally {
      runtime.close();
    }
  });
});
