import { z } from 'zod/mini';
import { WorkbenchPage } from '../../common/workbench-page';
import { WorkbenchIssueAnswer, WorkbenchIssuesAnswer, type WorkbenchIssueDetail } from '../../common/workbench-jira-issue';
import { WorkbenchTransitionOutcome, WorkbenchTransitionsAnswer, type WorkbenchTransition } from '../../common/workbench-jira-transitions';

/**
 * Typed calls to the workbench server (workbench/server/http-server.ts). Answers are parsed,
 * so a server that changed shape fails here with the field that moved, not later in the page.
 */
export { WorkbenchPage };

const WorkbenchUser = z.object({ accountId: z.string(), name: z.string(), canEdit: z.boolean() });
export type WorkbenchUser = z.infer<typeof WorkbenchUser>;

const PagesAnswer = z.object({ pages: z.array(WorkbenchPage), firstPageId: z.nullable(z.string()) });
export type PagesAnswer = z.infer<typeof PagesAnswer>;

const UsersAnswer = z.object({ users: z.array(WorkbenchUser), defaultAccountId: z.string() });
export type UsersAnswer = z.infer<typeof UsersAnswer>;

const PageAnswer = z.object({ page: WorkbenchPage });

const ClockAnswer = z.object({ now: z.string(), offsetMs: z.number() });
export type ClockAnswer = z.infer<typeof ClockAnswer>;

const ScheduledAnswer = z.object({ triggers: z.array(z.object({ key: z.string(), interval: z.string() })) });
const RunAnswer = z.object({ run: z.object({ moduleKey: z.string(), outcome: z.enum(['success', 'error']), error: z.optional(z.string()) }) });
export type TriggerRun = z.infer<typeof RunAnswer>['run'];

/** Who calls the resolver and from where: what Forge puts in the invocation's context. */
export type InvokeContext = MacroInvokeContext | PagelessInvokeContext;

/** A module outside any page (the global settings page): the server routes it by module key. */
export interface PagelessInvokeContext {
  accountId: string | undefined;
  locale: string;
  moduleKey: string;
  /** An issue panel's issue: the server looks it up as Jira would. */
  issueKey?: string;
}

export interface MacroInvokeContext {
  localId: string;
  pageId: string;
  spaceId: string;
  accountId: string | undefined;
  locale: string;
  moduleKey: string;
  config: WorkbenchPage['config'];
}

export interface InvokeRequest {
  functionKey: string;
  payload: unknown;
  context: InvokeContext;
}

export async function fetchPages(): Promise<PagesAnswer> {
  return PagesAnswer.parse(await requestJson('GET', '/api/pages'));
}

export async function fetchUsers(): Promise<UsersAnswer> {
  return UsersAnswer.parse(await requestJson('GET', '/api/users'));
}

export async function createPage(title: string): Promise<WorkbenchPage> {
  return PageAnswer.parse(await requestJson('POST', '/api/pages', { title })).page;
}

/** Saves a macro's config on its page, as Confluence does when a config view submits; only editors may. */
export async function saveMacroConfig(pageId: string, config: object, accountId: string): Promise<WorkbenchPage> {
  const url = `/api/pages/${encodeURIComponent(pageId)}/config`;
  return PageAnswer.parse(await requestJson('PUT', url, { config, accountId: accountId || undefined })).page;
}

/** Runs a resolver function; the answer is the app's, passed on to the iframe untouched. */
export function invokeFunction(request: InvokeRequest): Promise<unknown> {
  return requestJson('POST', '/api/invoke', request);
}

/** The workbench's clock; null when the server runs on the system clock (it answers 404 then). */
export async function fetchClock(): Promise<ClockAnswer | null> {
  const response = await fetch('/__workbench/clock');
  return response.status === 404 ? null : ClockAnswer.parse(await response.json());
}

export async function setClock(at: string): Promise<ClockAnswer> {
  return ClockAnswer.parse(await requestJson('POST', '/__workbench/clock', { at }));
}

/** The manifest's scheduled triggers (none until it declares some). */
export async function fetchScheduledTriggers(): Promise<string[]> {
  return ScheduledAnswer.parse(await requestJson('GET', '/__workbench/scheduled')).triggers.map((trigger) => trigger.key);
}

export async function runScheduledTrigger(key: string): Promise<TriggerRun> {
  return RunAnswer.parse(await requestJson('POST', `/__workbench/scheduled/${encodeURIComponent(key)}`)).run;
}

/** The Jira stand-in's projects and their issues (the workbench's Jira pages, not the app). */
export async function fetchJiraIssues(): Promise<WorkbenchIssuesAnswer> {
  return WorkbenchIssuesAnswer.parse(await requestJson('GET', '/__workbench/jira/issues'));
}

export async function fetchJiraIssue(key: string): Promise<WorkbenchIssueDetail> {
  return WorkbenchIssueAnswer.parse(await requestJson('GET', `/__workbench/jira/issues/${encodeURIComponent(key)}`)).issue;
}

/** The transitions Jira offers `accountId` on the issue (its REST API, as Jira's issue view asks it). */
export async function fetchJiraTransitions(key: string, accountId: string): Promise<WorkbenchTransition[]> {
  const url = `/__workbench/jira/issues/${encodeURIComponent(key)}/transitions?accountId=${encodeURIComponent(accountId)}`;
  return WorkbenchTransitionsAnswer.parse(await requestJson('GET', url)).transitions;
}

/** Takes the transition as `accountId`: done, or refused with Jira's messages. */
export async function takeJiraTransition(key: string, accountId: string, transitionId: string): Promise<WorkbenchTransitionOutcome> {
  return WorkbenchTransitionOutcome.parse(await requestJson('POST', `/__workbench/jira/issues/${encodeURIComponent(key)}/transitions`, { accountId, transitionId }));
}

async function requestJson(method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const raw = await response.text();
  const json = parseJson(raw);
  if (!response.ok) {
    const error = typeof json === 'object' && json !== null && 'error' in json ? json.error : undefined;
    const reason = error ? String(error) : raw || response.statusText;
    throw new Error(`${method} ${url} failed (${response.status}): ${reason}`);
  }
  return json;
}

function parseJson(raw: string): unknown {
  try {
    return raw === '' ? null : JSON.parse(raw);
  } catch {
    return null;
  }
}
