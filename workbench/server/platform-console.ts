import type { ForgeRuntimeHandle, RecordedDelivery } from '../runtime';

/**
 * In the workbench nobody reads runtime.queues: a consumer that throws would go unnoticed, so
 * every delivery that did not succeed is said on the console, with what the consumer threw.
 */
export function logDeliveryProblems(deliveries: readonly RecordedDelivery[]): void {
  for (const delivery of deliveries) {
    if (delivery.outcome === 'success') continue;
    const what = `${delivery.queueName} event ${delivery.eventId} of job ${delivery.jobId} (${delivery.consumerKey}, retry ${delivery.retryCount})`;
    const why = delivery.error === undefined ? '' : `: ${delivery.error}`;
    const next = delivery.outcome === 'retry' ? `; retried in ${delivery.retryAfterSeconds ?? 0} s` : '; dropped, as Forge drops it after the last retry';
    console.error(`workbench: async event ${what} failed${why}${next}`);
  }
}

/** Modules whose handler src/index does not export (yet): said once at start, not discovered on the first call. */
export function warnMissingHandlers(runtime: ForgeRuntimeHandle): void {
  const modules = [
    ...runtime.scheduledTriggers.list().map((trigger) => ({ kind: 'scheduledTrigger', key: trigger.key, functionKey: trigger.functionKey })),
    ...runtime.webtriggers.list().map((trigger) => ({ kind: 'webtrigger', key: trigger.key, functionKey: trigger.functionKey })),
    ...runtime.queues.consumers().map((consumer) => ({ kind: 'consumer', key: consumer.key, functionKey: consumer.functionKey })),
  ];
  for (const { kind, key, functionKey } of modules) {
    if (functionKey !== undefined && !runtime.functions.isAttached(functionKey)) {
      console.warn(`workbench: ${kind} '${key}' names function '${functionKey}', whose handler src/index does not export; calls to it fail.`);
    }
  }
}
