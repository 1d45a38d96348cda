/**
 * limits-async-events and runtime-reference/async-events-api, per installation. Sizes are in
 * decimal KB (1,000 bytes), the smaller reading, so a payload near a boundary is never let
 * through here and refused in production; @forge/events itself measures 200 KB as 204,800.
 */
export interface QueueLimits {
  eventsPerPush: number;
  /** The combined payload (the JSON of the events) of one push. */
  pushBytes: number;
  /** Each event, when its consumer's function runs longer than 55 s (`timeoutSeconds`). */
  longRunningEventBytes: number;
  eventsPerMinute: number;
  maxDelaySeconds: number;
  retryDataBytes: number;
  maxRetryAfterSeconds: number;
  /**
   * Retries after the first delivery, then the event is dropped. The 2026 reference only says
   * retries go on "within the retention window"; the earlier pages said four. Four is stricter.
   */
  maxRetries: number;
  /** Push requests across one initial invocation and every consumer it sets off. */
  pushesPerChain: number;
}

export const FORGE_QUEUE_LIMITS: QueueLimits = {
  eventsPerPush: 50,
  pushBytes: 200_000,
  longRunningEventBytes: 100_000,
  eventsPerMinute: 500,
  maxDelaySeconds: 900,
  retryDataBytes: 4_000,
  maxRetryAfterSeconds: 900,
  maxRetries: 4,
  pushesPerChain: 1000,
};

/** A function running up to 55 s is not "long running"; beyond it the per-event cap applies. */
export const DEFAULT_TIMEOUT_SECONDS = 55;

/** "Retention window … begins when the Async Event is successfully enqueued and lasts for 24 hours." */
export const RETENTION_MS = 24 * 60 * 60 * 1000;

/** Fixed by @forge/events 3.0.8 (out/queue.js); anything else is not a v2 push. */
export const PUSH_TYPE = 'avi:forge:app:event';
export const PUSH_SCHEMA = 'ari:cloud:ecosystem::forge/app-event-2';

/**
 * The retryReason of a retry after the consumer threw. UNVERIFIED: the reference lists only the
 * codes an app may return (InvocationErrorCode); apps should not branch on this one.
 */
export const THROWN_RETRY_REASON = 'FUNCTION_UNHANDLED_ERROR';
export const DEFAULT_RETRY_REASON = 'FUNCTION_RETRY_REQUEST';
