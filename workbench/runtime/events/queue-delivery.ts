import type { AppFunctions } from '../functions/app-functions';
import type { QueueBroker } from './queue-broker';
import { DEFAULT_RETRY_REASON, RETENTION_MS, THROWN_RETRY_REASON, type QueueLimits } from './queue-limits';
import type { DeliveryOutcome, QueuedEvent } from './queue-records';

/** The `AsyncEvent` a consumer receives (@forge/events out/types.d.ts). */
export interface DeliveredEvent {
  body: Record<string, unknown>;
  queueName: string;
  jobId: string;
  eventId: string;
  delayInSeconds?: number;
  concurrency?: { key: string; limit: number };
  retryContext?: {
    retryCount: number;
    retryReason: string;
    retryData: unknown;
    retentionWindow: { startTime: string; remainingTimeMs: number };
  };
}

/** Which successfully processed events are delivered once more, to prove the consumer idempotent. */
export type Redeliver = 'none' | 'all' | ((event: DeliveredEvent) => boolean);

export interface DrainOptions {
  redeliver?: Redeliver;
}

export interface DrainReport {
  delivered: number;
  succeeded: number;
  retried: number;
  failed: number;
  /** Still waiting afterwards: delayed, or retries not yet due by the runtime's clock. */
  waiting: number;
}

// A consumer that pushes on every delivery would otherwise loop until the chain cap, 1,000 pushes on.
const MAX_DELIVERIES_PER_DRAIN = 100_000;

/**
 * Delivers what is due, in order, one invocation (by nobody) per event and consumer, until
 * nothing due is left — events the consumers push meanwhile included. A consumer that throws,
 * or returns an InvocationError, gets the event again with `retryContext.retryCount` one up,
 * at most `maxRetries` times; then the event is dropped and recorded as failed. Exponential
 * backoff is not emulated: a retry after a throw is due at once, one the app asked for after
 * its `retryAfter` (by the runtime's clock, which tests move). Deliveries run one at a time,
 * so whatever `concurrency` limit an event carries is kept.
 */
