import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { INVOCATION_PAYLOAD_LIMIT, type LocalWebtriggers, type ScheduledTriggers } from '../runtime';
import { InvalidClockTime, type WorkbenchClock } from '../runtime/workbench-clock';
import { readBody, readJson, sendJson } from './http-io';

/** What the workbench serves for the platform: webtrigger URLs, scheduled triggers on demand, the clock. */
export interface PlatformRoutes {
  webtriggers: LocalWebtriggers;
  scheduledTriggers: ScheduledTriggers;
  /** Absent when the process's clock is not the workbench's to set. */
  clock?: WorkbenchClock;
  /** Told after the clock moved, so what fell due (delayed events, retries) is delivered. */
  onClockSet?: () => void;
}

/** The prefix the runtime's webtrigger URLs get in the workbench (`webtriggerBaseUrl`). */
export const WEBTRIGGER_PREFIX = '/webtrigger';

const WEBTRIGGER_PATH = /^\/webtrigger\/(public|x1)\/([^/?#]+)(\/.*)?$/;
const SCHEDULED_PATH = /^\/__workbench\/scheduled\/([^/]+)$/;
const ClockBody = z.object({ at: z.string() });

/** Answers the request if it is one of these; false leaves it to the workbench's other routes. */
export async function routePlatform(routes: PlatformRoutes, request: IncomingMessage, response: ServerResponse, url: URL): Promise<boolean> {
  const method = request.method ?? 'GET';
  const path = url.pathname;
  const webtrigger = WEBTRIGGER_PATH.exec(path);
  if (webtrigger) {
    await callWebtrigger(routes.webtriggers, request, response, url, webtrigger);
    return true;
  }
  if (method === 'GET' && path === '/__workbench/scheduled') {
    sendJson(response, 200, { triggers: routes.scheduledTriggers.list().map(({ key, interval }) => ({ key, interval })) });
    return true;
  }
  const scheduled = SCHEDULED_PATH.exec(path);
  if (method === 'POST' && scheduled) {
    const key = decodeURIComponent(scheduled[1]!);
    if (!routes.scheduledTriggers.has(key)) sendJson(response, 404, { error: `The manifest declares no scheduledTrigger '${key}'.` });
    else sendJson(response, 200, { run: await routes.scheduledTriggers.run(key) });
    return true;
  }
  if (path === '/__workbench/clock' && (method === 'GET' || method === 'POST')) {
    await answerClock(routes, method === 'POST' ? request : undefined, response);
    return true;
  }
  return false;
}

/** GET: the workbench's now; POST { at }: moves it there (it keeps running from there). */
async function answerClock(routes: PlatformRoutes, setRequest: IncomingMessage | undefined, response: ServerResponse): Promise<void> {
  const clock = routes.clock;
  if (clock === undefined) return sendJson(response, 404, { error: 'This workbench runs on the system clock.' });
  if (setRequest !== undefined) {
    const body = ClockBody.safeParse(await readJson(setRequest));
    if (!body.success) return sendJson(response, 400, { error: 'Expected { at: "2026-03-01T09:00" }.' });
    try {
      clock.set(body.data.at);
    } catch (error) {
      if (error instanceof InvalidClockTime) return sendJson(response, 400, { error: error.message });
      throw error;
    }
    routes.onClockSet?.();
  }
  sendJson(response, 200, { now: new Date(clock.now()).toISOString(), offsetMs: clock.offsetMs() });
}

/**
 * A call to a webtrigger URL, as the platform passes it on: the raw body (up to the 5 MB an
 * invocation may carry), header names lower-cased with all their values, the query parsed, and
 * the function's answer sent back as it is.
 */
async function callWebtrigger(webtriggers: LocalWebtriggers, request: IncomingMessage, response: ServerResponse, url: URL, match: RegExpExecArray): Promise<void> {
  const body = (await readBody(request, INVOCATION_PAYLOAD_LIMIT)).toString('utf8');
  const queryParameters: Record<string, string[]> = {};
  for (const [name, value] of url.searchParams) (queryParameters[name] ??= []).push(value);
  const answer = await webtriggers.handleUrl(match[1] === 'public' ? 'v2' : 'v1', match[2]!, {
    method: request.method ?? 'GET',
    headers: request.headersDistinct as Record<string, string[]>,
    body,
    userPath: match[3] ?? '',
    queryParameters,
  });
  if (answer === undefined) return sendJson(response, 404, { error: 'No webtrigger has this URL (it may have been deleted).' });
  response.writeHead(answer.statusCode, answer.headers);
  response.end(answer.body);
}
