/**
 * A rate limit over a trailing window of the runtime's clock: never looser than a platform
 * window of the same length whatever its alignment, and deterministic under a test clock
 * (tests move the clock instead of waiting). Refused amounts spend nothing.
 */
export class SlidingWindow {
  private readonly spent: { at: number; amount: number }[] = [];

  constructor(
    readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  /** What has been spent within the window ending now. */
  used(): number {
    const start = this.now() - this.windowMs;
    const firstKept = this.spent.findIndex(({ at }) => at > start);
    this.spent.splice(0, firstKept === -1 ? this.spent.length : firstKept);
    return this.spent.reduce((total, { amount }) => total + amount, 0);
  }

  /** Spends `amount` and answers true, or answers false when it would go over the limit. */
  trySpend(amount = 1): boolean {
    if (this.used() + amount > this.limit) return false;
    this.spent.push({ at: this.now(), amount });
    return true;
  }
}

export const MINUTE_MS = 60_000;
