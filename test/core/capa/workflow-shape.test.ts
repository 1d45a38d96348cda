import { CAPA_WORKFLOWS, CORRECTIVE_ACTION_WORKFLOW as CA, IMPROVEMENT_WORKFLOW as IMP, type CapaWorkflow } from '../../../src/core/capa/capa-workflows';
import { validatorConfig } from '../../../src/core/capa/record-requirements';
import { workflowShape, type ShapeInputs } from '../../../src/core/capa/workflow-shape';
import type { WorkflowRule } from '../../../src/core/ports/jira-provisioning';

const ARI = 'ari:cloud:ecosystem::extension/app-1/env-1/static/capa-record-validator';
const GATE = 'ari:cloud:ecosystem::extension/app-1/env-1/static/effectiveness-gate';

/** An example restriction (part 2 decides the real one): project administrators only. */
const adminsOnly: WorkflowRule = { ruleKey: 'system:restrict-issue-transition', parameters: { permissionKeys: 'ADMINISTER_PROJECTS' } };

/** Status ids 10001, 10002… in the workflow's order. */
function inputsFor(workflow: CapaWorkflow): ShapeInputs {
  return {
    statusIds: Object.fromEntries(workflow.statuses.map((status, index) => [status.ref, String(10001 + index)])),
    validatorKey: ARI,
    gateKey: GATE,
    resolutionIds: { done: '10000', 'wont-do': '10001' },
    restrictedConditions: [adminsOnly],
  };
}

const idOf = (workflow: CapaWorkflow, ref: string) => inputsFor(workflow).statusIds[ref]!;

