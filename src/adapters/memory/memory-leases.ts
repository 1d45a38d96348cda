import type { Leases } from '../../core/ports/leases';

/** Leases in a map; they lapse only when a test says so (`lapse`), never by time. */
export class MemoryLeases implements Leases {
  readonly held = new Map<string, string>();
  private taken = 0;

  async take(key: string): Promise<string | null> {
    if (this.held.has(key)) return null;
    this.taken += 1;
    const token = `lease-${this.taken}`;
    this.held.set(key, token);
    return token;
  }

  async release(key: string, token: string): Promise<void> {
    if (this.held.get(key) === token) this.held.delete(key);
  }

  /** What the TTL does in Forge: the lease is gone, whoever held it. */
  lapse(key: string): void {
    this.held.delete(key);
  }
}
