import type { Actor } from '../../actor';
import { auditEntry } from '../../audit/audit-entry';
import { PROVISION_RECORD_KEY, type ProvisionRecord } from '../../capa/provisioning/provision-record';
import { AppError } from '../../errors';
import type { AuditLog } from '../../ports/audit-log';
import type { Clock } from '../../ports/clock';
import type { AppProperties, JiraGroup, JiraProvisioning } from '../../ports/jira-provisioning';
import type { Leases } from '../../ports/leases';
import type { JiraGroupsFound, JiraOverrideGroupView } from '../../results/jira-settings-results';
import { requireJiraAdmin } from './jira-admin-check';
import { JIRA_AUDIT_KEY } from './jira-audit-key';
import { withProvisioningLease } from './provision-jira';
import { readProvisionRecord } from './read-provision-record';

export interface JiraOverrideGroupDeps {
  /** As the admin on the admin page. */
  jira: JiraProvisioning;
  appProperties: AppProperties;
  audit: AuditLog;
  /** The record has no version: the change holds the provisioning steps' lease, so neither overwrites the other. */
  leases: Leases;
  clock: Clock;
  newAuditSuffix: () => string;
}

export interface SetOverrideGroupInput {
  /** A group from the search's results (its name is what Jira is asked for again), or null for project administrators. */
  group: JiraGroup | null;
  /** The group the page showed: a change made meanwhile is reported, not overwritten. */
  expectedGroupId: string | null;
}

/** How many of the groups named like the chosen one are read to find it again by id. */
const CONFIRM_LIMIT = 100;

const REFUSAL = 'Only Jira admins may see and change who may close corrective actions by override.';

const view = (record: ProvisionRecord): JiraOverrideGroupView => ({
  group: record.overrideGroupId === null ? null : { id: record.overrideGroupId, name: record.overrideGroupName ?? record.overrideGroupId },
});

/**
 * Who may close a corrective action by override: the members of a Jira group the admin chooses,
 * or project administrators while none is chosen. The choice lives in the provisioning record,
 * and the workflows are built from it, so a change reaches Jira as a workflow upgrade the next
 * plan shows and the admin runs, never behind their back.
 */
export function createJiraOverrideGroup(deps: JiraOverrideGroupDeps) {
  const requireAdmin = (actor: Actor) => requireJiraAdmin(deps.jira, actor, REFUSAL);

  return {
    async current(actor: Actor): Promise<JiraOverrideGroupView> {
      await requireAdmin(actor);
      return view(await readProvisionRecord(deps.appProperties));
    },

    async find(actor: Actor, query: string): Promise<JiraGroupsFound> {
      await requireAdmin(actor);
      const found = await deps.jira.findGroups(query);
      return { groups: found.groups.map(({ id, name }) => ({ id, name })), total: found.total };
    },

    async set(actor: Actor, input: SetOverrideGroupInput): Promise<JiraOverrideGroupView> {
      await requireAdmin(actor);
      return withProvisioningLease(deps.leases, () => setHeld(actor, input));
    },
  };

  /** The group as Jira knows it now, found again by its name and matched by id; null when Jira knows no such group. */
  async function confirmed(group: JiraGroup): Promise<JiraGroup | null> {
    const found = await deps.jira.findGroups(group.name, CONFIRM_LIMIT);
    return found.groups.find((candidate) => candidate.id === group.id) ?? null;
  }

  async function setHeld(actor: Actor, input: SetOverrideGroupInput): Promise<JiraOverrideGroupView> {
    const record = await readProvisionRecord(deps.appProperties);
    if (record.overrideGroupId !== input.expectedGroupId) {
      throw new AppError('CONFLICT', 'Who may close by override was changed since the page read it.', [], { reason: 'jira-override-group-changed' });
    }
    const group = input.group === null ? null : await confirmed(input.group);
    if (input.group !== null && group === null) {
      throw new AppError('NOT_FOUND', `Jira knows no group ${input.group.name} with id ${input.group.id}.`, [], { reason: 'jira-group' });
    }
    if (group?.id === record.overrideGroupId && group?.name === record.overrideGroupName) return view(record);
    if (group === null && record.overrideGroupId === null) return view(record);

    const { overrideGroupName: _previousName, ...rest } = record;
    const next: ProvisionRecord = group === null ? { ...rest, overrideGroupId: null } : { ...rest, overrideGroupId: group.id, overrideGroupName: group.name };
    await deps.appProperties.put(PROVISION_RECORD_KEY, next);
    const entry = auditEntry(
      {
        cardId: JIRA_AUDIT_KEY,
        at: deps.clock.now().toISOString(),
        actor,
        action: 'jira.override-group-set',
        summary:
          group === null
            ? 'Left the close by override to project administrators'
            : `Restricted the close by override to the Jira group ${group.name}`,
        data: { groupId: group?.id ?? null, groupName: group?.name ?? null, previousGroupId: record.overrideGroupId },
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
    return view(next);
  }
}
