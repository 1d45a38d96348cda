import type { AppFunctions } from './app-functions';
import type { LocalAppContext } from '../app-context';
import type { WorkflowValidatorDeclaration } from '../manifest/manifest-modules';
import type { ValidatorRun, ValidatorVerdict } from '../products/jira-app-connection';
import { evaluateJiraExpression } from '../products/jira-expression';

/** One validator run, kept for tests to look at. */
export interface RecordedValidatorRun {
  moduleKey: string;
  kind: 'expression' | 'function';
  /** What the function was given (function validators only). */
  payload?: unknown;
  verdict: ValidatorVerdict;
  /** Why it refused when it could not run (an expression error, a function that threw or answered something else). */
  error?: string;
}

// Stand-in wording: what the user sees when a validator cannot be run or refuses without a message.
const FAILED = 'The transition was refused by a validator that could not be run. (stand-in)';
const REFUSED = 'The transition was refused by a workflow validator. (stand-in)';

const parsedConfig = (config: string | undefined): unknown => {
  if (config === undefined) return {};
  try {
    return JSON.parse(config) as unknown;
  } catch {
    return config;
  }
};

/**
 * The app's `jira:workflowValidator` modules as Jira runs them on a transition: the rule's ARI
 * names the module (this app and environment only); an expression module is evaluated on the issue
 * and the rule's config (the stand-in's small evaluator: jira-expression), a function module is
 * invoked with Jira's validator payload (`{ issue: { key }, transition: { from, to }, configuration }`)
 * as an invocation by nobody, its `{ result, errorMessage }` read back. Whatever goes wrong refuses.
 */
export class JiraWorkflowValidators {
  readonly runs: RecordedValidatorRun[] = [];

  constructor(
    private readonly declared: readonly WorkflowValidatorDeclaration[],
    private readonly functions: AppFunctions,
    private readonly appContext: LocalAppContext,
  ) {}

  async run(run: ValidatorRun): Promise<ValidatorVerdict | undefined> {
    const prefix = `ari:cloud:ecosystem::extension/${this.appContext.appId}/${this.appContext.environmentId}/static/`;
    if (!run.ari.startsWith(prefix)) return undefined;
    const module = this.declared.find((candidate) => candidate.key === run.ari.slice(prefix.length));
    if (module === undefined) return undefined;
    const recorded = module.kind === 'expression' ? this.evaluate(module, run) : await this.invoke(module, run);
    this.runs.push(recorded);
    return recorded.verdict;
  }

  /** A failure or a result that is not a boolean counts as false, as Jira counts it. */
  private evaluate(module: Extract<WorkflowValidatorDeclaration, { kind: 'expression' }>, run: ValidatorRun): RecordedValidatorRun {
    const refused = { ok: false as const, message: module.errorMessage ?? REFUSED };
    try {
      const result = evaluateJiraExpression(module.expression, { issue: run.expressionIssue, config: parsedConfig(run.config) });
      return { moduleKey: module.key, kind: 'expression', verdict: result === true ? { ok: true } : refused };
    } catch (error) {
      return { moduleKey: module.key, kind: 'expression', verdict: refused, error: (error as Error).message };
    }
  }

  private async invoke(module: Extract<WorkflowValidatorDeclaration, { kind: 'function' }>, run: ValidatorRun): Promise<RecordedValidatorRun> {
    const payload = {
      issue: { key: run.issueKey },
      transition: { from: { id: run.fromStatusId }, to: { id: run.toStatusId } },
      configuration: parsedConfig(run.config),
    };
    const failed = (error: string): RecordedValidatorRun => ({ moduleKey: module.key, kind: 'function', payload, verdict: { ok: false, message: FAILED }, error });
    let answer: unknown;
    try {
      answer = await this.functions.invoke(module.functionKey, payload);
    } catch (error) {
      return failed(error instanceof Error ? error.message : String(error));
    }
    const { result, errorMessage } = (typeof answer === 'object' && answer !== null ? answer : {}) as { result?: unknown; errorMessage?: unknown };
    if (result === true) return { moduleKey: module.key, kind: 'function', payload, verdict: { ok: true } };
    if (result !== false) return failed(`the function answered ${JSON.stringify(answer)}, not { result: boolean }`);
    const message = typeof errorMessage === 'string' && errorMessage !== '' ? errorMessage : REFUSED;
    return { moduleKey: module.key, kind: 'function', payload, verdict: { ok: false, message } };
  }
}
