import { CAPA_ISSUE_TYPES, CAPA_WORKFLOWS, DEFAULT_RESOLUTION_NAMES, statusNameCandidates, type ResolutionKind } from '../capa-workflows';
import { fingerprint } from '../workflow-fingerprint';
import { workflowShape } from '../workflow-shape';
import type { WorkflowRule } from '../../ports/jira-provisioning';
import type { ProvisioningLanguage, ProvisioningTarget } from './provisioning-target';

/** The `jira:workflowValidator` module in manifest.yml whose expression checks the action record. */
export const RECORD_VALIDATOR_MODULE_KEY = 'action-record-validator';

/** The `jira:workflowValidator` module (a function) that refuses closing as effective until the KPI shows it. */
export const EFFECTIVENESS_GATE_MODULE_KEY = 'effectiveness-gate';

/**
 * Who may "close by override" until part 2 gives that transition its own rules: project
 * administrators (Jira's built-in restriction by permission, from GET /rest/api/3/workflows/capabilities).
 */
export const OVERRIDE_RESTRICTION: readonly WorkflowRule[] = [{ ruleKey: 'system:restrict-issue-transition', parameters: { permissionKeys: 'ADMINISTER_PROJECTS' } }];

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
          restrictedConditions: OVERRIDE_RESTRICTION,
        }),
      fingerprint,
    })),
  };
  return { target, missingResolutions };
}
