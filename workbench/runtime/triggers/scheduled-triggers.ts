import { randomUUID } from 'node:crypto';
import type { AppFunctions } from '../functions/app-functions';
import type { ScheduledTriggerDeclaration } from '../manifest/manifest-modules';

/** What the platform hands a scheduled trigger's function (events-reference/scheduled-trigger). */
export interface ScheduledTriggerEvent {
  context: { cloudId: string; moduleKey: string };
  /** Opaque; "has no meaning to an app". */
  contextToken: string;
}

export interface RecordedTriggerRun {
  moduleKey: string;
  functionKey: string;
  at: number;
  /** A thrown error is only recorded: Forge does not retry it, the next run comes at the next interval. */
  outcome: 'success' | 'error';
  error?: string;
  /** Kept for tests to look at; the platform ignores it. */
  returned?: unknown;
}

/**
 * `runtime.scheduledTriggers`: the manifest's `scheduledTrigger` modules, run on demand (there
 * is no timer: a test or the workbench says when the interval has come round). Each run is an
 * invocation by nobody, as the platform's.
 */
export class ScheduledTriggers {
  readonly runs: RecordedTriggerRun[] = [];

  constructor(
    private readonly declared: readonly ScheduledTriggerDeclaration[],
    private readonly functions: AppFunctions,
    private readonly cloudId: string,
    private readonly now: () => number,
  ) {}

  /** The declared triggers, in manifest order. */
  list(): readonly ScheduledTriggerDeclaration[] {
    return this.declared;
  }

  has(moduleKey: string): boolean {
    return this.declared.some((trigger) => trigger.key === moduleKey);
  }

  /** Runs the trigger once and answers what happened; only an undeclared key throws. */
  async run(moduleKey: string): Promise<RecordedTriggerRun> {
    const trigger = this.declared.find((candidate) => candidate.key === moduleKey);
    if (trigger === undefined) {
      throw new Error(`The manifest declares no scheduledTrigger '${moduleKey}' (declared: ${this.declared.map((t) => t.key).join(', ') || 'none'}).`);
    }
    const event: ScheduledTriggerEvent = {
      context: { cloudId: this.cloudId, moduleKey },
      contextToken: `local-context-token.${randomUUID()}`,
    };
    const at = this.now();
    let run: RecordedTriggerRun;
    try {
      const returned = await this.functions.invoke(trigger.functionKey, event);
      run = { moduleKey, functionKey: trigger.functionKey, at, outcome: 'success', returned };
    } catch (error) {
      run = { moduleKey, functionKey: trigger.functionKey, at, outcome: 'error', error: error instanceof Error ? error.message : String(error) };
    }
    this.runs.push(run);
    return run;
  }
}
