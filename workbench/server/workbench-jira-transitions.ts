import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { ProductHandler, ProductResponse } from '../runtime';
import type { WorkbenchTransitionOutcome } from '../common/workbench-jira-transitions';
import { readJson, sendJson } from './http-io';

const TRANSITIONS_PATH = /^\/__workbench\/jira\/issues\/([^/]+)\/transitions$/;
const TakeBody = z.object({ accountId: z.string().min(1), transitionId: z.string().min(1) });

/** The Jira stand-in as Jira's own UI reaches it, and what happens after an issue changed (its events delivered). */
export interface WorkbenchJiraRest {
  jira: ProductHandler;
  afterChange(): void;
}

const Transitions = z.object({ transitions: z.array(z.object({ id: z.string(), name: z.string(), to: z.object({ name: z.string() }) })) });
const messagesOf = (answer: ProductResponse): string[] => {
  const parsed = z.object({ errorMessages: z.array(z.string()).default([]), errors: z.record(z.string(), z.string()).default({}) }).safeParse(answer.body);
  return parsed.success ? [...parsed.data.errorMessages, ...Object.values(parsed.data.errors)] : [`Jira answered ${answer.status}.`];
};

/**
 * The issue page's workflow buttons: Jira's REST transitions as the workbench's current user,
 * as Jira's issue view calls them for whoever is signed in (not through the app). A POST that
 * Jira refuses answers its messages; one it takes sets the events on their way.
 */
export async function routeWorkbenchTransitions(rest: WorkbenchJiraRest, request: IncomingMessage, response: ServerResponse, url: URL): Promise<boolean> {
  const match = TRANSITIONS_PATH.exec(url.pathname);
  if (match === null) return false;
  const key = decodeURIComponent(match[1]!);
  const jiraPath = `/rest/api/3/issue/${encodeURIComponent(key)}/transitions`;
  const call = async (method: 'GET' | 'POST', accountId: string, body?: unknown) =>
    (await rest.jira.handle({
      remote: 'jira',
      provider: 'user',
      accountId,
      method,
      path: jiraPath,
      headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body,
      bodyText: body === undefined ? undefined : JSON.stringify(body),
    }))!;
  if (request.method === 'GET') {
    const answer = await call('GET', url.searchParams.get('accountId') ?? '');
    const parsed = Transitions.safeParse(answer.body);
    if (answer.status !== 200 || !parsed.success) sendJson(response, answer.status === 200 ? 502 : answer.status, { error: messagesOf(answer).join(' ') });
    else sendJson(response, 200, { transitions: parsed.data.transitions.map((transition) => ({ id: transition.id, name: transition.name, to: transition.to.name })) });
    return true;
  }
  if (request.method !== 'POST') return false;
  const body = TakeBody.safeParse(await readJson(request));
  if (!body.success) {
    sendJson(response, 400, { error: 'Expected { accountId, transitionId }.' });
    return true;
  }
  const answer = await call('POST', body.data.accountId, { transition: { id: body.data.transitionId } });
  if (answer.status === 204) {
    sendJson(response, 200, { outcome: 'done' } satisfies WorkbenchTransitionOutcome);
    rest.afterChange();
  } else if (answer.status === 400) sendJson(response, 200, { outcome: 'refused', messages: messagesOf(answer) } satisfies WorkbenchTransitionOutcome);
  else sendJson(response, answer.status, { error: messagesOf(answer).join(' ') });
  return true;
}
