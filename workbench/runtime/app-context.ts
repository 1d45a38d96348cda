import { randomUUID } from 'node:crypto';

/** Who and where the app runs as; every field has a local default. */
export interface LocalAppContext {
  appId: string;
  appVersion: string;
  environmentId: string;
  environmentType: string;
  installationId: string;
  cloudId: string;
  moduleKey: string;
  functionKey: string;
  /** Product the installation context points at, for the installation's context ARI. */
  product: 'confluence' | 'jira';
  scopes: string[];
  /** The invoking user outside any `runInvocation`; resolvers take identity from the invocation instead. */
  accountId?: string;
}

export const DEFAULT_APP_CONTEXT: LocalAppContext = {
  appId: '00000000-0000-4000-8000-000000000000',
  appVersion: '0.1.0',
  environmentId: 'local-environment',
  environmentType: 'DEVELOPMENT',
  installationId: 'local-installation',
  cloudId: 'local-cloud',
  moduleKey: 'process-card-macro',
  functionKey: 'resolver',
  product: 'confluence',
  scopes: ['storage:app'],
};

/** The installation's context ARI: what `__forge_runtime__.contextAri` and `installContext` name. */
export const contextAriOf = (context: LocalAppContext): string => `ari:cloud:${context.product}::site/${context.cloudId}`;

const noopTimer = { stop: () => undefined };
const noopCounter = { incr: () => undefined, incrBy: () => undefined, decr: () => undefined, decrBy: () => undefined };
const metrics = {
  timing: () => ({ measure: () => noopTimer }),
  counter: () => noopCounter,
  gauge: () => ({ set: () => undefined }),
};

/**
 * The `global.__forge_runtime__` object `@forge/api` reads (out/api/runtime.d.ts ForgeRuntime):
 * getAppContext() needs appContext and lambdaContext, product fetches call metrics. No `kvs`
 * entry: with it, @forge/kvs would send proxy tokens and tracing headers meant for a real host.
 * `aaid` is the invoking user of the invocation running now.
 */
export function createForgeRuntimeObject(
  context: LocalAppContext,
  invokingAccountId: () => string | undefined = () => context.accountId,
): Record<string, unknown> {
  const contextAri = contextAriOf(context);
  return {
    proxy: { token: 'local-forge-runtime', url: 'http://localhost/forge-proxy' },
    contextAri,
    container: { runtime: 'nodejs22.x' },
    appContext: {
      appId: context.appId,
      appVersion: context.appVersion,
      environmentId: context.environmentId,
      environmentType: context.environmentType,
      invocationId: randomUUID(),
      installationId: context.installationId,
      functionKey: context.functionKey,
      moduleType: 'core:function',
      moduleKey: context.moduleKey,
      installation: {
        ari: {
          installationId: context.installationId,
          toString: () => `ari:cloud:ecosystem::installation/${context.installationId}`,
        },
        contexts: [{ cloudId: context.cloudId, toString: () => contextAri }],
      },
      permissions: { scopes: context.scopes, external: {} },
    },
    // Read per request, as the platform sets it per invocation (`authorize()` in @forge/api reads it).
    get aaid() {
      return invokingAccountId();
    },
    lambdaContext: { awsRequestId: randomUUID(), getRemainingTimeInMillis: () => 25_000 },
    tracing: { traceId: 'local-trace', spanId: 'local-span' },
    realtime: {},
    metrics,
    externalAuth: [],
    featureFlags: () => false,
  };
}
