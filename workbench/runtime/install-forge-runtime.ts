import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DEFAULT_APP_CONTEXT, createForgeRuntimeObject, type LocalAppContext } from './app-context';
import { createForgeFetch, type ForgeFetch } from './create-forge-fetch';
import { buildEntitySchemas, type EntityDefinition } from './kvs/entity-definitions';
import { KvsDatabase } from './kvs/kvs-database';
import { FORGE_KVS_LIMITS, type KvsLimits } from './kvs/kvs-limits';
import { createKvsService } from './kvs/kvs-service';
import { FORGE_KVS_QUOTA, KvsQuota, type KvsQuotaLimits } from './kvs/kvs-quota';
import { KvsStats } from './kvs/kvs-stats';
import type { ProductHandler, RecordedProductRequest } from './products/product-request';
import { ProductRouter } from './products/product-router';
import { readManifestEntities } from './read-manifest-entities';
import { InvocationScope } from './invocation-scope';

export interface InstallForgeRuntimeOptions {
  /** SQLite file for storage (its folder is created), or ':memory:' (the default). */
  databasePath?: string;
  /** Custom entity declarations, as in manifest.yml `app.storage.entities`. */
  entities?: readonly EntityDefinition[];
  /** Read the entity declarations from this manifest.yml instead (or as well). */
  manifestPath?: string;
  productHandlers?: readonly ProductHandler[];
  appContext?: Partial<LocalAppContext>;
  /** Tighter (or looser) limits than Forge's, e.g. to reach a limit with little data. */
  limits?: Partial<KvsLimits>;
  /** Epoch-ms clock for timestamps, TTL and quota windows; tests move it to expire records. */
  now?: () => number;
  /**
   * Off by default. `true` enforces Forge's per-installation storage quotas (1,000 requests/s,
   * 4,000 read and 4,000 write units/min, answering 429); an object overrides some of them.
   * Windows follow `now`, so a test moves that clock instead of waiting.
   */
  kvsQuota?: boolean | Partial<KvsQuotaLimits>;
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
  /** Clears the counters and the recorded product requests; stored data stays. */
  reset(): void;
  /** Deletes every stored record (keys, secrets, entities). */
  clearStorage(): void;
  /** Closes the database and puts back whatever globals were there before. */
  close(): void;
}

type ForgeGlobals = { __forge_fetch__?: unknown; __forge_runtime__?: unknown };

/**
 * Provides the two globals through which the real `@forge/kvs` and `@forge/api` reach the
 * platform, backed by a SQLite KVS emulator and local product stand-ins. Install it before
 * the code under test makes its first call; the SDKs read the globals on every request.
 */
export function installForgeRuntime(options: InstallForgeRuntimeOptions = {}): ForgeRuntimeHandle {
  const databasePath = options.databasePath ?? ':memory:';
  if (databasePath !== ':memory:') mkdirSync(dirname(databasePath), { recursive: true });
  const definitions = [
    ...(options.entities ?? []),
    ...(options.manifestPath === undefined ? [] : readManifestEntities(options.manifestPath)),
  ];
  const db = new KvsDatabase(databasePath);
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
  const fetch = createForgeFetch(kvs, products);
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
    bindHandler:
      <A extends unknown[], R>(handler: (...args: A) => R) =>
      (...args: A): R =>
        runInvocation(principalOf(args[1]), () => handler(...args)),
    reset() {
      stats.reset();
      products.clear();
    },
    clearStorage: () => db.clear(),
    close() {
      if (closed) return;
      closed = true;
      db.close();
      if (globals.__forge_fetch__ === fetch) {
        globals.__forge_fetch__ = previous.fetch;
        globals.__forge_runtime__ = previous.runtime;
      }
    },
  };
}

/** `backendRuntimePayload.principal.accountId`, the identity the platform hands a Forge function. */
function principalOf(payload: unknown): string | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const principal = (payload as { principal?: unknown }).principal;
  if (typeof principal !== 'object' || principal === null) return undefined;
  const accountId = (principal as { accountId?: unknown }).accountId;
  return typeof accountId === 'string' && accountId !== '' ? accountId : undefined;
}
