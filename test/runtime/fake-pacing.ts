import type { RetryPacing } from '../../src/adapters/forge/rate-limit-retry';

/** A clock that only moves when the code under test sleeps, so retry tests take no real time. */
export function fakePacing(budgetMs = 5_000): RetryPacing & { sleeps: number[] } {
  let now = 1_000_000;
  const sleeps: number[] = [];
  return {
    budgetMs,
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}
