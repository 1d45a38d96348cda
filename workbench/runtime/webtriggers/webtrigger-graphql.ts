import { z } from 'zod';
import type { LocalAppContext } from '../app-context';
import { MINUTE_MS, SlidingWindow } from '../limits/sliding-window';
import type { StargateReply, StargateRequest, StargateService } from '../stargate/stargate-router';
import type { WebtriggerUrls } from './webtrigger-urls';

/**
 * limits-web-trigger: create 500/min per app, env and context, get 1,000/min, delete 500/min per
 * webtrigger id. `getUrl` is the create mutation whether or not it mints, so it counts as a
 * create: the stricter of the two readings.
 */
export const WEBTRIGGER_URL_LIMITS = { createPerMinute: 500, getPerMinute: 1000, deletePerMinute: 500 };

const GraphqlBody = z.object({ query: z.string(), variables: z.record(z.string(), z.unknown()).optional() });
const CreateVariables = z.object({
  input: z.object({
    appId: z.string(),
    envId: z.string(),
    triggerKey: z.string(),
    contextId: z.string(),
    secretKeyConfig: z.unknown().optional(),
  }),
  forceCreate: z.boolean().optional(),
});
const DeleteVariables = z.object({ id: z.string() });
const QueryVariables = z.object({ appId: z.string(), envId: z.string(), contextId: z.string() });

/**
 * The three stargate GraphQL operations @forge/api's `webTrigger` sends (out/webTrigger.js):
 * createWebTriggerUrl, deleteWebTriggerUrl and webTriggerUrlsByAppContext. Any other query to
 * /graphql is left to the product router, which answers it 404.
 */
export class WebtriggerGraphql implements StargateService {
  private readonly creates: SlidingWindow;
  private readonly gets: SlidingWindow;
  private readonly deletes = new Map<string, SlidingWindow>();

  constructor(
    private readonly urls: WebtriggerUrls,
    private readonly app: LocalAppContext,
    private readonly contextAri: string,
    private readonly now: () => number,
  ) {
    this.creates = new SlidingWindow(WEBTRIGGER_URL_LIMITS.createPerMinute, MINUTE_MS, now);
    this.gets = new SlidingWindow(WEBTRIGGER_URL_LIMITS.getPerMinute, MINUTE_MS, now);
  }

  serves(path: string): boolean {
    return path === '/graphql';
  }

  handle(request: StargateRequest): StargateReply | undefined {
    const body = GraphqlBody.safeParse(parseJson(request.text));
    if (request.method !== 'POST' || !body.success) return undefined;
    const { query, variables } = body.data;
    if (/\bcreateWebTriggerUrl\s*\(/.test(query)) return this.create(variables);
    if (/\bdeleteWebTriggerUrl\s*\(/.test(query)) return this.remove(variables);
    if (/\bwebTriggerUrlsByAppContext\s*\(/.test(query)) return this.query(variables);
    return undefined;
  }

  private create(variables: unknown): StargateReply {
    const parsed = CreateVariables.safeParse(variables);
    if (!parsed.success) return graphqlError('createWebTriggerUrl', 'Expected { input: { appId, envId, triggerKey, contextId }, forceCreate }.');
    const { input, forceCreate } = parsed.data;
    const wrong = this.wrongContext(input.appId, input.envId, input.contextId);
    if (wrong !== undefined) return graphqlError('createWebTriggerUrl', wrong);
    if (input.secretKeyConfig !== undefined) {
      return graphqlError('createWebTriggerUrl', 'secretKeyConfig is undocumented (UNVERIFIED); the local runtime does not emulate it.');
    }
    if (!this.urls.isDeclared(input.triggerKey)) return graphqlError('createWebTriggerUrl', `The app has no webtrigger module '${input.triggerKey}'.`);
    if (!this.creates.trySpend()) return { status: 429 };
    return { status: 200, body: { data: { createWebTriggerUrl: { url: this.urls.urlFor(input.triggerKey, forceCreate === true).url } } } };
  }

  private remove(variables: unknown): StargateReply {
    const parsed = DeleteVariables.safeParse(variables);
    if (!parsed.success) return graphqlError('deleteWebTriggerUrl', 'Expected { id }.');
    const { id } = parsed.data;
    let window = this.deletes.get(id);
    if (window === undefined) this.deletes.set(id, (window = new SlidingWindow(WEBTRIGGER_URL_LIMITS.deletePerMinute, MINUTE_MS, this.now)));
    if (!window.trySpend()) return { status: 429 };
    const success = this.urls.delete(id);
    return { status: 200, body: { data: { deleteWebTriggerUrl: { success, message: success ? null : `No webtrigger URL has id ${id}.` } } } };
  }

  private query(variables: unknown): StargateReply {
    const parsed = QueryVariables.safeParse(variables);
    if (!parsed.success) return graphqlError('webTriggerUrlsByAppContext', 'Expected { appId, envId, contextId }.');
    const wrong = this.wrongContext(parsed.data.appId, parsed.data.envId, parsed.data.contextId);
    if (wrong !== undefined) return graphqlError('webTriggerUrlsByAppContext', wrong);
    if (!this.gets.trySpend()) return { status: 429 };
    const urls = this.urls.list().map(({ moduleKey, url }) => ({ triggerKey: moduleKey, url }));
    return { status: 200, body: { data: { webTriggerUrlsByAppContext: urls } } };
  }

  /** The SDK fills these from `__forge_runtime__`; anything else is another app's or site's. */
  private wrongContext(appId: string, envId: string, contextId: string): string | undefined {
    if (appId !== this.app.appId) return `appId ${appId} is not this app (${this.app.appId}).`;
    if (envId !== this.app.environmentId) return `envId ${envId} is not this environment (${this.app.environmentId}).`;
    if (contextId !== this.contextAri) return `contextId ${contextId} is not this installation's context (${this.contextAri}).`;
    return undefined;
  }
}

const graphqlError = (field: string, message: string): StargateReply => ({ status: 200, body: { data: { [field]: null }, errors: [{ message }] } });

function parseJson(text: string | undefined): unknown {
  try {
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}
