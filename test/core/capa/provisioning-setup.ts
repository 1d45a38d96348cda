import { MemoryAppProperties, MemoryJiraProvisioning } from '../../../src/adapters/memory/memory-jira-provisioning';
import { MemoryJiraSiteStore } from '../../../src/adapters/memory/memory-jira-site-store';
import { userActor } from '../../../src/core/actor';
import { fixedClock } from '../../../src/core/ports/clock';
import { createProvisionJira } from '../../../src/core/usecases/jira/provision-jira';
import { fakeTarget } from './provisioning-target-fake';

/** A Jira with one company-managed project QMS, provisioned over memory adapters by the core's use case. */
export const ADMIN = userActor('acc-admin');

export function setup(options: { version?: string; issueCount?: number; style?: 'company-managed' | 'team-managed' } = {}) {
  const jira = new MemoryJiraProvisioning();
  const appProperties = new MemoryAppProperties();
  const jiraSite = new MemoryJiraSiteStore();
  const clock = fixedClock('2026-12-02T08:00:00.000Z');
  const project = jira.addProject({ key: 'QMS', issueCount: options.issueCount ?? 0, ...(options.style ? { style: options.style } : {}) });
  let version = options.version ?? '1';
  const provisioning = () => createProvisionJira({ jira, appProperties, jiraSite, clock, target: (language) => ({ target: fakeTarget(language, version), missingResolutions: [] }) });
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
  return { jira, appProperties, jiraSite, clock, project, provisioning, input, runToEnd, setVersion: (next: string) => (version = next) };
}

