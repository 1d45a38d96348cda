import { systemClock, type Clock } from '../../core/ports/clock';
import type { Leases } from '../../core/ports/leases';

/**
 * Leases in a map, each with its time by `clock`. As in Forge, where an expired key may linger up
 * to 48 h, a lease past its time stays in the map until the next taker takes it over.
 */
export class MemoryLeases implements Leases {
  readonly held = new Map<string, { token: string; expiresAt: number }>();
  private taken = 0;

  constructor(private readonly clock: Clock = systemClock) {}

  async take(key: string, seconds: number): Promise<string | null> {
    const now = this.clock.now().getTime();
    const held = this.held.get(key);
    if (held !== undefined && held.expiresAt > now) return null;
    this.taken += 1;
    const token = `lease-${this.taken}`;
    this.held.set(key, { token, expiresAt: now + seconds * 1000 });
    return token;
  }

  async release(key: string, token: string): Promise<void> {
    if (this.held.get(key)?.token === token) this.held.delete(key);
  }
}