export class QueueDelivery {
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly broker: QueueBroker,
    private readonly functions: AppFunctions,
    private readonly limits: QueueLimits,
    private readonly now: () => number,
  ) {}

  /** One drain at a time: a drain asked for during another runs after it. */
  drain(options: DrainOptions = {}): Promise<DrainReport> {
    const run = this.running.then(() => this.deliverDue(options.redeliver ?? 'none'));
    this.running = run.catch(() => undefined);
    return run;
  }

  private async deliverDue(redeliver: Redeliver): Promise<DrainReport> {
    const report: DrainReport = { delivered: 0, succeeded: 0, retried: 0, failed: 0, waiting: 0 };
    for (let event = this.broker.nextDue(this.now()); event !== undefined; event = this.broker.nextDue(this.now())) {
      if (report.delivered >= MAX_DELIVERIES_PER_DRAIN) throw new Error(`More than ${MAX_DELIVERIES_PER_DRAIN} deliveries in one drain: do the consumers push forever?`);
      if (this.broker.isCancelled(event)) {
        event.status = 'cancelled';
        continue;
      }
      report.delivered += 1;
      const outcome = await this.deliver(event, redeliver);
      if (outcome === 'success') report.succeeded += 1;
      else if (outcome === 'retry') report.retried += 1;
      else report.failed += 1;
    }
    report.waiting = this.broker.events.filter((event) => event.status === 'pending').length;
    return report;
  }

  private async deliver(event: QueuedEvent, redeliver: Redeliver): Promise<DeliveryOutcome> {
    const delivered = this.deliveredEventOf(event);
    event.attempts += 1;
    let retry: { reason: string; data: unknown; afterSeconds: number } | undefined;
    let error: string | undefined;
    try {
      const result = await this.functions.invoke(event.functionKey!, delivered, event.chain);
      const requested = retryRequestOf(result);
      if (requested !== undefined) {
        const tooBig = Buffer.byteLength(JSON.stringify(requested.retryData ?? null), 'utf8') > this.limits.retryDataBytes;
        if (tooBig) error = `retryData is over ${this.limits.retryDataBytes} bytes; the retry was refused.`;
        else retry = { reason: requested.retryReason ?? DEFAULT_RETRY_REASON, data: jsonCopy(requested.retryData), afterSeconds: this.retryAfter(requested.retryAfter) };
      }
    } catch (thrown) {
      error = thrown instanceof Error ? thrown.message : String(thrown);
      retry = { reason: THROWN_RETRY_REASON, data: undefined, afterSeconds: 0 };
    }
    const mayRetry = retry !== undefined && event.retryCount < this.limits.maxRetries && !this.broker.isCancelled(event);
    const outcome: DeliveryOutcome = error === undefined && retry === undefined ? 'success' : mayRetry ? 'retry' : 'failed';
    this.broker.deliveries.push({
      queueName: event.queueName,
      jobId: event.jobId,
      eventId: event.eventId,
      consumerKey: event.consumerKey,
      body: JSON.parse(event.bodyJson) as Record<string, unknown>,
      retryCount: event.retryCount,
      redelivery: event.redelivery,
      outcome,
      ...(error === undefined ? {} : { error }),
      ...(outcome === 'retry' ? { retryAfterSeconds: retry!.afterSeconds } : {}),
      at: this.now(),
    });
    if (outcome === 'retry') {
      this.broker.retry(event, {
        dueAt: this.now() + retry!.afterSeconds * 1000,
        retryCount: event.retryCount + 1,
        retryReason: retry!.reason,
        retryData: retry!.data,
      });
    } else {
      event.status = this.broker.isCancelled(event) && outcome === 'failed' ? 'cancelled' : outcome;
      if (outcome === 'success' && !event.redelivery && wanted(redeliver, this.deliveredEventOf(event))) this.broker.redeliver(event, this.now());
    }
    return outcome;
  }

  /** retryAfter is clamped into 1–900 s, as the reference says the platform does. */
  private retryAfter(seconds: unknown): number {
    const value = typeof seconds === 'number' && Number.isFinite(seconds) ? seconds : 1;
    return Math.min(Math.max(value, 1), this.limits.maxRetryAfterSeconds);
  }

  private deliveredEventOf(event: QueuedEvent): DeliveredEvent {
    return {
      body: JSON.parse(event.bodyJson) as Record<string, unknown>,
      queueName: event.queueName,
      jobId: event.jobId,
      eventId: event.eventId,
      ...(event.delayInSeconds === undefined ? {} : { delayInSeconds: event.delayInSeconds }),
      ...(event.concurrency === undefined ? {} : { concurrency: { ...event.concurrency } }),
      ...(event.retryCount === 0
        ? {}
        : {
            retryContext: {
              retryCount: event.retryCount,
              retryReason: event.retryReason ?? DEFAULT_RETRY_REASON,
              retryData: jsonCopy(event.retryData),
              retentionWindow: {
                startTime: new Date(event.enqueuedAt).toISOString(),
                remainingTimeMs: Math.max(0, event.enqueuedAt + RETENTION_MS - this.now()),
              },
            },
          }),
    };
  }
}

/** `new InvocationError(options)` returns `{ _retry: true, retryOptions }`; QueueResponse.retry() sets `_retry`. */
function retryRequestOf(result: unknown): { retryAfter?: unknown; retryReason?: string; retryData?: unknown } | undefined {
  if (typeof result !== 'object' || result === null || (result as { _retry?: unknown })._retry !== true) return undefined;
  const options = (result as { retryOptions?: unknown }).retryOptions;
  return typeof options === 'object' && options !== null ? (options as { retryAfter?: unknown; retryReason?: string; retryData?: unknown }) : {};
}

/** The platform carries retryData as JSON; a copy keeps later changes by the app out of the retry. */
function jsonCopy(value: unknown): unknown {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
}

function wanted(redeliver: Redeliver, event: DeliveredEvent): boolean {
  if (redeliver === 'none') return false;
  return redeliver === 'all' || redeliver(event);
}
