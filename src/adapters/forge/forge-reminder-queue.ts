import { Queue } from '@forge/events';
import type { ReminderBatch, ReminderQueue } from '../../core/ports/reminder-queue';

/** The manifest's queue between the daily trigger and its consumer. */
export const REMINDER_QUEUE_KEY = 'kpi-reminders';

/** Forge takes at most 50 events a push. */
const EVENTS_PER_PUSH = 50;

/** The daily run's batches on an @forge/events queue, at most 50 a push. */
export class ForgeReminderQueue implements ReminderQueue {
  private readonly queue = new Queue({ key: REMINDER_QUEUE_KEY });

  async push(batches: ReadonlyArray<{ batch: ReminderBatch; delayInSeconds: number }>): Promise<{ pushRequests: number }> {
    let pushRequests = 0;
    for (let start = 0; start < batches.length; start += EVENTS_PER_PUSH) {
      const events = batches.slice(start, start + EVENTS_PER_PUSH).map(({ batch, delayInSeconds }) => ({
        body: { cardIds: batch.cardIds, runAt: batch.runAt },
        ...(delayInSeconds > 0 ? { delayInSeconds } : {}),
        // A few consumers at a time keep the run under the storage quotas (4,000 read units a minute).
        concurrency: { key: 'kpi-reminders', limit: 3 },
      }));
      await this.queue.push(events);
      pushRequests += 1;
    }
    return { pushRequests };
  }
}
