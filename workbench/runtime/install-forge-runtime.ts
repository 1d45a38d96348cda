import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DEFAULT_APP_CONTEXT, contextAriOf, createForgeRuntimeObject, type LocalAppContext } from './app-context';
import { createForgeFetch, type ForgeFetch } from './create-forge-fetch';
import { buildEntitySchemas, type EntityDefinition } from './kvs/entity-definitions';
import { KvsDatabase } from './kvs/kvs-database';
import { FORGE_KVS_LIMITS, type KvsLimits } from './kvs/kvs-limits';
import { createKvsService } from './kvs/kvs-service';
import { FORGE_KVS_QUOTA, KvsQuota, type KvsQuotaLimits } from './kvs/kvs-quota';
import { KvsStats } from './kvs/kvs-stats';
import { FORGE_EXPIRED_PURGE_MS } from './kvs/ttl';
import type { ProductHandler, RecordedProductRequest } from './products/product-request';
import { ProductRouter } from './products/product-router';
import type { JiraStandIn } from './products/jira-stand-in';
import { readManifestEntities } from './read-manifest-entities';
import { InvocationScope } from './invocation-scope';
import { readManifestModules } from './manifest/read-manifest-modules';
import { NO_MODULES } from './manifest/manifest-modules';
import { createPlatformModules, type PlatformModules } from './platform-modules';
import type { QueueLimits } from './events/queue-limits';

export interface InstallForgeRuntimeOptions {
  /** SQLite file for storage (its folder is created), or ':memory:' (the default). */
  databasePath?: string;
  /** Custom entity declarations, as in manifest.yml `app.storage.entities`. */
  entities?: readonly EntityDefinition[];
  /**
   * Read the entity declarations from this manifest.yml instead (or as well), and the modules the
   * platform invokes on its own: `function`, `consumer`, `scheduledTrigger`, `webtrigger`.
   */
  manifestPath?: string;
  productHandlers?: readonly ProductHandler[];
  appContext?: Partial<LocalAppContext>;
  /** Tighter (or looser) limits than Forge's, e.g. to reach a limit with little data. */
  limits?: Partial<KvsLimits>;
  /** Epoch-ms clock for timestamps, TTL and quota windows; tests move it to expire records. */
  now?: () => number;
  /**
   * How long a record stays readable after its TTL ran out, until it is purged: Forge deletes
   * expired data up to 48 h later and reads may still return it, so the default is those 48 h
   * (FORGE_EXPIRED_PURGE_MS); 0 hides a record the moment it expires.
   */
  expiredPurgeMs?: number;
  /**
   * Off by default. `true` enforces Forge's per-installation storage quotas (1,000 requests/s,
   * 4,000 read and 4,000 write units/min, answering 429); an object overrides some of them.
   * Windows follow `now`, so a test moves that clock instead of waiting.
   */
  kvsQuota?: boolean | Partial<KvsQuotaLimits>;
  /** Tighter async events limits than Forge's (FORGE_QUEUE_LIMITS), e.g. to reach the cyclic-chain cap with little work. */
  queueLimits?: Partial<QueueLimits>;
  /**
   * Where webtrigger URLs point, e.g. `http://localhost:3000/webtrigger` for the workbench (read
   * each time a URL is given out). Default: the platform's hosts, which nothing local answers.
   */
  webtriggerBaseUrl?: string | (() => string);
}

export interface ForgeRuntimeHandle {
  /** Storage operations counted since install or the last reset(). */
  kvsStats: KvsStats;
  /** Every product REST request made since install or the last reset(), in order. */
  productRequests: RecordedProductRequest[];
  products: ProductRouter;
  /** The function installed as `global.__forge_fetch__`. */
  fetch: ForgeFetch;
  /** Runs `work` as one invocation by `accountId` (undefined: nobody), for `api.asUser()` and `aaid`. */
  runInvocation<T>(accountId: string | undefined, work: () => T): T;
  /**
   * Wraps a Forge function (`(event, backendRuntimePayload) => …`) so each call is an invocation by
   * the payload's `principal.accountId`, as the platform runs it.
   */
  bindHandler<A extends unknown[], R>(handler: (...args: A) => R): (...args: A) => R;
  /**
   * The app's exported handlers, by the names `modules.function[].handler` gives them:
   * `functions.attachModule('index', require('src/index'))`, or `functions.attach({ 'index.kpiFeed': fn })`.
   */
  functions: PlatformModules['functions'];
  /** Async events: what was pushed, and `drain()` to deliver it to the manifest's consumers. */
  queues: PlatformModules['queues'];
  /** The manifest's scheduled triggers, run on demand with `run(key)`. */
  scheduledTriggers: PlatformModules['scheduledTriggers'];
  /** The manifest's webtriggers: their URLs, and `handle(key, request)` to call one. */
  webtriggers: PlatformModules['webtriggers'];
  /** The manifest's `jira:workflowValidator` modules as the Jira stand-in runs them, with the runs recorded. */
  workflowValidators: PlatformModules['workflowValidators'];
  /** The manifest's product-event triggers: the Jira stand-in's issue events, delivered by `drain()`. */
  productTriggers: PlatformModules['productTriggers'];
  /** Clears the counters and the recorded requests, pushes, deliveries and runs; stored data and waiting events stay. */
  reset(): void;
  /** Deletes every stored record (keys, secrets, entities). */
  clearStorage(): void;
  /** Closes the database and puts back whatever globals were there before. */
  close(): void;
}

