import type { AppFunctions } from '../functions/app-functions';
import type { InvocationScope, PushChain } from '../invocation-scope';
import { MINUTE_MS, SlidingWindow } from '../limits/sliding-window';
import type { StargateReply, StargateRequest, StargateService } from '../stargate/stargate-router';
import { checkPushRequest, JobRequest, parseJson } from './push-request';
import type { QueueBroker } from './queue-broker';
import { DEFAULT_TIMEOUT_SECONDS, type QueueLimits } from './queue-limits';
import type { PushedEvent } from './queue-records';

// The proxy fills these in; @forge/events sends the template as it is (out/queries.js).
const PATH_TAIL = '/{contextAri}/{environmentId}/{appId}/{appVersion}';
const PUBLISH_PATH = `/webhook/queue/publish${PATH_TAIL}`;
const STATS_PATH = `/webhook/queue/stats${PATH_TAIL}`;
const CANCEL_PATH = `/webhook/queue/cancel${PATH_TAIL}`;

export interface QueueServiceDeps {
  broker: QueueBroker;
  functions: AppFunctions;
  scope: InvocationScope;
  limits: QueueLimits;
  now: () => number;
  /** Told after each accepted push (the workbench delivers then). */
  onAccepted?: () => void;
}

/**
 * The async events queue as @forge/events reaches it: push (201, or 400/405/413/429 as the
 * platform answers a push it refuses), job stats and cancel. It checks again what the SDK
 * checks, since a push need not come from the SDK, and what only the platform knows: the
 * per-minute quota, the consumers the manifest declares, the cyclic-invocation cap.
 */
export class QueueService implements StargateService {
  private readonly perMinute: SlidingWindow;

  constructor(private readonly deps: QueueServiceDeps) {
    this.perMinute = new SlidingWindow(deps.limits.eventsPerMinute, MINUTE_MS, deps.now);
  }

  serves(path: string): boolean {
    return path.startsWith('/webhook/queue/');
  }

  handle(request: StargateRequest): StargateReply {
    if (request.method !== 'POST') return badRequest(`${request.method} is not served at ${request.path}.`, 404);
    if (request.path === PUBLISH_PATH) return this.push(request.text);
    if (request.path === STATS_PATH || request.path === CANCEL_PATH) return this.job(request.path === STATS_PATH, request.text);
    return badRequest(`The local queue does not serve ${request.path}.`, 404);
  }

  private push(text: string | undefined): StargateReply {
    const { broker, limits, now } = this.deps;
    const checked = checkPushRequest(text, limits);
    const events: PushedEvent[] = checked.ok ? checked.events : [];
    const record = (status: number, error?: string): StargateReply => {
      broker.pushes.push({ queueName: checked.queueName, jobId: checked.jobId, status, events, at: now(), ...(error === undefined ? {} : { error }) });
      if (status === 413) return { status, body: { errorMessage: error } };
      return status === 201 ? { status } : badRequest(error ?? '', status);
    };
    if (!checked.ok) return record(checked.status, checked.message);
    const consumers = broker.consumersOf(checked.queueName);
    if (consumers.length === 0) return record(400, `No consumer in the manifest listens to queue '${checked.queueName}'.`);
    const legacy = consumers.find((consumer) => consumer.functionKey === undefined);
    if (legacy !== undefined) return record(400, `Consumer '${legacy.key}' has the 1.x resolver shape; @forge/events 2+ needs \`function\`.`);
    const longRunning = consumers.some((consumer) => (this.deps.functions.timeoutSeconds(consumer.functionKey!) ?? 0) > DEFAULT_TIMEOUT_SECONDS);
    const oversized = longRunning ? events.findIndex((event) => Buffer.byteLength(JSON.stringify(event), 'utf8') > limits.longRunningEventBytes) : -1;
    if (oversized !== -1) {
      return record(413, `Event ${oversized} is over ${limits.longRunningEventBytes} bytes, the limit for a consumer that runs longer than 55 s.`);
    }
    const chain = this.chain();
    if (chain.pushes >= limits.pushesPerChain) return record(405, `More than ${limits.pushesPerChain} pushes descend from one invocation.`);
    if (!this.perMinute.trySpend(events.length)) {
      return record(429, `${this.perMinute.used() + events.length} events in a minute; at most ${limits.eventsPerMinute} may be pushed.`);
    }
    chain.pushes += 1;
    broker.enqueue(checked.queueName, checked.jobId, events, chain, now());
    const reply = record(201);
    this.deps.onAccepted?.();
    return reply;
  }

  private job(stats: boolean, text: string | undefined): StargateReply {
    const request = JobRequest.safeParse(parseJson(text));
    if (!request.success) return badRequest('Expected { queueName, jobId, time }.');
    const { queueName, jobId } = request.data;
    if (!this.deps.broker.hasJob(queueName, jobId)) return badRequest(`The job ${jobId} was not found for the queue ${queueName}.`, 404);
    if (stats) return { status: 200, body: this.deps.broker.stats(queueName, jobId) };
    this.deps.broker.cancel(queueName, jobId);
    return { status: 204 };
  }

  /** The invocation's chain, begun by its first push; a push outside any invocation begins its own. */
  private chain(): PushChain {
    const invocation = this.deps.scope.current();
    if (invocation === undefined) return { pushes: 0 };
    invocation.chain ??= { pushes: 0 };
    return invocation.chain;
  }
}

const badRequest = (message: string, status = 400): StargateReply => ({ status, body: { code: status, message } });
