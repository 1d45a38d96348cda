/** The Atlassian products whose REST calls `@forge/api` routes through `__forge_fetch__`. */
export type ProductRemote = 'confluence' | 'jira';

/** A product REST call as a stand-in sees it. */
export interface ProductRequest {
  remote: string;
  /** 'app' for api.asApp(), 'user' for api.asUser(), 'none' for the bare api.requestX(). */
  provider: string;
  /** For asUser calls: the account given to api.asUser(accountId), else the invoking user; absent for asApp calls. */
  accountId: string | undefined;
  method: string;
  /** Path with query string, exactly as the app built it with `route`. */
  path: string;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  /** The body parsed as JSON, or its text when it is not JSON; undefined when there is none. */
  body: unknown;
  /** The body as sent: a JSON string literal and text that is not JSON parse to the same `body`. */
  bodyText: string | undefined;
}

/** What a stand-in answers; `body` is sent as JSON unless it is already a string. */
export interface ProductResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * A local stand-in for one product's REST API. `handle` returns undefined for requests it
 * does not serve, so several stand-ins can share a product.
 */
export interface ProductHandler {
  remote: ProductRemote;
  handle(request: ProductRequest): ProductResponse | undefined | Promise<ProductResponse | undefined>;
}

/** Every product request made, with what it was answered, for tests to check against the specs. */
export interface RecordedProductRequest extends ProductRequest {
  /** True when the app called as the user (api.asUser()). */
  asUser: boolean;
  status: number;
  responseBody: unknown;
}
