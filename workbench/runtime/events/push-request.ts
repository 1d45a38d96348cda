import { z } from 'zod';
import { describeIssues } from '../kvs/entity-definitions';
import { QUEUE_NAME_MAX_LENGTH, QUEUE_NAME_PATTERN } from '../manifest/manifest-modules';
import { PUSH_SCHEMA, PUSH_TYPE, type QueueLimits } from './queue-limits';
import type { PushedEvent } from './queue-records';

/** What @forge/events 3.0.8 posts to /webhook/queue/publish (out/queue.js). */
const PushBody = z.object({
  queueName: z.string(),
  jobId: z.string().min(1),
  type: z.literal(PUSH_TYPE),
  schema: z.literal(PUSH_SCHEMA),
  payload: z.array(z.unknown()),
  time: z.string(),
});

/** stats and cancel (out/jobProgress.js). */
export const JobRequest = z.object({ queueName: z.string(), jobId: z.string().min(1), time: z.string() });

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const eventSchema = (limits: QueueLimits) =>
  // Strict: a misspelt setting (`delay: 60`) would be ignored in production, silently.
  z.strictObject({
    body: z.custom<Record<string, unknown>>(isPlainObject, 'Event body must be an object.'),
    delayInSeconds: z.number().min(0).max(limits.maxDelaySeconds).optional(),
    concurrency: z.strictObject({ key: z.string().min(1), limit: z.number().int().min(1) }).optional(),
  });

export type PushCheck = { ok: true; queueName: string; jobId: string; events: PushedEvent[] } | { ok: false; status: number; message: string; queueName: string; jobId: string };

/** The checks the queue makes of the request itself, before it counts or stores anything. */
export function checkPushRequest(text: string | undefined, limits: QueueLimits): PushCheck {
  const request = PushBody.safeParse(parseJson(text));
  if (!request.success) {
    return { ok: false, status: 400, message: `Not an async events push: ${describeIssues(request.error)}`, queueName: '', jobId: '' };
  }
  const { queueName, jobId, payload } = request.data;
  const refuse = (status: number, message: string): PushCheck => ({ ok: false, status, message, queueName, jobId });
  if (!QUEUE_NAME_PATTERN.test(queueName) || queueName.length > QUEUE_NAME_MAX_LENGTH) {
    return refuse(400, `Queue name '${queueName}' is not 1–${QUEUE_NAME_MAX_LENGTH} letters, digits, - or _.`);
  }
  if (payload.length === 0) return refuse(400, 'No events pushed.');
  if (payload.length > limits.eventsPerPush) return refuse(400, `This push contains ${payload.length} events; at most ${limits.eventsPerPush} are allowed.`);
  const events = z.array(eventSchema(limits)).safeParse(payload);
  if (!events.success) return refuse(400, `Invalid event: ${describeIssues(events.error)}`);
  const bytes = Buffer.byteLength(JSON.stringify(events.data), 'utf8');
  if (bytes > limits.pushBytes) return refuse(413, `The push is ${bytes} bytes; the combined payload may be at most ${limits.pushBytes} bytes.`);
  return { ok: true, queueName, jobId, events: events.data };
}

export function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
