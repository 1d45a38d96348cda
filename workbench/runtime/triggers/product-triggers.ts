import type { AppFunctions } from '../functions/app-functions';
import type { TriggerDeclaration } from '../manifest/manifest-modules';
import type { IssueEventNotice } from '../products/jira-app-connection';
import { evaluateJiraExpression } from '../products/jira-expression';
import { JIRA_APP_USER } from '../products/jira-site';

/** Forge retries an event whose trigger answered an InvocationError at most 4 times (events-reference/product_events). */
export const MAX_PRODUCT_EVENT_RETRIES = 4;

export interface RecordedTriggerDelivery {
  moduleKey: string;
  eventType: string;
  /** What the function received. */
  payload: Record<string, unknown>;
  attempt: number;
  outcome: 'success' | 'retry' | 'error';
  error?: string;
}

/** An event the platform did not deliver, and why. */
export interface DroppedProductEvent {
  moduleKey: string;
  eventType: string;
  reason: 'ignore-self' | 'filtered' | 'filter-error';
  error?: string;
}

interface Pending {
  trigger: TriggerDeclaration;
  payload: Record<string, unknown>;
  attempt: number;
}

/**
 * The product-event `trigger` modules: Jira's events taken as they happen, filtered and enriched
 * as the platform does, and delivered when `drain()` is called (events arrive late, so nothing is
 * delivered at the change itself). The filter's `expression` sees `event` (the payload and
 * `event.runtime.issue`, with its properties); `payload.include.propertyPaths` are evaluated
 * on `issue` and put into `payloadIncludeProperties` by path, a path that cannot be read left out.
 * Stand-in behaviour: the expressions run on the stand-in's small evaluator (jira-expression).
 */
export class ProductTriggers {
  readonly deliveries: RecordedTriggerDelivery[] = [];
  readonly dropped: DroppedProductEvent[] = [];
  private pending: Pending[] = [];
  private duplicates = 0;

  constructor(
    private readonly declared: readonly TriggerDeclaration[],
    private readonly functions: AppFunctions,
  ) {}

  /** Events taken and not yet delivered. */
  get waiting(): number {
    return this.pending.length;
  }

  /** The next `count` events taken are delivered twice, as the platform sometimes does (at least once). */
  duplicateNext(count = 1): void {
    this.duplicates += count;
  }

  accept(notice: IssueEventNotice): void {
    const twice = this.duplicates > 0;
    if (twice) this.duplicates -= 1;
    for (const trigger of this.declared) {
      if (!trigger.events.includes(notice.eventType)) continue;
      const payload = this.filtered(trigger, notice);
      if (payload === undefined) continue;
      this.pending.push({ trigger, payload, attempt: 1 });
      if (twice) this.pending.push({ trigger, payload: structuredClone(payload), attempt: 1 });
    }
  }

  /** Delivers what is waiting, in order; an InvocationError answer puts the event back for the next drain (at most 4 retries). */
  async drain(): Promise<RecordedTriggerDelivery[]> {
    const batch = this.pending;
    this.pending = [];
    const delivered: RecordedTriggerDelivery[] = [];
    for (const { trigger, payload, attempt } of batch) {
      const eventType = String(payload.eventType);
      let record: RecordedTriggerDelivery;
      try {
        const returned = await this.functions.invoke(trigger.functionKey, payload);
        const retry = typeof returned === 'object' && returned !== null && (returned as { _retry?: unknown })._retry === true;
        if (retry && attempt <= MAX_PRODUCT_EVENT_RETRIES) this.pending.push({ trigger, payload, attempt: attempt + 1 });
        record = { moduleKey: trigger.key, eventType, payload, attempt, outcome: retry ? 'retry' : 'success' };
      } catch (error) {
        record = { moduleKey: trigger.key, eventType, payload, attempt, outcome: 'error', error: error instanceof Error ? error.message : String(error) };
      }
      delivered.push(record);
      this.deliveries.push(record);
    }
    return delivered;
  }

  clearRecords(): void {
    this.deliveries.length = 0;
    this.dropped.length = 0;
  }

  private filtered(trigger: TriggerDeclaration, notice: IssueEventNotice): Record<string, unknown> | undefined {
    const drop = (reason: DroppedProductEvent['reason'], error?: string) => {
      this.dropped.push({ moduleKey: trigger.key, eventType: notice.eventType, reason, ...(error === undefined ? {} : { error }) });
      return undefined;
    };
    if (trigger.ignoreSelf && notice.atlassianId === JIRA_APP_USER.accountId) return drop('ignore-self');
    if (trigger.filterExpression !== undefined) {
      try {
        const passes = evaluateJiraExpression(trigger.filterExpression, { event: { ...notice.payload, runtime: { issue: notice.expressionIssue } } });
        if (passes !== true) return drop('filtered');
      } catch (error) {
        if (trigger.onError === 'IGNORE_AND_LOG') return drop('filter-error', (error as Error).message);
      }
    }
    if (trigger.propertyPaths.length === 0) return structuredClone(notice.payload);
    const included: Record<string, unknown> = {};
    for (const path of trigger.propertyPaths) {
      try {
        const value = evaluateJiraExpression(path, { issue: notice.expressionIssue });
        if (value !== null) included[path] = value;
      } catch {
        // Unresolvable when the event is made: left out, as the platform leaves it out.
      }
    }
    return { ...structuredClone(notice.payload), payloadIncludeProperties: included };
  }
}
