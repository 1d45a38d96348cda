import type { Actor } from '../../actor';
import { auditEntry } from '../../audit/audit-entry';
import { isUsableProject, PROVISION_RECORD_KEY, type ProvisionRecord } from '../../capa/provisioning/provision-record';
import { AppError } from '../../errors';
import type { AuditLog } from '../../ports/audit-log';
import type { Clock } from '../../ports/clock';
import type { AppProperties, JiraProvisioning } from '../../ports/jira-provisioning';
import type { JiraSiteStore } from '../../ports/jira-site-store';
import type { JiraAdminProjectsView } from '../../results/jira-settings-results';
import { copyJiraSite } from './jira-site-copy';
import type { Leases } from '../../ports/leases';
import { JIRA_AUDIT_KEY } from './jira-audit-key';
import { requireJiraAdmin } from './jira-admin-check';
import { withProvisioningLease } from './provision-jira';
import { readProvisionRecord } from './read-provision-record';

/** Where changes to the site's Jira set-up are audited, beside the site settings' `site:settings`. */
export { JIRA_AUDIT_KEY };

export interface JiraDefaultProjectDeps {
  /** As the admin on the admin page: asked whether they hold Administer Jira. */
  jira: JiraProvisioning;
  appProperties: AppProperties;
  jiraSite: JiraSiteStore;
  audit: AuditLog;
  /** The record has no version: set-default holds the provisioning steps' lease, so neither overwrites the other. */
  leases: Leases;
  clock: Clock;
  newAuditSuffix: () => string;
}

export interface SetDefaultInput {
  projectId: string;
  /** The default the admin saw: a change made meanwhile (another admin, a first run completing) is not overwritten. */
  expectedDefaultProjectId: string | null;
}

const view = (record: ProvisionRecord): JiraAdminProjectsView => {
  const current = record.defaultProjectId === null ? undefined : record.projects[record.defaultProjectId];
  // A default that is not ready (being set up again) sends nothing anywhere: shown as none, as cards see it.
  const defaultProjectId = isUsableProject(current) ? record.defaultProjectId : null;
  const projects = Object.values(record.projects)
    .map((project) => ({ id: project.projectId, key: project.projectKey, ready: isUsableProject(project), isDefault: project.projectId === defaultProjectId }))
    .sort((a, b) => a.key.localeCompare(b.key));
  return { projects, defaultProjectId };
};

/**
 * The Jira admin page's projects for corrective actions and the site default among them: the
 * project a card's actions go to when its settings name none. Only Jira admins see or change it
 * (Jira is asked, as the caller); the record only the app writes holds it, and storage's copy is
 * brought up to it at once so the Confluence side's next render knows.
 */
export function createJiraDefaultProject(deps: JiraDefaultProjectDeps) {
  const requireAdmin = (actor: Actor) => requireJiraAdmin(deps.jira, actor, 'Only Jira admins may see and change the projects for corrective actions.');

  return {
    async projects(actor: Actor): Promise<JiraAdminProjectsView> {
      await requireAdmin(actor);
      const record = await readProvisionRecord(deps.appProperties);
      await copyJiraSite(deps, record, deps.clock.now().toISOString());
      return view(record);
    },

    async setDefault(actor: Actor, input: SetDefaultInput): Promise<JiraAdminProjectsView> {
      await requireAdmin(actor);
      return withProvisioningLease(deps.leases, () => setDefaultHeld(actor, input));
    },
  };

  async function setDefaultHeld(actor: Actor, input: SetDefaultInput): Promise<JiraAdminProjectsView> {
    const record = await readProvisionRecord(deps.appProperties);
    if (view(record).defaultProjectId !== input.expectedDefaultProjectId) {
      throw new AppError('CONFLICT', 'The default project was changed since the page read it.', [], { reason: 'jira-default-changed' });
    }
    const project = Object.hasOwn(record.projects, input.projectId) ? record.projects[input.projectId] : undefined;
    if (project === undefined || !isUsableProject(project)) {
      throw new AppError('NOT_FOUND', `Project ${input.projectId} is not set up for corrective actions, so it cannot be the default.`, [], {
        reason: 'jira-project-not-ready',
        params: { project: project?.projectKey ?? input.projectId },
      });
    }
    const at = deps.clock.now().toISOString();
    if (record.defaultProjectId === input.projectId) {
      await copyJiraSite(deps, record, at);
      return view(record);
    }
    const next: ProvisionRecord = { ...record, defaultProjectId: input.projectId };
    await deps.appProperties.put(PROVISION_RECORD_KEY, next);
    const entry = auditEntry(
      {
        cardId: JIRA_AUDIT_KEY,
        at,
        actor,
        action: 'jira.default-set',
        summary: `Made ${project.projectKey} the site's default Jira project for corrective actions`,
        data: { projectId: project.projectId, projectKey: project.projectKey, previousProjectId: record.defaultProjectId },
      },
      deps.newAuditSuffix(),
    );
    try {
      await deps.audit.append(entry);
    } catch (error) {
      // Jira and storage share no transaction: an unaudited change is taken back (a put of the record read).
      await deps.appProperties.put(PROVISION_RECORD_KEY, record).catch(() => undefined);
      throw error;
    }
    await copyJiraSite(deps, next, at);
    return view(next);
  }
}
