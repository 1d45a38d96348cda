import { callConfluence, retryAfterMs } from '../../src/adapters/forge/confluence-call';
import { AppError } from '../../src/core/errors';
import { fakePacing } from './fake-pacing';

const answer = (status: number, headers: Record<string, string> = {}) =>
  new Response(status === 204 ? null : JSON.stringify({ message: 'Confluence says: internal detail' }), { status, headers });

/** A sender that answers from a script, one response a call. */
function scripted(...responses: Response[]) {
  const calls = { count: 0 };
  const send = async () => responses[Math.min(calls.count++, responses.length - 1)]!;
  return { send, calls };
}

describe('callConfluence: one retry policy for every Confluence request', () => {
  const log = jest.fn();
  beforeEach(() => log.mockClear());

  it('retries a 429 after Retry-After seconds and returns the answer that follows', async () => {
    const pacing = fakePacing();
    const { send, calls } = scripted(answer(429, { 'Retry-After': '2' }), answer(429, { 'Retry-After': '1' }), answer(200));
    const response = await callConfluence('the test', send, { pacing, log });
    expect(response?.status).toBe(200);
    expect(calls.count).toBe(3);
    expect(pacing.sleeps).toEqual([2_000, 1_000]);
  });

  it('gives up with RATE_LIMITED (reason confluence) before waiting past the budget, keeping Confluence text out', async () => {
    const pacing = fakePacing(5_000);
    const { send, calls } = scripted(answer(429, { 'Retry-After': '2' }));
    const failure = await callConfluence('the test', send, { pacing, log }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ code: 'RATE_LIMITED', reason: 'confluence' });
    expect((failure as Error).message).not.toContain('Confluence says');
    // 2 s + 2 s fit in 5 s; a third wait would end at 6 s.
    expect(pacing.sleeps).toEqual([2_000, 2_000]);
    expect(calls.count).toBe(3);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('rate-limiting'), expect.objectContaining({ status: 429, attempts: 3 }));
  });

  it('does not sleep at all when the first Retry-After is already longer than the budget', async () => {
    const pacing = fakePacing(5_000);
    const { send } = scripted(answer(429, { 'Retry-After': '30' }));
    await expect(callConfluence('the test', send, { pacing, log })).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    expect(pacing.sleeps).toEqual([]);
  });

  it('stops after a few attempts even when Confluence says to retry at once', async () => {
    const { send, calls } = scripted(answer(429, { 'Retry-After': '0' }));
    await expect(callConfluence('the test', send, { pacing: fakePacing(), log })).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    expect(calls.count).toBe(6);
  });

  it('turns other failures into INTERNAL (reason confluence), logging the status but not the body', async () => {
    const { send, calls } = scripted(answer(500));
    const failure = await callConfluence('the test', send, { pacing: fakePacing(), log }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'INTERNAL', reason: 'confluence' });
    expect((failure as Error).message).toContain('HTTP 500');
    expect((failure as Error).message).not.toContain('Confluence says');
    expect(calls.count).toBe(1);
    expect(log).toHaveBeenCalledWith(expect.any(String), { what: 'the test', status: 500 });
    expect(JSON.stringify(log.mock.calls)).not.toContain('Confluence says');
  });

  it('answers null for the statuses the caller reads as "not there", without retrying', async () => {
    const { send, calls } = scripted(answer(404));
    expect(await callConfluence('the test', send, { pacing: fakePacing(), log, absentStatuses: [404] })).toBeNull();
    expect(calls.count).toBe(1);
    expect(log).not.toHaveBeenCalled();
  });

  it('reads Retry-After as seconds or an HTTP date, and waits a second when it is missing or unreadable', () => {
    const now = Date.parse('2026-12-01T10:00:00Z');
    expect(retryAfterMs('3', now)).toBe(3_000);
    expect(retryAfterMs('Tue, 01 Dec 2026 10:00:04 GMT', now)).toBe(4_000);
    expect(retryAfterMs('Tue, 01 Dec 2026 09:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs(null, now)).toBe(1_000);
    expect(retryAfterMs('soon', now)).toBe(1_000);
  });
});
