import { kvs } from '@forge/kvs';
import { ForgeLeases } from '../../src/adapters/forge/forge-leases';
import { MemoryLeases } from '../../src/adapters/memory/memory-leases';
import type { Leases } from '../../src/core/ports/leases';
import { installForgeRuntime, type ForgeRuntimeHandle } from '../../workbench/runtime';
import { manualClock } from '../runtime/forge-runtime-fixture';

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
  });
}

describeLeasesContract('in memory', () => new MemoryLeases());

const clock = manualClock();
let runtime: ForgeRuntimeHandle | undefined;
beforeEach(() => {
  runtime?.close();
  runtime = installForgeRuntime({ now: clock.now });
});
afterAll(() => runtime?.close());

describeLeasesContract('Forge storage on the KVS emulator', () => new ForgeLeases());

describe('ForgeLeases', () => {
  it('lets a lease lapse after its time, so a holder that died blocks the next only that long', async () => {
    const leases = new ForgeLeases();
    const dead = await leases.take('step', 60);
    clock.advance(59_000);
    expect(await leases.take('step', 60)).toBeNull();
    clock.advance(2_000);
    const next = await leases.take('step', 60);
    expect(next).toEqual(expect.any(String));
    // The dead holder, come back, does not end the new holder's lease.
    await leases.release('step', dead!);
    expect(await leases.take('step', 60)).toBeNull();
  });

  it('is one plain key holding the holder’s token', async () => {
    const token = await new ForgeLeases().take('jira-provisioning-step', 60);
    expect(await kvs.get('lease:jira-provisioning-step')).toEqual({ token });
  });
});
