import type { FunctionDeclaration } from '../manifest/manifest-modules';
import type { Invocation, InvocationScope } from '../invocation-scope';

/** A Forge function as the platform calls it: the module's payload, then the invocation context. */
export type ForgeFunction = (payload: unknown, context: InvocationContext) => unknown;

/** function-reference/arguments: the same for every module; no `principal` when no user invoked. */
export interface InvocationContext {
  installContext: string;
  principal?: { accountId: string };
}

/** A handler the manifest names that the app has not exported (or the test has not attached). */
export class HandlerMissing extends Error {
  constructor(functionKey: string, handler: string) {
    super(`Function '${functionKey}' names handler '${handler}', but no such export is attached to the local runtime.`);
    this.name = 'HandlerMissing';
  }
}

/**
 * The app's exported handlers, found by the names `modules.function[].handler` gives them
 * (`index.kpiFeed` is export `kpiFeed` of src/index). The runtime invokes them for the modules
 * the platform drives — consumers, scheduled triggers, webtriggers — each as an invocation by
 * nobody, as Forge runs those.
 */
export class AppFunctions {
  private readonly handlers = new Map<string, ForgeFunction>();

  constructor(
    private readonly declared: ReadonlyMap<string, FunctionDeclaration>,
    private readonly scope: InvocationScope,
    private readonly installContext: string,
  ) {}

  /** `{ 'index.kpiRemindersConsumer': fn }`. A name no function declares is refused: it would never run. */
  attach(handlers: Readonly<Record<string, unknown>>): void {
    const names = new Set([...this.declared.values()].map((declared) => declared.handler));
    for (const [name, handler] of Object.entries(handlers)) {
      if (!names.has(name)) throw new Error(`No function in the manifest names handler '${name}'.`);
      if (typeof handler !== 'function') throw new Error(`Handler '${name}' is not a function.`);
      this.handlers.set(name, handler as ForgeFunction);
    }
  }

  /**
   * Attaches the exports of one source file (`'index'` for src/index) that the manifest names.
   * Handlers the module does not export yet stay missing; invoking them fails like an app error.
   */
  attachModule(file: string, exports: Readonly<Record<string, unknown>>): void {
    for (const { handler } of this.declared.values()) {
      const dot = handler.lastIndexOf('.');
      if (handler.slice(0, dot) !== file) continue;
      const exported = exports[handler.slice(dot + 1)];
      if (typeof exported === 'function') this.handlers.set(handler, exported as ForgeFunction);
    }
  }

  /** True when the function's handler is attached, so invoking it reaches app code. */
  isAttached(functionKey: string): boolean {
    const declared = this.declared.get(functionKey);
    return declared !== undefined && this.handlers.has(declared.handler);
  }

  timeoutSeconds(functionKey: string): number | undefined {
    return this.declared.get(functionKey)?.timeoutSeconds;
  }

  /** Calls the function with no user, handing `chain` on to what it pushes (undefined: a new chain). */
  async invoke(functionKey: string, payload: unknown, chain?: Invocation['chain']): Promise<unknown> {
    const declared = this.declared.get(functionKey);
    if (declared === undefined) throw new Error(`The manifest declares no function '${functionKey}'.`);
    const handler = this.handlers.get(declared.handler);
    if (handler === undefined) throw new HandlerMissing(functionKey, declared.handler);
    const invocation: Invocation = chain === undefined ? { accountId: undefined } : { accountId: undefined, chain };
    return this.scope.run(invocation, async () => handler(payload, { installContext: this.installContext }));
  }
}
