import { z } from 'zod';
import type { Logger } from '../../core/ports/logger';
import { CardId } from '../../core/card/process-card';
import { REMINDER_BATCH_SIZE } from '../../core/ports/reminder-queue';
import type { AppUseCases } from '../compose-use-cases';

/** What the daily trigger pushes; a malformed event is dropped (logged), never retried forever. */
const ReminderEvent = z.object({
  body: z.object({ cardIds: z.array(CardId).min(1).max(REMINDER_BATCH_SIZE), runAt: z.iso.datetime() }),
});

/**
 * The daily `scheduledTrigger`: it only lists the cards and enqueues batches, so a run over
 * thousands of cards fits its 55 s. The platform ignores the return value and does not retry a
 * throw; the next day runs again.
 */
export function defineKpiRemindersTrigger(useCases: AppUseCases, logger: Logger) {
  return async (): Promise<void> => {
    try {
      await useCases.reminders.enqueue();
    } catch (error) {
      logger.error('The daily KPI run could not enqueue its batches', { error: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  };
}

/**
 * The queue's consumer: brings one batch of cards up to date. A throw makes the platform deliver
 * the event again (the work is idempotent, see reminder-run.ts).
 */
export function defineKpiRemindersConsumer(useCases: AppUseCases, logger: Logger) {
  return async (event: unknown): Promise<void> => {
    const parsed = ReminderEvent.safeParse(event);
    if (!parsed.success) {
      logger.error('Dropped a malformed KPI reminder event', { issue: parsed.error.issues[0]?.message ?? '' });
      return;
    }
    await useCases.reminders.check(parsed.data.body);
  };
}
