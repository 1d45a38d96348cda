import type { EntityDefinition } from '../../workbench/runtime';

/** Entities shaped like the app's own: a KPI time series partitioned by KPI, ranged by period. */
export const TEST_ENTITIES: EntityDefinition[] = [
  {
    name: 'kpi-measurement',
    attributes: {
      kpiId: { type: 'string' },
      period: { type: 'string' },
      value: { type: 'float' },
      status: { type: 'string' },
      count: { type: 'integer' },
      reviewed: { type: 'boolean' },
      note: { type: 'any' },
    },
    indexes: [{ name: 'by-kpi-period', partition: ['kpiId'], range: ['period'] }, 'value'],
  },
  {
    name: 'card',
    attributes: { title: { type: 'string' }, version: { type: 'integer' }, body: { type: 'any' } },
    indexes: ['title'],
  },
];

/** A clock tests can move, for TTL. */
export function manualClock(start = Date.UTC(2026, 0, 1)) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

/** Runs an SDK call that must fail and returns what it threw. */
export async function failureOf(call: () => Promise<unknown>): Promise<{ code?: string; message: string; responseDetails?: { status: number }; context?: Record<string, unknown> }> {
  try {
    await call();
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error('expected the call to fail, but it succeeded');
}
