import type { ProductResponse } from './product-request';
import type { JiraSite } from './jira-site';

/**
 * Who may call an operation, and what Jira answers everyone else, by the statuses the operation
 * documents: 403 where it documents one, else 401 ("or the caller doesn't have permissions").
 * - `anyone`: Jira answers anonymous callers too, showing only what they may browse;
 * - `jira-user`: signed in with Jira access; `admin`: *Administer Jira* as well;
 * - `app`: Forge app properties, only for the app's own calls (`asApp()`).
 */
export type JiraAccess =
  | { who: 'anyone' }
  | { who: 'jira-user'; refused: 401 | 403 }
  | { who: 'admin'; refused: 401 | 403; message?: string }
  | { who: 'app' };

/** One request as an answer module sees it, after access and the spec's rules were checked. */
export interface JiraCall {
  site: JiraSite;
  /** The invoking user for `asUser()`, the app's user for `asApp()`. */
  caller: string;
  asApp: boolean;
  /** Decoded path parameters. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** The JSON body, already valid against the operation's request schema. */
  body: unknown;
  /** The body as sent. */
  bodyText: string | undefined;
}

export interface JiraRoute {
  method: 'GET' | 'POST' | 'PUT';
  /** The spec's path template, e.g. `/rest/api/3/project/{projectIdOrKey}`. */
  path: string;
  access: JiraAccess;
  /** How the operation words a malformed request; default Jira's ErrorCollection (`jiraError`). */
  malformed?: (status: number, messages: readonly string[]) => ProductResponse;
  answer(call: JiraCall): ProductResponse | Promise<ProductResponse>;
}
