import type { AppFunctions } from '../functions/app-functions';
import type { InvocationScope } from '../invocation-scope';
import type { ConsumerDeclaration } from '../manifest/manifest-modules';
import { QueueBroker } from './queue-broker';
import { QueueDelivery, type DrainOptions, type DrainReport } from './queue-delivery';
import type { QueueLimits } from './queue-limits';
import { eventRecordOf, type EventRecord, type PushedEvent, type RecordedDelivery, type RecordedPush } from './queue-records';
import { QueueService } from './queue-service';

/** `runtime.queues`: what was pushed, what was delivered, and the explicit delivery tests drive. */
export interface LocalQueues {
  /** Delivers everything due by the runtime's clock, in order, retries and the consumers' own pushes included. */
  drain(options?: DrainOptions): Promise<DrainReport>;
  /** The manifest's consumers, in manifest order. */
  consumers(): readonly ConsumerDeclaration[];
  /** Every push request answered, accepted or refused. */
  readonly pushes: readonly RecordedPush[];
  /** Every consumer invocation, retries and redeliveries included. */
  readonly deliveries: readonly RecordedDelivery[];
  /** The events of accepted pushes, in push order. */
  pushedEvents(): PushedEvent[];
  /** Each event's state per consumer: pending, success, failed (dropped after the retries), cancelled. */
  events(): EventRecord[];
  /** Events not delivered yet: delayed, or a retry not yet due. */
  waiting(): EventRecord[];
  /**
   * The workbench's mode: a drain soon after each accepted push, and when the next delayed event
   * or retry falls due. Off unless asked for, so tests deliver when they choose. Returns a stop.
   */
  deliverAutomatically(report: { onError(error: unknown): void; onDrained?(report: DrainReport): void }): () => void;
  /** Drain now, in the background, if delivering automatically (the clock was moved). */
  poke(): void;
}

export interface LocalQueuesDeps {
  consumers: readonly ConsumerDeclaration[];
  functions: AppFunctions;
  scope: InvocationScope;
  limits: QueueLimits;
  now: () => number;
}

/** setTimeout's ceiling (about 24.8 days); a longer wait would fire at once. */
const MAX_TIMER_MS = 2_147_483_647;

export function createLocalQueues(deps: LocalQueuesDeps): { service: QueueService; queues: LocalQueues; clearRecords(): void; stop(): void } {
  const broker = new QueueBroker(deps.consumers);
  const delivery = new QueueDelivery(broker, deps.functions, deps.limits, deps.now);
  let automatic: (() => void) | undefined;
  let stopAutomatic: (() => void) | undefined;
  const service = new QueueService({ broker, functions: deps.functions, scope: deps.scope, limits: deps.limits, now: deps.now, onAccepted: () => automatic?.() });
  const queues: LocalQueues = {
    drain: (options) => delivery.drain(options),
    consumers: () => deps.consumers,
    pushes: broker.pushes,
    deliveries: broker.deliveries,
    pushedEvents: () => broker.pushes.filter((push) => push.status === 201).flatMap((push) => push.events),
    events: () => broker.events.map(eventRecordOf),
    waiting: () => broker.events.filter((event) => event.status === 'pending').map(eventRecordOf),
    deliverAutomatically({ onError, onDrained }) {
      let timer: NodeJS.Timeout | undefined;
      let stopped = false;
      const schedule = () => {
        if (timer !== undefined) clearTimeout(timer);
        timer = undefined;
        const next = Math.min(...broker.events.filter((event) => event.status === 'pending').map((event) => event.dueAt));
        if (stopped || !Number.isFinite(next)) return;
        // Asynchronously, as the platform delivers: the push answers before its consumer runs.
        timer = setTimeout(run, Math.min(Math.max(0, next - deps.now()), MAX_TIMER_MS));
        timer.unref();
      };
      const run = () => {
        timer = undefined;
        delivery.drain().then(
          (report) => {
            onDrained?.(report);
            schedule();
          },
          (error: unknown) => {
            onError(error);
            schedule();
          },
        );
      };
      stopAutomatic?.();
      automatic = schedule;
      schedule();
      stopAutomatic = () => {
        stopped = true;
        automatic = undefined;
        if (timer !== undefined) clearTimeout(timer);
      };
      return stopAutomatic;
    },
    poke: () => automatic?.(),
  };
  return { service, queues, clearRecords: () => broker.clearRecords(), stop: () => stopAutomatic?.() };
}
