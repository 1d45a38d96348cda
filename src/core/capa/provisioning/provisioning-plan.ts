import type { ProvisioningLanguage } from './provisioning-target';

/** What a run will do to one thing, shown to the admin before anything is written. */
export type PlanChange =
  /** Already as needed: nothing to do. */
  | 'none'
  /** An existing status of the same name and category is used. */
  | 'reuse'
  | 'create'
  /** Our own workflow from an earlier app version, brought up to this one. */
  | 'update'
  /** The project's own copy of its scheme, made from its current one with our types added. */
  | 'copy'
  /** Our types added to the project's own scheme (made by an earlier run). */
  | 'add-types';

export type PlanItemKind = 'status' | 'issue-type' | 'workflow' | 'issue-type-scheme' | 'workflow-scheme';

export type ConflictReason =
  /** Every name this status could take is held by a status of another category, or by another app's status. */
  | 'no-free-status-name'
  /** An issue type or workflow of this name exists that this app's record does not name (made by someone else, or the record was lost). */
  | 'name-taken'
  /** Our workflow differs from every shape this app made: an admin edited it; it is reported, never overwritten. */
  | 'edited'
  | 'not-editable'
  /** The project uses another scheme than the copy an earlier run made for it. */
  | 'scheme-replaced'
  /** The project's own copy is used by other projects too now: it is not ours to edit. */
  | 'scheme-shared';

export interface PlanItem {
  /** Stable across plans of one run: 'status:ca.open', 'issue-type:corrective-action', 'workflow-scheme'… */
  id: string;
  kind: PlanItemKind;
  /** The name it has or will have in Jira. */
  name: string;
  change: PlanChange;
  /** The Jira id, once it exists. */
  jiraId: string | null;
  /** For statuses: the category (TODO, IN_PROGRESS, DONE). */
  category?: string;
  conflict: { reason: ConflictReason; details: string[] } | null;
  /** For a copied scheme: the scheme it is copied from. */
  copiedFrom?: string;
}

export type PlanBlock =
  | 'project-not-found'
  /** Team-managed projects have no schemes to add types to: the plan says what to do instead. */
  | 'team-managed'
  /** Something differs from what this app made: nothing is written until an admin resolves it. */
  | 'conflicts'
  /** The site lacks a resolution the closing transitions set (Done, Won't Do): `missingResolutions` names them. */
  | 'resolutions-missing';

export interface ProvisioningPlan {
  projectId: string | null;
  projectKey: string;
  projectName: string | null;
  language: ProvisioningLanguage;
  /** True when the language was fixed by an earlier run (and may differ from the one asked for). */
  languageFixed: boolean;
  blocked: PlanBlock | null;
  missingResolutions: string[];
  items: PlanItem[];
  /** Ids of the items that still change something, in the order the run makes them. */
  pending: string[];
  /**
   * What the admin approves by starting the run: each pending item as shown (approvalToken). A
   * step writes an item only if its token is among those approved, so an item whose change, name
   * or source changed since the admin looked is not written.
   */
  approvals: string[];
  /** The scheme switch Jira is running (issues already in the project): the run waits for it. */
  switching: { taskId: string; state: string } | null;
  /** Creating an issue type through REST also adds it to the site's default issue type scheme. */
  addsToDefaultScheme: boolean;
  /** Nothing left to do: the project is provisioned as this app version makes it. */
  complete: boolean;
}
