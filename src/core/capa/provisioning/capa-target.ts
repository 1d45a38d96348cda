import { CAPA_ISSUE_TYPES, CAPA_WORKFLOWS, DEFAULT_RESOLUTION_NAMES, statusNameCandidates, type ResolutionKind } from '../capa-workflows';
import { fingerprint } from '../workflow-fingerprint';
import { workflowShape } from '../workflow-shape';
import type { WorkflowRule } from '../../ports/jira-provisioning';
import type { ProvisioningLanguage, ProvisioningTarget } from './provisioning-target';

/** The `jira:workflowValidator` module in manifest.yml whose expression checks the action record. */
export const RECORD_VALIDATOR_MODULE_KEY = 'action-record-validator';

/** The `jira:workflowValidator` module (a function) that refuses closing as effective until the KPI shows it. */
export const EFFECTIVENESS_GATE_MODULE_KEY = 'effectiveness-gate';

/** Jira's "Restrict transitions" condition (GET /rest/api/3/workflows/capabilities): who may take a transition, by group, role or permission. */
export const RESTRICT_ISSUE_TRANSITION = 'system:restrict-issue-transition';

/**
 * Who may "close by override" while the admin has chosen no group: project administrators
 * (Jira's built-in restriction by permission).
 */
export const OVERRIDE_RESTRICTION: readonly WorkflowRule[] = [{ ruleKey: RESTRICT_ISSUE_TRANSITION, parameters: { permissionKeys: 'ADMINISTER_PROJECTS' } }];

/** The override's restriction: the members of the group chosen on the admin page (`groupIds`, by id), else OVERRIDE_RESTRICTION. */
export const overrideRestriction = (groupId: string | null): readonly WorkflowRule[] =>
  groupId === null ? OVERRIDE_RESTRICTION : [{ ruleKey: RESTRICT_ISSUE_TRANSITION, parameters: { groupIds: groupId } }];

/**
 * What this app version provisions, for a site whose resolutions are `resolutions`: the two
 * workflows' statuses (generic ones first under their plain names), the two issue types and the
 * workflows as Jira's shapes. Null names the resolutions the site lacks: the plan says so.
 */
export function capaProvisioningTarget(input: {
  language: ProvisioningLanguage;
  appVersion: string;
  validatorKey: string;
  gateKey: string;
  resolutions: ReadonlyArray<{ id: string; name: string }>;
  /** The provisioning record's overrideGroupId. */
  overrideGroupId: string | null;
}): { target: ProvisioningTarget; missingResolutions: string[] } {
  const { language } = input;
  const resolutionIds: Partial<Record<ResolutionKind, string>> = {};
  const missingResolutions: string[] = [];
  for (const [kind, name] of Object.entries(DEFAULT_RESOLUTION_NAMES) as Array<[ResolutionKind, string]>) {
    const found = input.resolutions.find((resolution) => resolution.name.toLocaleLowerCase('en') === name.toLocaleLowerCase('en'));
    if (found === undefined) missingResolutions.push(name);
    else resolutionIds[kind] = found.id;
  }
  const target: ProvisioningTarget = {
    language,
    appVersion: input.appVersion,
    statuses: CAPA_WORKFLOWS.flatMap((workflow) =>
      workflow.statuses.map((status) => ({ ref: status.ref, category: status.category, description: status.descriptions[language], candidates: statusNameCandidates(status, language) })),
    ),
    issueTypes: CAPA_ISSUE_TYPES.map((type) => ({ kind: type.kind, name: type.names[language], description: type.descriptions[language] })),
    workflows: CAPA_WORKFLOWS.map((workflow) => ({
      kind: workflow.kind,
      name: workflow.names[language],
      build: (statusIds) =>
        workflowShape(workflow, language, {
          statusIds,
          validatorKey: input.validatorKey,
          gateKey: input.gateKey,
          resolutionIds: resolutionIds as Record<ResolutionKind, string>,
          restrictedConditions: overrideRestriction(input.overrideGroupId),
        }),
      fingerprint,
    })),
  };
  return { target, missingResolutions };
}
