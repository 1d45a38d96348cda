import { feedUserPath, type FeedSecrets, type FeedUrls } from '../../core/ports/feed-secrets';
import type { ReminderBatch, ReminderQueue } from '../../core/ports/reminder-queue';

export class MemoryFeedSecrets implements FeedSecrets {
  readonly secrets = new Map<string, string>();

  async get(cardId: string, version: number): Promise<string | null> {
    return this.secrets.get(`${cardId}:${version}`) ?? null;
  }

  async set(cardId: string, version: number, secret: string): Promise<void> {
    this.secrets.set(`${cardId}:${version}`, secret);
  }

  async delete(cardId: string, version: number): Promise<void> {
    this.secrets.delete(`${cardId}:${version}`);
  }
}

export class MemoryFeedUrls implements FeedUrls {
  constructor(private readonly base = 'https://example.webtrigger.atlassian.app/public/local') {}

  async urlFor(cardId: string): Promise<string> {
    return `${this.base}${feedUserPath(cardId)}`;
  }
}

/** Keeps what was pushed, 50 events a push as Forge takes them. */
export class MemoryReminderQueue implements ReminderQueue {
  readonly pushed: Array<{ batch: ReminderBatch; delayInSeconds: number }> = [];

  async push(batches: ReadonlyArray<{ batch: ReminderBatch; delayInSeconds: number }>): Promise<{ pushRequests: number }> {
    this.pushed.push(...batches.map((item) => structuredClone(item)));
    return { pushRequests: Math.ceil(batches.length / 50) };
  }
}
