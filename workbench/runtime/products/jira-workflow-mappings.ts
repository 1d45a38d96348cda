import type { JiraSite } from './jira-site';
import type { SiteIssue, SiteWorkflow } from './jira-site-types';
import { problem, type StatusMigration, type WorkflowProblem, type WorkflowUpdatePayload } from './jira-workflow-payload';

export interface StatusMove {
  issue: SiteIssue;
  statusId: string;
}

/**
 * An update that drops statuses issues are in must say where those issues go: per project and
 * issue type (`statusMappings`), else for the whole workflow (`defaultStatusMappings`). The old
 * status is named by its id, the new one by a reference of the payload.
 */
export function statusMoves(
  site: JiraSite,
  workflow: SiteWorkflow,
  update: WorkflowUpdatePayload,
  statusIds: ReadonlyMap<string, string>,
): { moves: StatusMove[]; problems: WorkflowProblem[] } {
  const kept = new Set(update.statuses.map((status) => statusIds.get(status.statusReference)));
  const moves: StatusMove[] = [];
  const problems: WorkflowProblem[] = [];
  for (const project of site.allProjects()) {
    const scheme = site.workflowSchemeOf(project);
    if (scheme === undefined) continue;
    for (const issue of project.issues) {
      if (site.workflowFor(scheme, issue.issueTypeId)?.id !== workflow.id || kept.has(issue.statusId)) continue;
      const own = update.statusMappings?.find((mapping) => mapping.projectId === project.id && mapping.issueTypeId === issue.issueTypeId)?.statusMigrations;
      const target = migrationOf(own, issue.statusId) ?? migrationOf(update.defaultStatusMappings, issue.statusId);
      const statusId = target === undefined ? undefined : statusIds.get(target);
      if (statusId === undefined || !kept.has(statusId)) {
        problems.push(
          problem('STATUS_MAPPING', 'MISSING_STATUS_MAPPING', `Issues of type ${issue.issueTypeId} in project ${project.key} are in status ${issue.statusId}, which the workflow no longer has: map it to one it keeps.`, {
            statusReference: issue.statusId,
          }),
        );
      } else {
        moves.push({ issue, statusId });
      }
    }
  }
  return { moves, problems: dedupe(problems) };
}

const migrationOf = (migrations: readonly StatusMigration[] | undefined, statusId: string) =>
  migrations?.find((migration) => migration.oldStatusReference === statusId)?.newStatusReference;

const dedupe = (problems: WorkflowProblem[]) => [...new Map(problems.map((item) => [item.message, item])).values()];
