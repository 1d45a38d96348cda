/**
 * The one source of time for the app: periods, "due" and "overdue", record stamps. Production
 * reads the system clock; tests and the workbench set it, so example history and reminders are
 * relative to a time they choose.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stays where it is put, for tests. */
export function fixedClock(at: string | Date): Clock & { set(at: string | Date): void } {
  let current = new Date(at);
  return {
    now: () => new Date(current.getTime()),
    set: (next) => {
      current = new Date(next);
    },
  };
}
