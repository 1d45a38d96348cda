import { request as httpRequest } from 'node:http';
import { webTrigger } from '@forge/api';
import { Queue, type AsyncEvent } from '@forge/events';
import { installForgeRuntime, INVOCATION_PAYLOAD_LIMIT, type ForgeRuntimeHandle, type WebtriggerRequest } from '../../workbench/runtime';
import { installWorkbenchClock, type WorkbenchClock } from '../../workbench/runtime/workbench-clock';
import { PLATFORM_MANIFEST } from '../runtime/forge-runtime-fixture';
import { startServerWith, type ServerFixture } from './workbench-server-fixture';

/** Sends a raw body, as a third-party webhook would (fetch would not send a body with some methods). */
function call(url: string, method: string, body: string | Buffer, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const sent = httpRequest(url, { method, headers: { 'content-length': String(Buffer.byteLength(body)), ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    sent.on('error', reject);
    sent.end(body);
  });
}

describe('the workbench serves the platform: webtrigger URLs, scheduled triggers on demand, the clock', () => {
  let runtime: ForgeRuntimeHandle;
  let fixture: ServerFixture;
  let clock: WorkbenchClock | undefined;
  let clockMoves = 0;
  const seen: WebtriggerRequest[] = [];
  let feedAnswer: unknown = { outputKey: 'accepted' };

  beforeAll(async () => {
    clock = installWorkbenchClock({ startAt: '2026-03-02T06:00:00Z' });
    runtime = installForgeRuntime({ manifestPath: PLATFORM_MANIFEST, now: clock.now, webtriggerBaseUrl: () => `${fixture.url}/webtrigger` });
    runtime.functions.attach({
      'index.kpiFeed': (request: WebtriggerRequest) => {
        seen.push(request);
        return feedAnswer;
      },
      'index.kpiRemindersTrigger': () => new Queue({ key: 'kpi-reminders' }).push({ body: { day: new Date().toISOString().slice(0, 10) } }),
      'index.kpiRemindersConsumer': (_event: AsyncEvent) => undefined,
    });
    fixture = await startServerWith({}, {}, {
      webtriggers: runtime.webtriggers,
      scheduledTriggers: runtime.scheduledTriggers,
      clock,
      onClockSet: () => (clockMoves += 1),
    });
  });
  afterAll(async () => {
    await fixture.stop();
    runtime.close();
    clock?.uninstall();
  });

  it('passes a POST to the webtrigger URL on to the function, end to end, and answers with its static output', async () => {
    const url = await webTrigger.getUrl('kpi-feed');
    expect(url).toMatch(new RegExp(`^${fixture.url}/webtrigger/public/[0-9a-f-]{36}$`));
    const raw = '{"kpi":"on-time delivery","value":0.97}\n';
    const answer = await call(`${url}/kpis/42?period=2026-03&period=2026-04`, 'POST', raw, { 'Content-Type': 'application/json', 'X-Signature': 'sha256=ab' });
    expect(answer).toMatchObject({ status: 202, body: '{"accepted":true}' });
    expect(answer.headers['content-type']).toBe('application/json');
    const id = url.split('/').pop();
    expect(seen.at(-1)).toEqual({
      method: 'POST',
      headers: expect.objectContaining({ 'content-type': ['application/json'], 'x-signature': ['sha256=ab'] }),
      body: raw,
      path: `/public/${id}/kpis/42`,
      userPath: '/kpis/42',
      queryParameters: { period: ['2026-03', '2026-04'] },
    });
  });

  it('answers 500 for a result the platform could not use, 404 for a URL that is not (or no longer) there', async () => {
    const url = await webTrigger.getUrl('kpi-feed');
    feedAnswer = { statusCode: 200, body: 'not for a static trigger' };
    expect((await call(url, 'POST', '{}')).status).toBe(500);
    feedAnswer = { outputKey: 'accepted' };
    expect((await call(`${fixture.url}/webtrigger/public/00000000-0000-0000-0000-000000000000`, 'POST', '{}')).status).toBe(404);
    // A v2 trigger's id under the v1 path is no URL the platform gave out.
    expect((await call(url.replace('/public/', '/x1/'), 'POST', '{}')).status).toBe(404);
    const rotated = await webTrigger.getUrl('kpi-feed', { forceCreate: true });
    await webTrigger.deleteUrl(url);
    expect((await call(url, 'POST', '{}')).status).toBe(404);
    expect((await call(rotated, 'POST', '{}')).status).toBe(202);
  });

  it('refuses a body over the 5 MB invocation payload with 413, without calling the function', async () => {
    const url = await webTrigger.getUrl('kpi-feed');
    const before = seen.length;
    expect((await call(url, 'POST', Buffer.alloc(INVOCATION_PAYLOAD_LIMIT + 1, 'x'))).status).toBe(413);
    expect(seen.length).toBe(before);
  });

  it('lists the scheduled triggers and runs one on demand (what it pushes is then delivered)', async () => {
    expect(await (await fetch(`${fixture.url}/__workbench/scheduled`)).json()).toEqual({ triggers: [{ key: 'kpi-reminders', interval: 'day' }] });
    const run = await fetch(`${fixture.url}/__workbench/scheduled/kpi-reminders`, { method: 'POST' });
    expect(run.status).toBe(200);
    expect(await run.json()).toMatchObject({ run: { moduleKey: 'kpi-reminders', outcome: 'success' } });
    await runtime.queues.drain();
    expect(runtime.queues.deliveries.at(-1)).toMatchObject({ outcome: 'success', body: { day: '2026-03-02' } });
    expect((await fetch(`${fixture.url}/__workbench/scheduled/weekly`, { method: 'POST' })).status).toBe(404);
  });

  it('shows and moves the clock, refusing what is not a date', async () => {
    const shown = (await (await fetch(`${fixture.url}/__workbench/clock`)).json()) as { now: string };
    expect(shown.now.slice(0, 10)).toBe('2026-03-02');
    const moved = await fetch(`${fixture.url}/__workbench/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ at: '2026-04-01T09:00:00Z' }) });
    expect(moved.status).toBe(200);
    expect(((await moved.json()) as { now: string }).now.slice(0, 16)).toBe('2026-04-01T09:00');
    expect(new Date().toISOString().slice(0, 10)).toBe('2026-04-01');
    expect(clockMoves).toBe(1);
    const refused = await fetch(`${fixture.url}/__workbench/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ at: 'soon' }) });
    expect(refused.status).toBe(400);
    expect(clockMoves).toBe(1);
  });
});
