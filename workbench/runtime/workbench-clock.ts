import { install } from '@sinonjs/fake-timers';

/** The process's notion of now, moved to a chosen date and still running. */
export interface WorkbenchClock {
  /** Epoch ms by this clock: what `Date.now()` answers while it is installed. */
  now(): number;
  /** Moves now to `at` (ISO date or date-time); time goes on from there. */
  set(at: string): void;
  /** How far this clock is from the real one, in ms. */
  offsetMs(): number;
  /** Gives `Date` back. */
  uninstall(): void;
}

/** A time the clock cannot be set to. */
export class InvalidClockTime extends Error {
  constructor(readonly value: string) {
    super(`'${value}' is not an ISO date or date-time (2026-03-01, 2026-03-01T09:00, 2026-03-01T09:00:00Z).`);
    this.name = 'InvalidClockTime';
  }
}

const ISO = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** Epoch ms of an ISO date or date-time; a date alone is its midnight UTC, as `Date` reads it. */
export function parseClockTime(value: string): number {
  const at = ISO.test(value.trim()) ? Date.parse(value.trim()) : Number.NaN;
  if (Number.isNaN(at)) throw new InvalidClockTime(value);
  return at;
}

/**
 * Shifts `Date` for the whole process (production code reads time from `Date` through
 * src/core/ports/clock.ts `systemClock`), so the workbench can show the app on another day.
 * Only `Date` is faked: timers, the event loop and I/O stay real. The fake clock's `now` is
 * made a view of the real clock plus an offset, so it keeps moving at real speed with no
 * interval ticking it (fake-timers' `shouldAdvanceTime` steps it by setInterval, which lags
 * under load and keeps the process alive).
 */
export function installWorkbenchClock(options: { startAt?: string } = {}): WorkbenchClock {
  const startAt = options.startAt === undefined || options.startAt.trim() === '' ? undefined : parseClockTime(options.startAt);
  const realNow = Date.now;
  let offset = startAt === undefined ? 0 : startAt - realNow();
  const clock = install({ toFake: ['Date'], now: realNow() + offset });
  // The library writes `clock.now` too (setSystemTime, tick): writing moves the offset.
  Object.defineProperty(clock, 'now', {
    configurable: true,
    enumerable: true,
    get: () => realNow() + offset,
    set: (value: number) => {
      offset = value - realNow();
    },
  });
  let installed = true;
  return {
    now: () => realNow() + offset,
    set(at) {
      offset = parseClockTime(at) - realNow();
    },
    offsetMs: () => offset,
    uninstall() {
      if (!installed) return;
      installed = false;
      clock.uninstall();
    },
  };
}
