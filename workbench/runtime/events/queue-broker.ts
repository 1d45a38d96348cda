import type { PushChain } from '../invocation-scope';
import type { ConsumerDeclaration } from '../manifest/manifest-modules';
import type { PushedEvent, QueuedEvent, RecordedDelivery, RecordedPush } from './queue-records';

export interface JobStats {
  success: number;
  inProgress: number;
  failed: number;
}

/**
 * Where pushed events wait for their consumers: one entry per event and consumer of its
 * queue, in push order, each due at its push time plus its delay. Holds the records tests
 * assert on. It decides nothing; the publish service and the delivery do.
 */
export class QueueBroker {
  readonly events: QueuedEvent[] = [];
  readonly pushes: RecordedPush[] = [];
  readonly deliveries: RecordedDelivery[] = [];
  private readonly cancelled = new Set<string>();
  private seq = 0;

  constructor(private readonly consumers: readonly ConsumerDeclaration[]) {}

  consumersOf(queueName: string): ConsumerDeclaration[] {
    return this.consumers.filter((consumer) => consumer.queue === queueName);
  }

  enqueue(queueName: string, jobId: string, events: readonly PushedEvent[], chain: PushChain, now: number): void {
    events.forEach((event, index) => {
      for (const consumer of this.consumersOf(queueName)) {
        this.events.push({
          seq: this.seq++,
          queueName,
          jobId,
          // "The unique identifier for this event within the job": only within it, so an app
          // that keys idempotency on eventId alone, without the jobId, fails here first.
          eventId: String(index),
          consumerKey: consumer.key,
          functionKey: consumer.functionKey,
          bodyJson: JSON.stringify(event.body),
          ...(event.delayInSeconds === undefined ? {} : { delayInSeconds: event.delayInSeconds }),
          ...(event.concurrency === undefined ? {} : { concurrency: event.concurrency }),
          enqueuedAt: now,
          dueAt: now + (event.delayInSeconds ?? 0) * 1000,
          retryCount: 0,
          redelivery: false,
          chain,
          status: 'pending',
          attempts: 0,
        });
      }
    });
  }

  /** The pending event due first (earliest due time, then push order), if any is due by `now`. */
  nextDue(now: number): QueuedEvent | undefined {
    let next: QueuedEvent | undefined;
    for (const event of this.events) {
      if (event.status !== 'pending' || event.dueAt > now) continue;
      if (next === undefined || event.dueAt < next.dueAt || (event.dueAt === next.dueAt && event.seq < next.seq)) next = event;
    }
    return next;
  }

  /** Puts an event back in line for a retry, after everything already waiting at its due time. */
  retry(event: QueuedEvent, changes: Pick<QueuedEvent, 'dueAt' | 'retryCount' | 'retryReason' | 'retryData'>): void {
    Object.assign(event, changes, { seq: this.seq++, status: 'pending' });
  }

  /** A second delivery of an event that was processed: at-least-once, made to happen. */
  redeliver(event: QueuedEvent, now: number): void {
    const { retryReason: _reason, retryData: _data, ...original } = event;
    this.events.push({ ...original, seq: this.seq++, dueAt: now, retryCount: 0, redelivery: true, status: 'pending', attempts: 0 });
  }

  hasJob(queueName: string, jobId: string): boolean {
    return this.pushes.some((push) => push.status === 201 && push.queueName === queueName && push.jobId === jobId);
  }

  /** Events of the job that have not started are never delivered, retries included. */
  cancel(queueName: string, jobId: string): void {
    this.cancelled.add(`${queueName}\n${jobId}`);
    for (const event of this.jobEvents(queueName, jobId)) if (event.status === 'pending') event.status = 'cancelled';
  }

  isCancelled(event: QueuedEvent): boolean {
    return this.cancelled.has(`${event.queueName}\n${event.jobId}`);
  }

  /** Per event of the job; deliberate redeliveries do not count twice. */
  stats(queueName: string, jobId: string): JobStats {
    const stats = { success: 0, inProgress: 0, failed: 0 };
    for (const event of this.jobEvents(queueName, jobId)) {
      if (event.redelivery) continue;
      if (event.status === 'success') stats.success += 1;
      else if (event.status === 'failed') stats.failed += 1;
      else if (event.status === 'pending') stats.inProgress += 1;
    }
    return stats;
  }

  /** Forgets the records; events still waiting stay (they are the queue's data, not records). */
  clearRecords(): void {
    this.pushes.length = 0;
    this.deliveries.length = 0;
    const waiting = this.events.filter((event) => event.status === 'pending');
    this.events.length = 0;
    this.events.push(...waiting);
  }

  private jobEvents(queueName: string, jobId: string): QueuedEvent[] {
    return this.events.filter((event) => event.queueName === queueName && event.jobId === jobId);
  }
}
