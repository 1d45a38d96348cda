import type { CardLanguage } from '../card/process-card';
import type { WorkflowRule, WorkflowShape, WorkflowTransitionShape } from '../ports/jira-provisioning';
import type { CapaTransition, CapaWorkflow, ResolutionKind } from './capa-workflows';
import { validatorConfig } from './record-requirements';

/**
 * A workflow of capa-workflows as the provisioning port's WorkflowShape: Jira's status ids in
 * place of refs, names in the site's language, and on each transition the app's validator (when
 * the transition requires parts of the record), the effectiveness gate and separation of duties
 * (when the transition confirms effectiveness) and the resolution post function (when it ends
 * the issue).
 */

/** The rule key of a Forge app's expression validator (GET /rest/api/3/workflows/capabilities, "Forge rules"). */
export const FORGE_EXPRESSION_VALIDATOR = 'forge:expression-validator';

/**
 * Jira's "Update field" post function. Its parameters, as the description of GET
 * /rest/api/3/workflows/capabilities lists them (specs/atlassian/jira-platform-v3.openapi.json,
 * "Post functions" → "Update field"): `field`, the id of the field to update; `value`, the value
 * to update it with; `mode`, `append` or `replace`.
 */
export const UPDATE_FIELD = 'system:update-field';

/**
 * Jira's "Separation of duties" condition (the same description, "Conditions"): `fromStatusId`
 * and `toStatusId`, status ids (not a payload's status references), hide the transition from
 * whoever moved the issue from the one into the other.
 */
export const SEPARATION_OF_DUTIES = 'system:separation-of-duties';

/** What provisioning has found or created on the site before it can shape a workflow. */
export interface ShapeInputs {
  /** Jira's status id for every status ref of the workflow. */
  statusIds: Readonly<Record<string, string>>;
  /** The ARI of the app's `jira:workflowValidator` module (the rule's `key`: ari:cloud:ecosystem::extension/…). */
  validatorKey: string;
  /** The ARI of the app's effectiveness gate, the function validator on a `gate` transition. */
  gateKey: string;
  /** The site's resolution ids, looked up by name (DEFAULT_RESOLUTION_NAMES, or the site's own names). */
  resolutionIds: Readonly<Record<ResolutionKind, string>>;
  /**
   * The conditions that restrict a `restricted` transition (who may close by override). Required
   * when the workflow has one: a restricted transition without them would be open to everyone.
   */
  restrictedConditions: readonly WorkflowRule[];
}

/** The post function setting the resolution: the field id is `resolution` and the value a resolution's id. */
export function resolutionRule(resolutionId: string): WorkflowRule {
  return { ruleKey: UPDATE_FIELD, parameters: { field: 'resolution', value: resolutionId, mode: 'replace' } };
}

/** The app's validator on a transition: the module's ARI and the transition's config (validatorConfig). */
export function validatorRule(validatorKey: string, config: string): WorkflowRule {
  return { ruleKey: FORGE_EXPRESSION_VALIDATOR, parameters: { key: validatorKey, config } };
}

/**
 * What the effectiveness gate is told on its transition: the id of the status whose leaving
 * marks implementation, since status ids are the site's and only provisioning knows them.
 */
export interface EffectivenessGateConfig {
  kind: 'effectiveness-gate';
  implementationStatusId: string;
}

export const effectivenessGateConfig = (implementationStatusId: string): string =>
  JSON.stringify({ kind: 'effectiveness-gate', implementationStatusId } satisfies EffectivenessGateConfig);

export function separationOfDutiesRule(fromStatusId: string, toStatusId: string): WorkflowRule {
  return { ruleKey: SEPARATION_OF_DUTIES, parameters: { fromStatusId, toStatusId } };
}

export function workflowShape(workflow: CapaWorkflow, language: CardLanguage, inputs: ShapeInputs): WorkflowShape {
  const idOf = (ref: string): string => {
    const id = inputs.statusIds[ref];
    if (!id) throw new Error(`no Jira status for ${ref}`);
    return id;
  };
  const initial = workflow.transitions.find((transition) => transition.type === 'INITIAL');
  if (!initial || initial.to !== workflow.statuses[0]?.ref) throw new Error(`${workflow.kind}: the initial transition must lead to the first status`);
  const done = new Set(workflow.statuses.filter((status) => status.category === 'DONE').map((status) => status.ref));

  const shapeOf = (transition: CapaTransition): WorkflowTransitionShape => {
    if (done.has(transition.to) !== (transition.resolution !== undefined)) {
      throw new Error(`${transition.ref}: a transition sets a resolution exactly when it ends the issue`);
    }
    if (transition.restricted && inputs.restrictedConditions.length === 0) throw new Error(`${transition.ref} is restricted: give its conditions`);
    const resolutionId = transition.resolution === undefined ? null : inputs.resolutionIds[transition.resolution];
    if (resolutionId !== null && !resolutionId) throw new Error(`no resolution id for ${transition.resolution}`);
    const config = validatorConfig(transition.ref);
    const validators = config === null ? [] : [validatorRule(inputs.validatorKey, config)];
    if (transition.gate) validators.push(validatorRule(inputs.gateKey, effectivenessGateConfig(idOf(transition.gate.implementedFrom))));
    const conditions = transition.restricted ? [...inputs.restrictedConditions] : [];
    if (transition.separateFrom) conditions.push(separationOfDutiesRule(idOf(transition.separateFrom.from), idOf(transition.separateFrom.to)));
    return {
      name: transition.names[language],
      type: transition.type,
      from: transition.from.map(idOf),
      to: idOf(transition.to),
      validators,
      actions: resolutionId === null ? [] : [resolutionRule(resolutionId)],
      conditions,
    };
  };

  return {
    name: workflow.names[language],
    description: workflow.descriptions[language],
    statuses: workflow.statuses.map((status) => idOf(status.ref)),
    transitions: workflow.transitions.map(shapeOf),
  };
}
