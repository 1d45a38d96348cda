import { MemoryAppProperties, MemoryJiraProvisioning } from '../../../src/adapters/memory/memory-jira-provisioning';
import { MemoryLeases } from '../../../src/adapters/memory/memory-leases';
import { MemoryAuditLog } from '../../../src/adapters/memory/memory-audit-log';
import { MemoryJiraSiteStore } from '../../../src/adapters/memory/memory-jira-site-store';
import { fixedClock } from '../../../src/core/ports/clock';
import { userActor } from '../../../src/core/actor';
import { AppError } from '../../../src/core/errors';
import { PROVISION_RECORD_KEY, type ProvisionRecord } from '../../../src/core/capa/provisioning/provision-record';
import type { ProvisioningPlan } from '../../../src/core/capa/provisioning/provisioning-plan';
import { createProvisionJira } from '../../../src/core/usecases/jira/provision-jira';
import { fakeTarget } from './provisioning-target-fake';

/** A Jira with one company-managed project QMS, provisioned over memory adapters by the core's use case. */
export const ADMIN = userActor('acc-admin');

/** App properties whose next save of a record without an intent is lost: the create before it was made, its record not. */
export class LossyAppProperties extends MemoryAppProperties {
  losing = false;
  puts = 0;

  override async put(key: string, value: unknown): Promise<void> {
    if (this.losing && (value as ProvisionRecord).intent === undefined) {
      this.losing = false;
      throw new AppError('INTERNAL', 'Jira could not answer the app property (HTTP 503).', [], { reason: 'jira' });
    }
    this.puts += 1;
    await super.put(key, value);
  }
}

export function setup(options: { version?: string; issueCount?: number; countedIssues?: number; style?: 'company-managed' | 'team-managed' } = {}) {
  const jira = new MemoryJiraProvisioning();
  const appProperties = new LossyAppProperties();
  const clock = fixedClock('2026-12-02T08:00:00.000Z');
  const leases = new MemoryLeases(clock);
  const audit = new MemoryAuditLog();
  let suffix = 0;
  const jiraSite = new MemoryJiraSiteStore();
  const project = jira.addProject({
    key: 'QMS',
    issueCount: options.issueCount ?? 0,
    ...(options.countedIssues === undefined ? {} : { countedIssues: options.countedIssues }),
    ...(options.style ? { style: options.style } : {}),
  });
  let version = options.version ?? '1';
  const provisioning = () => createProvisionJira({ jira, appProperties, leases, jiraSite, clock, audit, newAuditSuffix: () => `s${(suffix += 1)}`, target: (language) => ({ target: fakeTarget(language, version), missingResolutions: [] }) });
  const input = { projectKey: 'QMS', language: 'en' as const };
  /** Steps with everything the plan shows approved, until it is complete (or `max` steps). */
  const runToEnd = async (max = 30) => {
    let plan = await provisioning().plan(ADMIN, input);
    for (let i = 0; i < max && !plan.complete; i += 1) {
      await provisioning().step(ADMIN, { ...input, approved: plan.approvals });
      plan = await provisioning().plan(ADMIN, input);
    }
    return plan;
  };
  /** Steps until `itemId` is the next thing the plan makes; answers that plan. */
  const runUntil = async (itemId: string) => {
    let plan = await provisioning().plan(ADMIN, input);
    for (let i = 0; i < 30 && plan.pending[0] !== itemId; i += 1) {
      await provisioning().step(ADMIN, { ...input, approved: plan.approvals });
      plan = await provisioning().plan(ADMIN, input);
    }
    if (plan.pending[0] !== itemId) throw new Error(`The run never reached ${itemId}.`);
    return plan;
  };
  return { jira, appProperties, leases, jiraSite, clock, audit, project, provisioning, input, runToEnd, runUntil, setVersion: (next: string) => (version = next) };
}

export const change = (plan: ProvisioningPlan, id: string) => plan.items.find((item) => item.id === id)?.change;
export const record = (appProperties: MemoryAppProperties) => appProperties.values.get(PROVISION_RECORD_KEY) as ProvisionRecord;
