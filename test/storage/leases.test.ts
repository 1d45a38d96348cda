import { ForgeKvsAPIError, kvs } from '@forge/kvs';
import { ForgeLeases } from '../../src/adapters/forge/forge-leases';
import { keyAlreadyExists } from '../../src/adapters/forge/kvs-key-exists';
import { MemoryLeases } from '../../src/adapters/memory/memory-leases';
import type { Clock } from '../../src/core/ports/clock';
import type { Leases } from '../../src/core/ports/leases';
import { installForgeRuntime, type ForgeRuntimeHandle } from '../../workbench/runtime';
import { manualClock } from '../runtime/forge-runtime-fixture';

// One clock for the app and the KVS emulator, as the platform's and the app's clocks agree.
const clock = manualClock();
const appClock: Clock = { now: () => new Date(clock.now()) };

function describeLeasesContract(name: string, make: () => Leases) {
  describe(`Leases contract: ${name}`, () => {
    it('gives a lease to one taker at a time, and again once its holder gives it back', async () => {
      const leases = make();
      const first = await leases.take('step', 60);
      expect(first).toEqual(expect.any(String));
      expect(await leases.take('step', 60)).toBeNull();
      expect(await leases.take('other', 60)).toEqual(expect.any(String));
      await leases.release('step', first!);
      const second = await leases.take('step', 60);
      expect(second).toEqual(expect.any(String));
      expect(second).not.toBe(first);
    });

    it('leaves a lease alone when someone else’s token gives it back', async () => {
      const leases = make();
      const held = await leases.take('step', 60);
      await leases.release('step', 'not-the-holder');
      expect(await leases.take('step', 60)).toBeNull();
      await leases.release('step', held!);
    });

    it('never gives a live lease to anyone else, however many ask at once', async () => {
      const leases = make();
      await leases.take('step', 60);
      clock.advance(59_000);
      expect(await Promise.all([leases.take('step', 60), leases.take('step', 60), leases.take('step', 60)])).toEqual([null, null, null]);
    });

    it('gives a lease whose holder died to exactly one of two takers once its time is up', async () => {
      const leases = make();
      const dead = await leases.take('step', 60);
      clock.advance(61_000);
      const takers = await Promise.all([leases.take('step', 60), leases.take('step', 60)]);
      expect(takers.filter((token) => token !== null)).toHaveLength(1);
      const next = takers.find((token) => token !== null)!;
      expect(next).not.toBe(dead);
      // The dead holder, come back, does not end the new holder's lease.
      await leases.release('step', dead!);
      expect(await leases.take('step', 60)).toBeNull();
      await leases.release('step', next);
      expect(await leases.take('step', 60)).toEqual(expect.any(String));
    });
  });
}

describeLeasesContract('in memory', () => new MemoryLeases(appClock));

let runtime: ForgeRuntimeHandle | undefined;
beforeEach(() => {
  runtime?.close();
  runtime = installForgeRuntime({ now: clock.now });
});
afterAll(() => runtime?.close());

describeLeasesContract('Forge storage on the KVS emulator', () => new ForgeLeases(appClock));

describe('ForgeLeases', () => {
  it('takes over a lease whose holder died by the time it carries, though Forge has not yet deleted the expired key', async () => {
    const leases = new ForgeLeases(appClock);
    const dead = await leases.take('step', 60);
    clock.advance(61_000);
    // The platform deletes expired keys up to 48 h late: the dead holder's key is still read.
    expect(await kvs.get('lease:step')).toMatchObject({ token: dead });
    runtime!.reset();
    const next = await leases.take('step', 60);
    expect(next).toEqual(expect.any(String));
    expect(await kvs.get('lease:step')).toEqual({ token: next, expiresAt: new Date(clock.now() + 60_000).toISOString() });
    // The stale lease read, and read again after the marker; then the read above.
    expect(runtime!.kvsStats.readRequests).toBe(3);
  });

  it('takes over a lease written before leases carried their time', async () => {
    await kvs.set('lease:step', { token: '3f1c2a9e-0000-4000-8000-000000000001' }, { ttl: { value: 60, unit: 'SECONDS' } });
    expect(await new ForgeLeases(appClock).take('step', 60)).toEqual(expect.any(String));
  });

  it('is one plain key holding the holder’s token and when the lease ends', async () => {
    const token = await new ForgeLeases(appClock).take('jira-provisioning-step', 60);
    expect(await kvs.get('lease:jira-provisioning-step')).toEqual({ token, expiresAt: new Date(clock.now() + 60_000).toISOString() });
  });
});

describe('a key FAIL_IF_EXISTS found already there', () => {
  const refusal = (status: number, code: string) =>
    new ForgeKvsAPIError({ status, statusText: '', traceId: 't', httpMethod: 'POST', httpPath: '/api/v1/set', responseBodyLength: 0 } as never, { code, message: 'refused' });

  it('is told by Forge’s HTTP 409, whatever the undocumented code says', () => {
    expect(keyAlreadyExists(refusal(409, 'KEY_ALREADY_EXISTS'))).toBe(true);
    expect(keyAlreadyExists(refusal(409, 'CONFLICT'))).toBe(true);
    expect(keyAlreadyExists(refusal(429, 'KEY_ALREADY_EXISTS'))).toBe(false);
    expect(keyAlreadyExists(new Error('network'))).toBe(false);
    expect(keyAlreadyExists(undefined)).toBe(false);
  });
});
