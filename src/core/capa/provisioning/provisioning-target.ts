import type { StatusCategory, WorkflowShape } from '../../ports/jira-provisioning';

/**
 * What this app version provisions into Jira, in one language: the statuses (with the names to
 * try, in order), the two issue types and the two workflows. Built from the workflow definitions
 * (capa-workflows); the planner knows nothing else of corrective actions.
 */

export type ActionKind = 'corrective-action' | 'improvement';
export const ACTION_KINDS: readonly ActionKind[] = ['corrective-action', 'improvement'];

export type ProvisioningLanguage = 'en' | 'ru';

export interface TargetStatus {
  ref: string;
  category: StatusCategory;
  description: string;
  /**
   * Names in the order to try: an existing status of the name **and** the same category is
   * reused (statuses are site-wide and most sites have Open, Closed…; a status is only a name and
   * a category, so reusing one of ours whose record was lost is harmless too); a name taken by a
   * status of another category is passed over; the first name nobody has is created.
   */
  candidates: readonly string[];
}

export interface TargetIssueType {
  kind: ActionKind;
  name: string;
  description: string;
}

export interface TargetWorkflow {
  kind: ActionKind;
  name: string;
  /** The workflow with the site's status ids, and the fingerprint of that shape. */
  build(statusIds: Readonly<Record<string, string>>): WorkflowShape;
  fingerprint(shape: WorkflowShape): string;
}

export interface ProvisioningTarget {
  language: ProvisioningLanguage;
  /** The app version whose shapes these are, kept with each workflow's fingerprint. */
  appVersion: string;
  statuses: readonly TargetStatus[];
  issueTypes: readonly TargetIssueType[];
  workflows: readonly TargetWorkflow[];
}
