import type { PushChain } from '../invocation-scope';

/** An event as the app pushed it (@forge/events PushEvent). */
export interface PushedEvent {
  body: Record<string, unknown>;
  delayInSeconds?: number;
  concurrency?: { key: string; limit: number };
}

/** Every push request the queue service answered, accepted or not, for assertions. */
export interface RecordedPush {
  queueName: string;
  jobId: string;
  /** 201 accepted; 400 malformed, 405 cyclic limit, 413 too big, 429 over the per-minute limit. */
  status: number;
  events: PushedEvent[];
  at: number;
  error?: string;
}

export type DeliveryOutcome = 'success' | 'retry' | 'failed';

/** One invocation of a consumer with one event. */
export interface RecordedDelivery {
  queueName: string;
  jobId: string;
  eventId: string;
  consumerKey: string;
  body: Record<string, unknown>;
  /** 0 on the first delivery; the `retryContext.retryCount` the consumer saw otherwise. */
  retryCount: number;
  /** A second delivery of an event already processed, made on purpose (drain's `redeliver`). */
  redelivery: boolean;
  outcome: DeliveryOutcome;
  error?: string;
  /** For a retry: seconds until it is due. */
  retryAfterSeconds?: number;
  at: number;
}

export type EventStatus = 'pending' | 'success' | 'failed' | 'cancelled';

/** One event on its way to one consumer of its queue. */
export interface QueuedEvent {
  seq: number;
  queueName: string;
  jobId: string;
  eventId: string;
  consumerKey: string;
  functionKey: string | undefined;
  /** Kept as JSON, as the platform carries it: each delivery gets a fresh copy. */
  bodyJson: string;
  delayInSeconds?: number;
  concurrency?: { key: string; limit: number };
  enqueuedAt: number;
  dueAt: number;
  retryCount: number;
  retryReason?: string;
  retryData?: unknown;
  redelivery: boolean;
  chain: PushChain;
  status: EventStatus;
  attempts: number;
}

/** The outcome of one event for one consumer, as tests read it. */
export interface EventRecord {
  queueName: string;
  jobId: string;
  eventId: string;
  consumerKey: string;
  body: Record<string, unknown>;
  status: EventStatus;
  attempts: number;
  redelivery: boolean;
  dueAt: number;
}

export const eventRecordOf = (event: QueuedEvent): EventRecord => ({
  queueName: event.queueName,
  jobId: event.jobId,
  eventId: event.eventId,
  consumerKey: event.consumerKey,
  body: JSON.parse(event.bodyJson) as Record<string, unknown>,
  status: event.status,
  attempts: event.attempts,
  redelivery: event.redelivery,
  dueAt: event.dueAt,
});
