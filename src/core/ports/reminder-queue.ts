/** One unit of the daily run: up to REMINDER_BATCH_SIZE cards, checked by one consumer invocation. */
export interface ReminderBatch {
  cardIds: string[];
  /** When the run started (ISO): each card's "today" is this instant in the card's zone. */
  runAt: string;
}

export const REMINDER_BATCH_SIZE = 25;

/** The queue the daily trigger fans out to (an @forge/events queue in production). */
export interface ReminderQueue {
  /** Pushes every batch; `delayInSeconds` spreads a large run under the queue's 500 events a minute. */
  push(batches: ReadonlyArray<{ batch: ReminderBatch; delayInSeconds: number }>): Promise<{ pushRequests: number }>;
}
