import type { Actor } from '../../actor';
import { AppError } from '../../errors';
import type { AppProperties, JiraProvisioning } from '../../ports/jira-provisioning';
import { planProvisioning } from '../../capa/provisioning/plan-provisioning';
import { PROVISION_RECORD_KEY } from '../../capa/provisioning/provision-record';
import { readProvisionRecord } from './read-provision-record';
import type { ProvisioningPlan } from '../../capa/provisioning/provisioning-plan';
import type { ProvisioningLanguage, ProvisioningTarget } from '../../capa/provisioning/provisioning-target';
import { runProvisioningStep, type StepDone } from '../../capa/provisioning/run-provisioning-step';
import { readSiteSnapshot } from '../../capa/provisioning/site-snapshot';
import type { Clock } from '../../ports/clock';
import type { JiraSiteStore } from '../../ports/jira-site-store';
import { copyJiraSite } from './jira-site-copy';

export interface ProvisionJiraDeps {
  /** As the admin on the admin page (asUser): Jira itself refuses anyone who may not administer it. */
  jira: JiraProvisioning;
  appProperties: AppProperties;
  /** Storage's copy of the record, brought up to it after each step that changed it. */
  jiraSite: JiraSiteStore;
  clock: Clock;
  /** What this app version provisions for a site with these resolutions (capaProvisioningTarget in production). */
  target: (language: ProvisioningLanguage, resolutions: ReadonlyArray<{ id: string; name: string }>) => { target: ProvisioningTarget; missingResolutions: string[] };
}

export interface ProvisionInput {
  projectKey: string;
  /** The language asked for; a site provisioned before keeps the language of its first run. */
  language: ProvisioningLanguage;
}

/**
 * The Jira admin page's provisioning: `plan` reads and writes nothing; `step` makes the next
 * change the plan lists, if the admin approved it, and records what it made. The page calls
 * `step` until the plan is complete: one write per call keeps each under the 25 s limit, and a
 * run stopped anywhere resumes with the next step (Jira has no transactions).
 */
export function createProvisionJira(deps: ProvisionJiraDeps) {
  async function current(actor: Actor, input: ProvisionInput) {
    if (actor.kind !== 'user') throw new AppError('FORBIDDEN', 'Provisioning needs a signed-in Jira admin.', [], { reason: 'sign-in' });
    const record = await readProvisionRecord(deps.appProperties);
    const language = record.language ?? input.language;
    const { target, missingResolutions } = deps.target(language, await deps.jira.resolutions());
    const snapshot = await readSiteSnapshot(deps.jira, record, target, input.projectKey);
    const plan = planProvisioning({ target, record, snapshot, projectKey: input.projectKey, languageFixed: record.language !== null, missingResolutions });
    return { record, target, snapshot, plan };
  }

  return {
    async plan(actor: Actor, input: ProvisionInput): Promise<ProvisioningPlan> {
      return (await current(actor, input)).plan;
    },

    /**
     * `plan` is the plan this step read before its write (the page marks `done.itemIds` made);
     * the next call reads afresh. A complete plan writes nothing but the record's completion.
     */
    async step(actor: Actor, input: ProvisionInput & { approved: readonly string[] }): Promise<{ done: StepDone; plan: ProvisioningPlan }> {
      const { record, target, snapshot, plan } = await current(actor, input);
      const result = await runProvisioningStep(deps.jira, { target, record, snapshot, plan, approved: new Set(input.approved) });
      if (JSON.stringify(result.record) !== JSON.stringify(record)) {
        await deps.appProperties.put(PROVISION_RECORD_KEY, result.record);
        // Storage is believed shared with the Confluence side (one installation), so its first render sees the project at once.
        await copyJiraSite(deps, result.record, deps.clock.now().toISOString());
      }
      return { done: result.done, plan };
    },
  };
}
