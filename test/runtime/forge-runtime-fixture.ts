import { join } from 'node:path';
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

/** test/runtime/fixtures/platform-modules.manifest.yml: a consumer, a scheduled trigger, a static and a dynamic webtrigger. */
export const PLATFORM_MANIFEST = join(__dirname, 'fixtures', 'platform-modules.manifest.yml');

/** How @forge/events reaches the queue, for pushes the SDK itself would refuse to send. */
export const QUEUE_DESCRIPTOR = { type: 'fpp', provider: 'app', remote: 'stargate' } as const;
export const PUBLISH_PATH = '/webhook/queue/publish/{contextAri}/{environmentId}/{appId}/{appVersion}';

/** A push request in the shape @forge/events 3.0.8 posts, with `payload` as given. */
export function pushRequest(queueName: string, payload: unknown[]): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      queueName,
      jobId: `job-${queueName}-${payload.length}`,
      type: 'avi:forge:app:event',
      schema: 'ari:cloud:ecosystem::forge/app-event-2',
      payload,
      time: new Date().toISOString(),
    }),
  };
}
