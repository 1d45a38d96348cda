import type { Actor } from '../../actor';
import { auditEntry } from '../../audit/audit-entry';
import type { AuditLog } from '../../ports/audit-log';
import { JIRA_AUDIT_KEY } from './jira-audit-key';
import { AppError } from '../../errors';
import type { AppProperties, JiraProvisioning } from '../../ports/jira-provisioning';
import type { Leases } from '../../ports/leases';
import { adoptIntent } from '../../capa/provisioning/adopt-intent';
import { planProvisioning } from '../../capa/provisioning/plan-provisioning';
import { PROVISION_RECORD_KEY, type ProvisionRecord } from '../../capa/provisioning/provision-record';
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
  /** The record has no version to compare and set: one step at a time on the site holds this lease. */
  leases: Leases;
  /** Storage's copy of the record, brought up to it after each step that changed it. */
  jiraSite: JiraSiteStore;
  clock: Clock;
  /** Each step that wrote to Jira is recorded under the site's Jira key (JIRA_AUDIT_KEY). */
  audit: AuditLog;
  newAuditSuffix: () => string;
  /** What this app version provisions for a site with these resolutions and the admin's choices in the record (capaProvisioningTarget in production). */
  target: (
    language: ProvisioningLanguage,
    resolutions: ReadonlyArray<{ id: string; name: string }>,
    choices: { overrideGroupId: string | null },
  ) => { target: ProvisioningTarget; missingResolutions: string[] };
}

/** The lease a step holds; its time bounds how long a step that died blocks the next (a step is one invocation, at most 25 s). */
export const PROVISIONING_LEASE = 'jira-provisioning-step';
export const PROVISIONING_LEASE_SECONDS = 60;

/**
 * Runs `work` holding the provisioning lease: every writer of the provisioning record (a step, the
 * site default, the override group) takes it, since the app property has no version to compare.
 */
export async function withProvisioningLease<T>(leases: Leases, work: () => Promise<T>): Promise<T> {
  const lease = await leases.take(PROVISIONING_LEASE, PROVISIONING_LEASE_SECONDS);
  if (lease === null) {
    throw new AppError('CONFLICT', 'Another provisioning step is running; try again in a minute.', [], { reason: 'provisioning-running' });
  }
  try {
    return await work();
  } finally {
    await leases.release(PROVISIONING_LEASE, lease);
  }
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
    const stored = await readProvisionRecord(deps.appProperties);
    const language = stored.language ?? input.language;
    const { target, missingResolutions } = deps.target(language, await deps.jira.resolutions(), { overrideGroupId: stored.overrideGroupId });
    const { record, snapshot } = adoptIntent(stored, await readSiteSnapshot(deps.jira, stored, target, input.projectKey), target);
    const plan = planProvisioning({ target, record, snapshot, projectKey: input.projectKey, languageFixed: record.language !== null, missingResolutions });
    return { stored, record, target, snapshot, plan };
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
      if (actor.kind !== 'user') throw new AppError('FORBIDDEN', 'Provisioning needs a signed-in Jira admin.', [], { reason: 'sign-in' });
      return withProvisioningLease(deps.leases, async () => {
        const { stored, record, target, snapshot, plan } = await current(actor, input);
        const save = (next: ProvisionRecord) => deps.appProperties.put(PROVISION_RECORD_KEY, next);
        const result = await runProvisioningStep(deps.jira, { target, record, snapshot, plan, approved: new Set(input.approved), recordIntent: save });
        if (JSON.stringify(result.record) !== JSON.stringify(stored)) {
          await save(result.record);
          // Storage is believed shared with the Confluence side (one installation), so its first render sees the project at once.
          await copyJiraSite(deps, result.record, deps.clock.now().toISOString());
        }
        if (result.done.itemIds.length > 0) await recordStep(deps, actor, input.projectKey, result.done, plan);
        return { done: result.done, plan };
      });
    },
  };
}

/**
 * What a step did, in the site's audit trail. Jira holds what was made; the entry says who made it
 * and when. Jira and storage share no transaction, so a step whose entry cannot be written is
 * still done (Jira cannot take it back): the failure is thrown, and the page shows it.
 */
async function recordStep(deps: ProvisionJiraDeps, actor: Extract<Actor, { kind: 'user' }>, projectKey: string, done: StepDone, plan: ProvisioningPlan): Promise<void> {
  const items = plan.items.filter((item) => done.itemIds.includes(item.id));
  await deps.audit.append(
    auditEntry(
      {
        cardId: JIRA_AUDIT_KEY,
        at: deps.clock.now().toISOString(),
        actor,
        action: 'jira.provisioned',
        summary: `Provisioning of ${projectKey}: ${items.map((item) => `${item.change} ${item.name}`).join(', ') || done.itemIds.join(', ')} (${done.outcome})`.slice(0, 2000),
        data: { projectKey, outcome: done.outcome, itemIds: done.itemIds.slice(0, 50), changes: items.map((item) => `${item.id}:${item.change}`).slice(0, 50) },
      },
      deps.newAuditSuffix(),
    ),
  );
}
