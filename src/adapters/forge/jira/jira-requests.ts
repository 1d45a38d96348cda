import api, { type Route } from '@forge/api';
import type { z } from 'zod';
import { AppError } from '../../../core/errors';
import { callJira, type JiraLog } from './jira-call';
import type { RetryPacing } from '../rate-limit-retry';

export interface JiraRequestsOptions {
  pacing: RetryPacing;
  log: JiraLog;
}

interface Send {
  what: string;
  method?: 'GET' | 'POST' | 'PUT';
  path: Route;
  body?: unknown;
  absentStatuses?: readonly number[];
  successStatuses?: readonly number[];
}

/** A Jira answer: its status, headers and (for JSON answers) body. */
export interface JiraAnswer {
  status: number;
  headers: { get(name: string): string | null };
  body: unknown;
}

/**
 * Jira REST as one principal (`asUser()`: the invoking user, or `asApp()`), JSON both ways, each
 * answer read through a zod schema of the parts the app uses.
 */
export class JiraRequests {
  constructor(
    private readonly principal: 'user' | 'app',
    private readonly options: JiraRequestsOptions,
  ) {}

  /** The answer, or null for an absent status. */
  async send(request: Send): Promise<JiraAnswer | null> {
    const product = this.principal === 'user' ? api.asUser() : api.asApp();
    const init = {
      method: request.method ?? 'GET',
      headers: { Accept: 'application/json', ...(request.body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    };
    const response = await callJira(request.what, () => product.requestJira(request.path, init), { ...this.options, ...request });
    if (response === null) return null;
    const text = await response.text();
    let body: unknown;
    try {
      body = text === '' ? undefined : (JSON.parse(text) as unknown);
    } catch {
      throw this.unexpected(request.what, 'a body that is not JSON');
    }
    return { status: response.status, headers: response.headers, body };
  }

  /** The answer's body read with `schema`; absent statuses answer null. */
  async read<T>(request: Send, schema: z.ZodType<T>): Promise<T | null> {
    const answer = await this.send(request);
    return answer === null ? null : this.parse(request.what, schema, answer.body);
  }

  /** The same, for a request with no absent statuses. */
  async expect<T>(request: Omit<Send, 'absentStatuses'>, schema: z.ZodType<T>): Promise<T> {
    const answer = await this.read(request, schema);
    if (answer === null) throw this.unexpected(request.what, 'no answer');
    return answer;
  }

  parse<T>(what: string, schema: z.ZodType<T>, body: unknown): T {
    const parsed = schema.safeParse(body);
    if (parsed.success) return parsed.data;
    const where = parsed.error.issues.slice(0, 3).map((issue) => issue.path.join('.') || '(the body)');
    throw this.unexpected(what, `an unexpected shape (at ${where.join(', ')})`);
  }

  unexpected(what: string, problem: string): AppError {
    this.options.log(`Jira answered ${what} with ${problem}`, { what });
    return new AppError('INTERNAL', `Jira answered ${what} with ${problem}.`, [], { reason: 'jira' });
  }
}
