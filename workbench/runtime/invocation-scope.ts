import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The async event pushes made by one initial invocation and every consumer it set off, which
 * Forge caps (limits-async-events, "cyclic invocation limit").
 */
export interface PushChain {
  pushes: number;
}

/** Who invoked the function that is running: the platform's principal, or nobody (triggers, anonymous readers). */
export interface Invocation {
  accountId: string | undefined;
  /** Set by the first push of the invocation, or handed down to the consumers of its events. */
  chain?: PushChain;
}

/**
 * Forge mints each invocation's proxy token for its principal, so `api.asUser()` (no argument)
 * reaches the product as that user, and `__forge_runtime__.aaid` names them. Locally the
 * principal travels with the async work of one invocation, so concurrent workbench requests
 * for different users do not see each other's identity.
 */
export class InvocationScope {
  private readonly storage = new AsyncLocalStorage<Invocation>();

  run<T>(invocation: Invocation, work: () => T): T {
    return this.storage.run(invocation, work);
  }

  current(): Invocation | undefined {
    return this.storage.getStore();
  }
}
