import { InvocationError, InvocationErrorCode, Queue, type AsyncEvent } from '@forge/events';
import { kvs } from '@forge/kvs';
import { setTimeout as sleep } from 'node:timers/promises';
import { installForgeRuntime, THROWN_RETRY_REASON, type ForgeRuntimeHandle } from '../../workbench/runtime';
import { manualClock, PLATFORM_MANIFEST } from './forge-runtime-fixture';

const CONSUMER = 'index.kpiRemindersConsumer';
const reminders = () => new Queue({ key: 'kpi-reminders' });

describe('async events: delivery to the consumer the manifest declares, on drain()', () => {
  let runtime: ForgeRuntimeHandle;
  let clock: ReturnType<typeof manualClock>;
  let received: { event: AsyncEvent; context: unknown; aaid: unknown }[];
  const consume = (work: (event: AsyncEvent) => unknown = () => undefined) =>
    runtime.functions.attach({
      [CONSUMER]: (event: AsyncEvent, context: unknown) => {
        received.push({ event: structuredClone(event), context, aaid: (globalThis as { __forge_runtime__?: { aaid?: unknown } }).__forge_runtime__?.aaid });
        return work(event);
      },
    });
  beforeEach(() => {
    clock = manualClock();
    received = [];
    runtime = installForgeRuntime({ manifestPath: PLATFORM_MANIFEST, now: clock.now, appContext: { accountId: 'someone-outside' } });
  });
  afterEach(() => runtime.close());

  it('delivers nothing until drained, then each event with its body intact, as nobody', async () => {
    consume();
    const body = { kpiId: 'kpi-1', period: '2026-03', owners: ['a', 'b'], nested: { due: '2026-04-01', n: 1.5 } };
    const { jobId } = await reminders().push([{ body }, { body: { kpiId: 'kpi-2' } }]);
    expect(received).toEqual([]);
    expect(await runtime.queues.drain()).toEqual({ delivered: 2, succeeded: 2, retried: 0, failed: 0, waiting: 0 });
    expect(received.map(({ event }) => event)).toEqual([
      { body, queueName: 'kpi-reminders', jobId, eventId: '0' },
      { body: { kpiId: 'kpi-2' }, queueName: 'kpi-reminders', jobId, eventId: '1' },
    ]);
    expect(received[0]!.context).toEqual({ installContext: 'ari:cloud:confluence::site/local-cloud' });
    expect(received.map(({ aaid }) => aaid)).toEqual([undefined, undefined]);
    expect(runtime.queues.events().map((event) => [event.eventId, event.status, event.attempts])).toEqual([
      ['0', 'success', 1],
      ['1', 'success', 1],
    ]);
    expect(await reminders().getStats(jobId)).toEqual({ success: 2, inProgress: 0, failed: 0 });
  });

  it('retries a consumer that throws, with retryContext.retryCount counting up, until it succeeds', async () => {
    consume((event) => {
      if ((event.retryContext?.retryCount ?? 0) < 2) throw new Error('Confluence was busy');
    });
    await reminders().push({ body: { kpiId: 'kpi-1' } });
    expect(await runtime.queues.drain()).toMatchObject({ delivered: 3, succeeded: 1, retried: 2 });
    expect(received.map(({ event }) => event.retryContext?.retryCount)).toEqual([undefined, 1, 2]);
    expect(received[1]!.event.retryContext).toMatchObject({
      retryReason: THROWN_RETRY_REASON,
      retentionWindow: { startTime: new Date(clock.now()).toISOString(), remainingTimeMs: 24 * 3600_000 },
    });
    expect(runtime.queues.deliveries.map((delivery) => [delivery.retryCount, delivery.outcome, delivery.error])).toEqual([
      [0, 'retry', 'Confluence was busy'],
      [1, 'retry', 'Confluence was busy'],
      [2, 'success', undefined],
    ]);
  });

  it('drops an event after four retries and records it as failed', async () => {
    consume(() => {
      throw new Error('always');
    });
    const { jobId } = await reminders().push({ body: { kpiId: 'kpi-1' } });
    await runtime.queues.drain();
    expect(received.map(({ event }) => event.retryContext?.retryCount ?? 0)).toEqual([0, 1, 2, 3, 4]);
    expect(runtime.queues.deliveries.at(-1)).toMatchObject({ outcome: 'failed', retryCount: 4 });
    expect(runtime.queues.events()).toEqual([expect.objectContaining({ status: 'failed', attempts: 5 })]);
    expect(await reminders().getStats(jobId)).toEqual({ success: 0, inProgress: 0, failed: 1 });
  });

  it('retries on an InvocationError after its retryAfter by the runtime clock, passing retryData and the reason', async () => {
    consume((event) =>
      event.retryContext === undefined
        ? new InvocationError({ retryAfter: 30, retryReason: InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED, retryData: { cursor: 'page-2' } })
        : undefined,
    );
    const { jobId } = await reminders().push({ body: { kpiId: 'kpi-1' } });
    expect(await runtime.queues.drain()).toMatchObject({ delivered: 1, retried: 1, waiting: 1 });
    expect(await reminders().getStats(jobId)).toEqual({ success: 0, inProgress: 1, failed: 0 });
    clock.advance(29_999);
    expect(await runtime.queues.drain()).toMatchObject({ delivered: 0 });
    clock.advance(1);
    expect(await runtime.queues.drain()).toMatchObject({ delivered: 1, succeeded: 1 });
    expect(received[1]!.event.retryContext).toMatchObject({ retryCount: 1, retryReason: 'FUNCTION_UPSTREAM_RATE_LIMITED', retryData: { cursor: 'page-2' } });
  });

  it('refuses a retry whose retryData is over 4 KB: the event fails', async () => {
    consume(() => new InvocationError({ retryAfter: 1, retryReason: InvocationErrorCode.FUNCTION_RETRY_REQUEST, retryData: { big: 'x'.repeat(4_000) } }));
    await reminders().push({ body: {} });
    await runtime.queues.drain();
    expect(runtime.queues.deliveries).toEqual([expect.objectContaining({ outcome: 'failed', error: expect.stringContaining('retryData') })]);
  });

  it('delivers a delayed event only once the clock reaches its delay, after the events due before it', async () => {
    consume();
    await reminders().push([{ body: { n: 1 }, delayInSeconds: 60 }, { body: { n: 2 } }]);
    await reminders().push({ body: { n: 3 } });
    expect(await runtime.queues.drain()).toMatchObject({ delivered: 2, waiting: 1 });
    expect(runtime.queues.waiting()).toEqual([expect.objectContaining({ body: { n: 1 }, dueAt: clock.now() + 60_000 })]);
    clock.advance(60_000);
    await runtime.queues.drain();
    expect(received.map(({ event }) => [event.body.n, event.delayInSeconds])).toEqual([[2, undefined], [3, undefined], [1, 60]]);
  });

  it('redelivers processed events on purpose, so a consumer that is not idempotent shows it', async () => {
    let sent = 0;
    consume(() => {
      sent += 1;
    });
    await reminders().push([{ body: { n: 1 } }, { body: { n: 2 } }]);
    await runtime.queues.drain({ redeliver: 'all' });
    expect(sent).toBe(4);
    expect(received.map(({ event }) => [event.eventId, event.body.n])).toEqual([['0', 1], ['1', 2], ['0', 1], ['1', 2]]);
    expect(runtime.queues.deliveries.map((delivery) => delivery.redelivery)).toEqual([false, false, true, true]);
  });

  it('lets an idempotent consumer prove it: a claim per job and event, made with FAIL_IF_EXISTS', async () => {
    let sent = 0;
    consume(async (event) => {
      try {
        await kvs.set(`reminder-sent:${event.jobId}:${event.eventId}`, true, { keyPolicy: 'FAIL_IF_EXISTS' });
      } catch {
        return;
      }
      sent += 1;
    });
    const { jobId } = await reminders().push([{ body: { n: 1 } }, { body: { n: 2 } }, { body: { n: 3 } }]);
    await runtime.queues.drain({ redeliver: (event) => event.body.n !== 2 });
    expect(runtime.queues.deliveries.filter((delivery) => delivery.redelivery).map((delivery) => delivery.body.n)).toEqual([1, 3]);
    expect(sent).toBe(3);
    expect(await reminders().getStats(jobId)).toEqual({ success: 3, inProgress: 0, failed: 0 });
  });

  it('delivers what consumers push in the same drain, and nothing of a cancelled job', async () => {
    consume(async (event) => {
      if (event.body.fanOut === true) await reminders().push([{ body: { child: 1 } }, { body: { child: 2 } }]);
    });
    await reminders().push({ body: { fanOut: true } });
    const later = await reminders().push({ body: { n: 9 }, delayInSeconds: 10 });
    await reminders().getJob(later.jobId).cancel();
    clock.advance(10_000);
    await runtime.queues.drain();
    expect(received.map(({ event }) => event.body)).toEqual([{ fanOut: true }, { child: 1 }, { child: 2 }]);
    expect(runtime.queues.events().find((event) => event.jobId === later.jobId)?.status).toBe('cancelled');
  });

  it('gives each retry a fresh copy of the body, whatever the consumer did to the last one', async () => {
    consume((event) => {
      const before = JSON.stringify(event.body);
      (event.body as { kpiId: string }).kpiId = 'changed';
      if (event.retryContext === undefined) throw new Error(`saw ${before}`);
    });
    await reminders().push({ body: { kpiId: 'kpi-1' } });
    await runtime.queues.drain();
    expect(received.map(({ event }) => event.body.kpiId)).toEqual(['kpi-1', 'kpi-1']);
  });

  it('delivers by itself when asked to (the workbench), after the push has answered, and delayed events once poked past their time', async () => {
    consume();
    const drained: number[] = [];
    const stop = runtime.queues.deliverAutomatically({ onError: (error) => drained.push(-1, String(error).length), onDrained: (report) => drained.push(report.delivered) });
    try {
      await reminders().push([{ body: { n: 1 } }, { body: { n: 2 }, delayInSeconds: 60 }]);
      expect(received).toEqual([]);
      await sleep(50);
      expect(received.map(({ event }) => event.body.n)).toEqual([1]);
      clock.advance(60_000);
      runtime.queues.poke();
      await sleep(50);
      expect(received.map(({ event }) => event.body.n)).toEqual([1, 2]);
      expect(drained).toEqual([1, 1]);
    } finally {
      stop();
    }
    await reminders().push({ body: { n: 3 } });
    await sleep(50);
    expect(received).toHaveLength(2);
  });

  it('fails the deliveries, as an app error, when the consumer\'s handler is not exported', async () => {
    await reminders().push({ body: {} });
    await runtime.queues.drain();
    expect(runtime.queues.deliveries).toHaveLength(5);
    expect(runtime.queues.deliveries[0]!.error).toContain("names handler 'index.kpiRemindersConsumer', but no such export is attached");
    expect(() => runtime.functions.attach({ 'index.kpiRemindersConsumr': () => undefined })).toThrow("No function in the manifest names handler 'index.kpiRemindersConsumr'");
  });
});