describe('workflowShape', () => {
  const shape = workflowShape(CA, 'en', inputsFor(CA));
  const named = (name: string) => shape.transitions.find((transition) => transition.name === name)!;

  it('lists the statuses by Jira id, the initial one first, and names the workflow in the language', () => {
    expect(shape.name).toBe('Process Cards: Corrective action');
    expect(shape.description).toContain('§10.2');
    expect(shape.statuses).toEqual(['10001', '10002', '10003', '10004', '10005', '10006', '10007', '10008', '10009']);
    expect(workflowShape(CA, 'ru', inputsFor(CA)).name).toBe('Process Cards: Корректирующее действие');
  });

  it('gives every transition, in the language, from and to Jira ids', () => {
    expect(shape.transitions).toHaveLength(CA.transitions.length);
    expect(named('Create')).toMatchObject({ type: 'INITIAL', from: [], to: idOf(CA, 'ca.open'), validators: [], actions: [], conditions: [] });
    expect(named('Start evaluation')).toMatchObject({ type: 'DIRECTED', from: [idOf(CA, 'ca.open')], to: idOf(CA, 'ca.evaluation') });
    expect(named('Cancel').from).toEqual(['10001', '10002', '10003', '10004', '10005', '10006', '10007']);
    const ru = workflowShape(CA, 'ru', inputsFor(CA));
    expect(ru.transitions.map((transition) => transition.name)).toEqual(CA.transitions.map((transition) => transition.names.ru));
  });

  it('sets the resolution on every transition into a DONE status with `system:update-field` (field, value, mode)', () => {
    for (const workflow of CAPA_WORKFLOWS) {
      const built = workflowShape(workflow, 'en', inputsFor(workflow));
      const done = new Set(workflow.statuses.filter((status) => status.category === 'DONE').map((status) => idOf(workflow, status.ref)));
      workflow.transitions.forEach((transition, index) => {
        const actions = built.transitions[index]!.actions;
        if (!done.has(built.transitions[index]!.to)) {
          expect([transition.ref, actions]).toEqual([transition.ref, []]);
          return;
        }
        const id = transition.resolution === 'done' ? '10000' : '10001';
        expect([transition.ref, actions]).toEqual([transition.ref, [{ ruleKey: 'system:update-field', parameters: { field: 'resolution', value: id, mode: 'replace' } }]]);
      });
    }
    expect(named('Close as effective').actions[0]!.parameters.value).toBe('10000');
    expect(named('Cancel').actions[0]!.parameters.value).toBe('10001');
    expect(named('Close: no action needed').actions[0]!.parameters.value).toBe('10001');
  });

  it('puts the app’s record validator, with the transition’s config, on exactly the transitions that require something', () => {
    CA.transitions.forEach((transition, index) => {
      const config = validatorConfig(transition.ref);
      const validators = shape.transitions[index]!.validators.filter((rule) => rule.parameters.key === ARI);
      expect([transition.ref, validators]).toEqual([
        transition.ref,
        config === null ? [] : [{ ruleKey: 'forge:expression-validator', parameters: { key: ARI, config } }],
      ]);
    });
    expect(named('Plan actions').validators).toHaveLength(1);
    expect(named('Back to root cause analysis').validators).toEqual([]);
  });

  it('gates only the close as effective: the effectiveness gate told where implementation ends, and separation of duties from Implementation to Effectiveness check', () => {
    const close = named('Close as effective');
    expect(close.validators).toEqual([
      { ruleKey: 'forge:expression-validator', parameters: { key: GATE, config: expect.any(String) as string } },
    ]);
    expect(JSON.parse(close.validators[0]!.parameters.config!)).toEqual({ kind: 'effectiveness-gate', implementationStatusId: idOf(CA, 'ca.implementation') });
    expect(close.conditions).toEqual([
      { ruleKey: 'system:separation-of-duties', parameters: { fromStatusId: idOf(CA, 'ca.implementation'), toStatusId: idOf(CA, 'ca.effectiveness') } },
    ]);
    const gated = (workflow: CapaWorkflow) =>
      workflowShape(workflow, 'en', inputsFor(workflow)).transitions.filter((transition) => transition.validators.some((rule) => rule.parameters.key === GATE)).map((transition) => transition.name);
    expect([...gated(CA), ...gated(IMP)]).toEqual(['Close as effective']);
    // The override is the way around the gate: restricted instead, never gated, and only the record's evidence is asked for.
    expect(named('Close by override').validators).toEqual([
      { ruleKey: 'forge:expression-validator', parameters: { key: ARI, config: JSON.stringify({ kind: 'corrective-action', parts: ['override-evidence'] }) } },
    ]);
  });

  it('restricts only the close by override, with the conditions given; the close as effective has its four eyes', () => {
    expect(named('Close by override').conditions).toEqual([adminsOnly]);
    expect(shape.transitions.filter((transition) => transition.conditions.length > 0).map((transition) => transition.name)).toEqual(['Close as effective', 'Close by override']);
  });

  it('shapes the improvement workflow too: one Reject from both statuses, Won’t Do', () => {
    const improvement = workflowShape(IMP, 'ru', inputsFor(IMP));
    const reject = improvement.transitions.find((transition) => transition.name === 'Отклонить')!;
    expect(reject.from).toEqual([idOf(IMP, 'imp.proposed'), idOf(IMP, 'imp.approved')]);
    expect(reject.actions[0]!.parameters).toEqual({ field: 'resolution', value: '10001', mode: 'replace' });
    expect(improvement.statuses[0]).toBe(idOf(IMP, 'imp.proposed'));
    // Nothing to restrict in this workflow: no conditions are needed.
    expect(() => workflowShape(IMP, 'en', { ...inputsFor(IMP), restrictedConditions: [] })).not.toThrow();
  });

  it('refuses to shape without every status id, a resolution id, or the restriction the override needs', () => {
    const inputs = inputsFor(CA);
    const { 'ca.effectiveness': _dropped, ...statusIds } = inputs.statusIds;
    expect(() => workflowShape(CA, 'en', { ...inputs, statusIds })).toThrow(/ca.effectiveness/);
    expect(() => workflowShape(CA, 'en', { ...inputs, resolutionIds: { done: '10000', 'wont-do': '' } })).toThrow(/resolution/);
    expect(() => workflowShape(CA, 'en', { ...inputs, restrictedConditions: [] })).toThrow(/restricted/);
  });

  it('refuses a workflow whose transition into DONE sets no resolution', () => {
    const broken: CapaWorkflow = {
      ...CA,
      transitions: CA.transitions.map((transition) => (transition.ref === 'ca.cancel' ? { ...transition, resolution: undefined } : transition)),
    };
    expect(() => workflowShape(broken, 'en', inputsFor(CA))).toThrow(/ca.cancel/);
  });
});
