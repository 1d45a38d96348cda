import {
  InternalServerError,
  InvalidPushSettingsError,
  InvalidQueueNameError,
  InvocationLimitReachedError,
  PayloadTooBigError,
  Queue,
  RateLimitError,
  TooManyEventsError,
  type AsyncEvent,
} from '@forge/events';
import { installForgeRuntime, type ForgeRuntimeHandle } from '../../workbench/runtime';
import { failureOf, manualClock, PLATFORM_MANIFEST, PUBLISH_PATH, pushRequest, QUEUE_DESCRIPTOR } from './forge-runtime-fixture';

const reminders = () => new Queue({ key: 'kpi-reminders' });
const events = (count: number, from = 0) => Array.from({ length: count }, (_, n) => ({ body: { kpiId: `kpi-${from + n}` } }));
/** One event whose JSON (with the array around it) is exactly `bytes` long. */
const eventOfBytes = (bytes: number) => {
  const overhead = JSON.stringify([{ body: { pad: '' } }]).length;
  return { body: { pad: 'x'.repeat(bytes - overhead) } };
};

describe('async events: what a push may carry (limits-async-events), checked by the SDK and again by the local queue', () => {
  let runtime: ForgeRuntimeHandle;
  let clock: ReturnType<typeof manualClock>;
  beforeEach(() => {
    clock = manualClock();
    runtime = installForgeRuntime({ manifestPath: PLATFORM_MANIFEST, now: clock.now });
  });
  afterEach(() => runtime.close());

  const pushDirectly = async (queueName: string, payload: unknown[]) => {
    const response = await runtime.fetch(QUEUE_DESCRIPTOR, PUBLISH_PATH, pushRequest(queueName, payload));
    return { status: response.status, body: response.status === 201 ? undefined : ((await response.json()) as Record<string, unknown>) };
  };

  it('accepts 50 events in one push, and @forge/events itself refuses 51 before anything is sent', async () => {
    const { jobId } = await reminders().push(events(50));
    expect(runtime.queues.pushes).toEqual([expect.objectContaining({ queueName: 'kpi-reminders', jobId, status: 201 })]);
    expect(runtime.queues.pushedEvents()).toHaveLength(50);
    expect(await failureOf(() => reminders().push(events(51)))).toBeInstanceOf(TooManyEventsError);
    expect(runtime.queues.pushes).toHaveLength(1);
    // A client that skips the SDK's check meets the same limit here.
    expect(await pushDirectly('kpi-reminders', events(51))).toMatchObject({ status: 400 });
  });

  it('refuses 201 KB in the SDK, and what is over 200,000 bytes but under the SDK\'s 204,800 here, with PayloadTooBigError', async () => {
    expect(await failureOf(() => reminders().push(eventOfBytes(201 * 1024)))).toBeInstanceOf(PayloadTooBigError);
    expect(runtime.queues.pushes).toEqual([]);
    const error = await failureOf(() => reminders().push(eventOfBytes(200_001)));
    expect(error).toBeInstanceOf(PayloadTooBigError);
    expect(error.message).toContain('at most 200000 bytes');
    expect(runtime.queues.pushes.map((push) => push.status)).toEqual([413]);
    await reminders().push(eventOfBytes(200_000));
    expect(runtime.queues.pushes.map((push) => push.status)).toEqual([413, 201]);
  });

  it('takes 500 events a minute per installation; the 501st is a RateLimitError until the minute has passed', async () => {
    for (let n = 0; n < 10; n += 1) await reminders().push(events(50, n * 50));
    clock.advance(59_999);
    expect(await failureOf(() => reminders().push(events(1, 500)))).toBeInstanceOf(RateLimitError);
    expect(runtime.queues.pushes.at(-1)).toMatchObject({ status: 429 });
    expect(runtime.queues.pushedEvents()).toHaveLength(500);
    clock.advance(1);
    await reminders().push(events(1, 500));
    expect(runtime.queues.pushedEvents()).toHaveLength(501);
  });

  it('counts refused pushes for nothing: at 490, a push of 20 is refused whole, and 10 still fit', async () => {
    for (let n = 0; n < 9; n += 1) await reminders().push(events(50));
    await reminders().push(events(40));
    expect(await failureOf(() => reminders().push(events(20)))).toBeInstanceOf(RateLimitError);
    await reminders().push(events(10));
    expect(runtime.queues.pushedEvents()).toHaveLength(500);
  });

  it('refuses a delay over 900 s and a bad queue name in the SDK, and both again here', async () => {
    expect(await failureOf(() => reminders().push({ body: {}, delayInSeconds: 901 }))).toBeInstanceOf(InvalidPushSettingsError);
    expect(() => new Queue({ key: 'kpi reminders' })).toThrow(InvalidQueueNameError);
    expect(await pushDirectly('kpi-reminders', [{ body: {}, delayInSeconds: 901 }])).toMatchObject({ status: 400 });
    expect(await pushDirectly('kpi reminders', [{ body: {} }])).toMatchObject({ status: 400 });
    expect(await pushDirectly('q'.repeat(37), [{ body: {} }])).toMatchObject({ status: 400 });
    expect(runtime.queues.pushedEvents()).toEqual([]);
  });

  it('refuses settings it does not know, which production would silently ignore, and a body that is not an object', async () => {
    const misspelt = await pushDirectly('kpi-reminders', [{ body: {}, delay: 60 }]);
    expect(misspelt.status).toBe(400);
    expect(String(misspelt.body?.message)).toContain('delay');
    expect(await pushDirectly('kpi-reminders', [{ body: [1, 2] }])).toMatchObject({ status: 400 });
  });

  it('refuses a push to a queue no consumer in the manifest listens to', async () => {
    const error = await failureOf(() => new Queue({ key: 'nobody-listens' }).push({ body: {} }));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.message).toContain("No consumer in the manifest listens to queue 'nobody-listens'");
  });

  it('holds each event to 100 KB when the consumer runs longer than 55 s (timeoutSeconds)', async () => {
    const long = new Queue({ key: 'long-rollups' });
    expect(await failureOf(() => long.push(eventOfBytes(100_010)))).toBeInstanceOf(PayloadTooBigError);
    await long.push(eventOfBytes(99_000));
    await reminders().push(eventOfBytes(150_000));
  });

  it('stops a chain of consumers pushing from one invocation after the cyclic limit (405, InvocationLimitReachedError)', async () => {
    runtime.close();
    runtime = installForgeRuntime({ manifestPath: PLATFORM_MANIFEST, now: clock.now, queueLimits: { pushesPerChain: 3 } });
    const seen: unknown[] = [];
    runtime.functions.attach({
      'index.kpiRemindersConsumer': async (event: AsyncEvent) => {
        try {
          await reminders().push({ body: { depth: (event.body.depth as number) + 1 } });
        } catch (error) {
          seen.push(error);
        }
      },
    });
    await runtime.runInvocation('starter', () => reminders().push({ body: { depth: 1 } }));
    await runtime.queues.drain();
    expect(runtime.queues.pushes.map((push) => push.status)).toEqual([201, 201, 201, 405]);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeInstanceOf(InvocationLimitReachedError);
    // Another initial invocation starts a chain of its own.
    await runtime.runInvocation('starter', () => reminders().push({ body: { depth: 100 } }));
    expect(runtime.queues.pushes.at(-1)).toMatchObject({ status: 201 });
  });
});
