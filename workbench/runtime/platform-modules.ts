import type { LocalAppContext } from './app-context';
import { createLocalQueues, type LocalQueues } from './events/local-queues';
import { FORGE_QUEUE_LIMITS, type QueueLimits } from './events/queue-limits';
import { AppFunctions } from './functions/app-functions';
import { JiraWorkflowValidators } from './functions/jira-workflow-validators';
import type { JiraAppConnection } from './products/jira-app-connection';
import { ProductTriggers } from './triggers/product-triggers';
import type { InvocationScope } from './invocation-scope';
import type { ManifestModules } from './manifest/manifest-modules';
import { StargateRouter } from './stargate/stargate-router';
import { ScheduledTriggers } from './triggers/scheduled-triggers';
import { LocalWebtriggers } from './webtriggers/local-webtriggers';
import { WebtriggerGraphql } from './webtriggers/webtrigger-graphql';
import { WebtriggerUrls } from './webtriggers/webtrigger-urls';

export interface PlatformModulesOptions {
  modules: ManifestModules;
  scope: InvocationScope;
  appContext: LocalAppContext;
  contextAri: string;
  now: () => number;
  queueLimits?: Partial<QueueLimits>;
  webtriggerBaseUrl?: string | (() => string);
}

/** What the platform drives on its own: the app's functions, its queues, schedules, webtriggers, Jira validators and product-event triggers. */
export interface PlatformModules {
  functions: AppFunctions;
  queues: LocalQueues;
  scheduledTriggers: ScheduledTriggers;
  webtriggers: LocalWebtriggers;
  /** The app's Jira workflow validators, run by the Jira stand-in on a transition. */
  workflowValidators: JiraWorkflowValidators;
  /** The product-event triggers: Jira's issue events taken, and `drain()` to deliver them. */
  productTriggers: ProductTriggers;
  /** How a Jira stand-in reaches the app's validators and triggers. */
  jiraApp: JiraAppConnection;
  stargate: StargateRouter;
  clearRecords(): void;
  /** Stops automatic delivery, so nothing runs after the runtime is closed. */
  close(): void;
}

/**
 * Builds the platform services the manifest's modules need, and the stargate router the SDKs
 * reach them through. Modules the manifest does not declare are simply absent.
 */
export function createPlatformModules(options: PlatformModulesOptions): PlatformModules {
  const { modules, scope, appContext, contextAri, now } = options;
  const functions = new AppFunctions(modules.functions, scope, contextAri);
  const limits = { ...FORGE_QUEUE_LIMITS, ...options.queueLimits };
  const local = createLocalQueues({ consumers: modules.consumers, functions, scope, limits, now });
  const base = options.webtriggerBaseUrl;
  const urls = new WebtriggerUrls(modules.webtriggers, appContext, typeof base === 'function' ? base : () => base);
  const webtriggers = new LocalWebtriggers(modules.webtriggers, urls, functions, now);
  const scheduledTriggers = new ScheduledTriggers(modules.scheduledTriggers, functions, appContext.cloudId, now);
  const workflowValidators = new JiraWorkflowValidators(modules.workflowValidators, functions, appContext);
  const productTriggers = new ProductTriggers(modules.triggers, functions);
  return {
    functions,
    queues: local.queues,
    scheduledTriggers,
    webtriggers,
    workflowValidators,
    productTriggers,
    jiraApp: { runValidator: (run) => workflowValidators.run(run), issueEvent: (notice) => productTriggers.accept(notice) },
    stargate: new StargateRouter([local.service, new WebtriggerGraphql(urls, appContext, contextAri, now)]),
    clearRecords() {
      local.clearRecords();
      scheduledTriggers.runs.length = 0;
      webtriggers.calls.length = 0;
      workflowValidators.runs.length = 0;
      productTriggers.clearRecords();
    },
    close: () => local.stop(),
  };
}
