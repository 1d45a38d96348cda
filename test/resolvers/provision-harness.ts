import type { ResolverResult } from '../../src/contracts/resolver-contracts';
import { JIRA_ADMIN_RESOLVER_KEYS, type ProvisioningPlan } from '../../src/contracts/jira-admin-contracts';
import { SITE_ADMIN, type startHandlerHarness } from './forge-handler-harness';

const ok = <T>(result: ResolverResult<T>): T => {
  if (!result.ok) throw new Error(`${result.error.code}/${result.error.reason ?? ''}: ${result.error.message}`);
  return result.data;
};

/** The Jira admin sets the QMS project up through the admin page's own functions, step by step until the plan is complete. */
export async function provisionQms(harness: ReturnType<typeof startHandlerHarness>): Promise<void> {
  const input = { projectKey: 'QMS', language: 'en' as const };
  let plan = ok(await harness.callJiraAdmin<ProvisioningPlan>(JIRA_ADMIN_RESOLVER_KEYS.planProvisioning, input, SITE_ADMIN));
  for (let step = 0; step < 40 && !plan.complete; step += 1) {
    plan = ok(await harness.callJiraAdmin<{ plan: ProvisioningPlan }>(JIRA_ADMIN_RESOLVER_KEYS.runProvisioningStep, { ...input, approved: plan.approvals }, SITE_ADMIN)).plan;
  }
  plan = ok(await harness.callJiraAdmin<ProvisioningPlan>(JIRA_ADMIN_RESOLVER_KEYS.planProvisioning, input, SITE_ADMIN));
  if (!plan.complete) throw new Error('QMS was not set up');
  harness.runtime.productRequests.length = 0;
}
