import type { AppFunctions } from '../functions/app-functions';
import type { WebtriggerDeclaration } from '../manifest/manifest-modules';
import { answerOf, incompatible, INVOCATION_PAYLOAD_LIMIT, lowerCased, type WebtriggerResponse } from './webtrigger-response';
import type { WebtriggerUrls } from './webtrigger-urls';

/** WebTriggerMethod in @forge/api out/webTrigger.d.ts. */
export const WEBTRIGGER_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'] as const;

/** The request object a webtrigger function receives (events-reference/web-trigger). */
export interface WebtriggerRequest {
  method: string;
  /** Names lower-cased, each with every value the caller sent. */
  headers: Record<string, string[]>;
  /** The raw body, never parsed. */
  body: string;
  /** The URL's path as the caller sent it: `/public/<id>/…` (v2) or `/x1/<id>/…` (v1). */
  path: string;
  /** What follows the trigger id, starting with `/`; '' when nothing does. */
  userPath: string;
  queryParameters: Record<string, string[]>;
}

export type WebtriggerRequestInit = Pick<WebtriggerRequest, 'method'> & Partial<Omit<WebtriggerRequest, 'method'>>;

export interface RecordedWebtriggerCall {
  moduleKey: string;
  request: WebtriggerRequest;
  response: WebtriggerResponse;
  /** What the function returned, if it returned. */
  returned?: unknown;
  /** Why the caller got 500 (or 413): the function threw, or its result was not usable. */
  error?: string;
  at: number;
}

/**
 * `runtime.webtriggers`: the manifest's `webtrigger` modules. `handle` invokes the function as
 * the platform does for a call to its URL — no user, the request in the platform's shape — and
 * turns what it returns into the HTTP answer by the platform's rules.
 */
export class LocalWebtriggers {
  readonly calls: RecordedWebtriggerCall[] = [];

  constructor(
    private readonly declared: readonly WebtriggerDeclaration[],
    private readonly urls: WebtriggerUrls,
    private readonly functions: AppFunctions,
    private readonly now: () => number,
  ) {}

  list(): readonly WebtriggerDeclaration[] {
    return this.declared;
  }

  /** The module's URL, as `forge webtrigger create` gives it (no quota: it is not the app asking). */
  urlFor(moduleKey: string, options: { forceCreate?: boolean } = {}): string {
    return this.urls.urlFor(moduleKey, options.forceCreate === true).url;
  }

  /** Every live URL: what `webTrigger.queryUrls()` would list. */
  liveUrls(): { moduleKey: string; url: string }[] {
    return this.urls.list();
  }

  /** For the HTTP server: a call to `/<public|x1>/<id><userPath>`; undefined when no live URL has the id. */
  async handleUrl(format: 'v1' | 'v2', id: string, request: Omit<WebtriggerRequestInit, 'path'>): Promise<WebtriggerResponse | undefined> {
    const target = this.urls.target(id, format);
    if (target === undefined) return undefined;
    const path = `${this.urls.platformPath(id, format)}${request.userPath ?? ''}`;
    return this.handle(target.moduleKey, { ...request, path });
  }

  async handle(moduleKey: string, init: WebtriggerRequestInit): Promise<WebtriggerResponse> {
    const trigger = this.declared.find((candidate) => candidate.key === moduleKey);
    if (trigger === undefined) throw new Error(`The manifest declares no webtrigger '${moduleKey}'.`);
    const request = this.requestOf(moduleKey, init);
    const finish = (response: WebtriggerResponse, extra: { returned?: unknown; error?: string } = {}) => {
      this.calls.push({ moduleKey, request, response, ...extra, at: this.now() });
      return response;
    };
    if (!(WEBTRIGGER_METHODS as readonly string[]).includes(request.method)) {
      return finish({ statusCode: 405, headers: {}, body: '' }, { error: `${request.method} is not a webtrigger method` });
    }
    const bytes = Buffer.byteLength(JSON.stringify(request), 'utf8');
    if (bytes > INVOCATION_PAYLOAD_LIMIT) {
      return finish({ statusCode: 413, headers: {}, body: '' }, { error: `the request is ${bytes} bytes; Forge invokes functions with at most ${INVOCATION_PAYLOAD_LIMIT}` });
    }
    let returned: unknown;
    try {
      returned = await this.functions.invoke(trigger.functionKey, request);
    } catch (error) {
      const why = `the function threw: ${error instanceof Error ? error.message : String(error)}`;
      return finish(incompatible(why), { error: why });
    }
    const answer = answerOf(trigger, returned);
    return answer.ok ? finish(answer.response, { returned }) : finish(incompatible(answer.why), { returned, error: answer.why });
  }

  private requestOf(moduleKey: string, init: WebtriggerRequestInit): WebtriggerRequest {
    const userPath = init.userPath ?? '';
    if (userPath !== '' && !userPath.startsWith('/')) throw new Error(`userPath '${userPath}' must be '' or start with '/'.`);
    const base = () => new URL(this.urls.urlFor(moduleKey).url).pathname.replace(/^.*(\/(?:public|x1)\/)/, '$1');
    return {
      method: init.method.toUpperCase(),
      headers: lowerCased(init.headers ?? {}),
      body: init.body ?? '',
      path: init.path ?? `${base()}${userPath}`,
      userPath,
      queryParameters: init.queryParameters ?? {},
    };
  }
}