type ForgeGlobals = { __forge_fetch__?: unknown; __forge_runtime__?: unknown };

/**
 * Provides the two globals through which the real `@forge/kvs`, `@forge/api` and `@forge/events`
 * reach the platform, backed by a SQLite KVS emulator, local product stand-ins and local
 * platform services (queues, webtrigger URLs). Install it before the code under test makes its
 * first call; the SDKs read the globals on every request.
 */
export function installForgeRuntime(options: InstallForgeRuntimeOptions = {}): ForgeRuntimeHandle {
  const databasePath = options.databasePath ?? ':memory:';
  if (databasePath !== ':memory:') mkdirSync(dirname(databasePath), { recursive: true });
  const definitions = [
    ...(options.entities ?? []),
    ...(options.manifestPath === undefined ? [] : readManifestEntities(options.manifestPath)),
  ];
  // Read before the database opens, so a manifest that cannot deploy leaves nothing open.
  const modules = options.manifestPath === undefined ? NO_MODULES : readManifestModules(options.manifestPath);
  const db = new KvsDatabase(databasePath, options.expiredPurgeMs ?? FORGE_EXPIRED_PURGE_MS);
  const stats = new KvsStats();
  const now = options.now ?? Date.now;
  const quota =
    options.kvsQuota === undefined || options.kvsQuota === false
      ? undefined
      : new KvsQuota({ ...FORGE_KVS_QUOTA, ...(options.kvsQuota === true ? {} : options.kvsQuota) }, now);
  const kvs = createKvsService(
    {
      db,
      entities: buildEntitySchemas(definitions),
      limits: { ...FORGE_KVS_LIMITS, ...options.limits },
      now,
    },
    stats,
    quota,
  );
  const scope = new InvocationScope();
  const appContext = { ...DEFAULT_APP_CONTEXT, ...options.appContext };
  const invokingAccountId = () => {
    const invocation = scope.current();
    return invocation === undefined ? appContext.accountId : invocation.accountId;
  };
  const products = new ProductRouter(options.productHandlers, invokingAccountId);
  const platform = createPlatformModules({
    modules,
    scope,
    appContext,
    contextAri: contextAriOf(appContext),
    now,
    queueLimits: options.queueLimits,
    webtriggerBaseUrl: options.webtriggerBaseUrl,
  });
  // As installing the app on the site does: Jira runs its validators and sends its triggers events.
  for (const handler of options.productHandlers ?? []) if (isJiraStandIn(handler)) handler.connectApp(platform.jiraApp);
  const fetch = createForgeFetch(kvs, products, platform.stargate);
  const runInvocation = <T>(accountId: string | undefined, work: () => T): T => scope.run({ accountId }, work);

  const globals = globalThis as ForgeGlobals;
  const previous = { fetch: globals.__forge_fetch__, runtime: globals.__forge_runtime__ };
  globals.__forge_fetch__ = fetch;
  globals.__forge_runtime__ = createForgeRuntimeObject(appContext, invokingAccountId);

  let closed = false;
  return {
    kvsStats: stats,
    productRequests: products.requests,
    products,
    fetch,
    runInvocation,
    functions: platform.functions,
    queues: platform.queues,
    scheduledTriggers: platform.scheduledTriggers,
    webtriggers: platform.webtriggers,
    workflowValidators: platform.workflowValidators,
    productTriggers: platform.productTriggers,
    bindHandler:
      <A extends unknown[], R>(handler: (...args: A) => R) =>
      (...args: A): R =>
        runInvocation(principalOf(args[1]), () => handler(...args)),
    reset() {
      stats.reset();
      products.clear();
      platform.clearRecords();
    },
    clearStorage: () => db.clear(),
    close() {
      if (closed) return;
      closed = true;
      platform.close();
      db.close();
      if (globals.__forge_fetch__ === fetch) {
        globals.__forge_fetch__ = previous.fetch;
        globals.__forge_runtime__ = previous.runtime;
      }
    },
  };
}

const isJiraStandIn = (handler: ProductHandler): handler is ProductHandler & { connectApp: JiraStandIn['connectApp'] } =>
  handler.remote === 'jira' && typeof (handler as { connectApp?: unknown }).connectApp === 'function';

/** `backendRuntimePayload.principal.accountId`, the identity the platform hands a Forge function. */
function principalOf(payload: unknown): string | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const principal = (payload as { principal?: unknown }).principal;
  if (typeof principal !== 'object' || principal === null) return undefined;
  const accountId = (principal as { accountId?: unknown }).accountId;
  return typeof accountId === 'string' && accountId !== '' ? accountId : undefined;
}
