import { Queue, type AsyncEvent } from '@forge/events';
import { installForgeRuntime, type ForgeRuntimeHandle } from '../../workbench/runtime';
import { manualClock, PLATFORM_MANIFEST } from './forge-runtime-fixture';

describe('scheduled triggers, run on demand as the platform runs them', () => {
  let runtime: ForgeRuntimeHandle;
  const clock = manualClock(Date.UTC(2026, 2, 2, 6, 0));
  beforeEach(() => {
    runtime = installForgeRuntime({ manifestPath: PLATFORM_MANIFEST, now: clock.now, appContext: { accountId: 'someone-outside', cloudId: 'cloud-7' } });
  });
  afterEach(() => runtime.close());

  it('lists the manifest\'s triggers and invokes the function with { context: { cloudId, moduleKey }, contextToken }, as nobody', async () => {
    const calls: unknown[][] = [];
    runtime.functions.attach({
      'index.kpiRemindersTrigger': (event: unknown, context: unknown) => {
        calls.push([event, context, (globalThis as { __forge_runtime__?: { aaid?: unknown } }).__forge_runtime__?.aaid]);
        return { statusCode: 204 };
      },
    });
    expect(runtime.scheduledTriggers.list()).toEqual([{ key: 'kpi-reminders', functionKey: 'kpi-reminders-trigger', interval: 'day' }]);
    const run = await runtime.scheduledTriggers.run('kpi-reminders');
    expect(calls).toEqual([
      [
        { context: { cloudId: 'cloud-7', moduleKey: 'kpi-reminders' }, contextToken: expect.stringMatching(/\S+/) },
        { installContext: 'ari:cloud:confluence::site/cloud-7' },
        undefined,
      ],
    ]);
    expect(run).toEqual({ moduleKey: 'kpi-reminders', functionKey: 'kpi-reminders-trigger', at: clock.now(), outcome: 'success', returned: { statusCode: 204 } });
  });

  it('records a thrown error and does not retry it; the next run is a fresh invocation', async () => {
    let runs = 0;
    runtime.functions.attach({
      'index.kpiRemindersTrigger': () => {
        runs += 1;
        if (runs === 1) throw new Error('storage quota');
      },
    });
    expect(await runtime.scheduledTriggers.run('kpi-reminders')).toMatchObject({ outcome: 'error', error: 'storage quota' });
    expect(runs).toBe(1);
    expect(await runtime.scheduledTriggers.run('kpi-reminders')).toMatchObject({ outcome: 'success' });
    expect(runtime.scheduledTriggers.runs.map((run) => run.outcome)).toEqual(['error', 'success']);
  });

  it('lets a trigger fan out to a queue, whose consumer a drain then reaches', async () => {
    const bodies: unknown[] = [];
    runtime.functions.attach({
      'index.kpiRemindersTrigger': () => new Queue({ key: 'kpi-reminders' }).push([{ body: { cards: ['c1', 'c2'] } }, { body: { cards: ['c3'] } }]),
      'index.kpiRemindersConsumer': (event: AsyncEvent) => {
        bodies.push(event.body);
      },
    });
    await runtime.scheduledTriggers.run('kpi-reminders');
    await runtime.queues.drain();
    expect(bodies).toEqual([{ cards: ['c1', 'c2'] }, { cards: ['c3'] }]);
  });

  it('throws for a key the manifest does not declare, and reports a handler that is not exported', async () => {
    await expect(runtime.scheduledTriggers.run('weekly-digest')).rejects.toThrow("The manifest declares no scheduledTrigger 'weekly-digest' (declared: kpi-reminders)");
    expect(await runtime.scheduledTriggers.run('kpi-reminders')).toMatchObject({ outcome: 'error', error: expect.stringContaining('index.kpiRemindersTrigger') });
  });

  it('has no triggers when the manifest declares none', () => {
    const bare = installForgeRuntime();
    try {
      expect(bare.scheduledTriggers.list()).toEqual([]);
      expect(bare.webtriggers.list()).toEqual([]);
    } finally {
      bare.close();
    }
  });
});
