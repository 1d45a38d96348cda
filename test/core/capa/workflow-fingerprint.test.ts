import { CORRECTIVE_ACTION_WORKFLOW as CA, IMPROVEMENT_WORKFLOW as IMP, type CapaWorkflow } from '../../../src/core/capa/capa-workflows';
import { canonicalJson, describeDifferences, fingerprint, fnv1a64 } from '../../../src/core/capa/workflow-fingerprint';
import { workflowShape } from '../../../src/core/capa/workflow-shape';
import type { JiraWorkflow, WorkflowShape } from '../../../src/core/ports/jira-provisioning';

function shapeOf(workflow: CapaWorkflow): WorkflowShape {
  return workflowShape(workflow, 'en', {
    statusIds: Object.fromEntries(workflow.statuses.map((status, index) => [status.ref, String(10001 + index)])),
    validatorKey: 'ari:cloud:ecosystem::extension/app-1/env-1/static/capa-record-validator',
    gateKey: 'ari:cloud:ecosystem::extension/app-1/env-1/static/effectiveness-gate',
    resolutionIds: { done: '10000', 'wont-do': '10001' },
    restrictedConditions: [{ ruleKey: 'system:restrict-issue-transition', parameters: { permissionKeys: 'ADMINISTER_PROJECTS' } }],
  });
}

/** The same value built with every object's keys in reverse order. */
function reversedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversedKeys) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([key, inner]) => [key, reversedKeys(inner)]),
    ) as T;
  }
  return value;
}

/** The shape as Jira might hand it back: lists in another order, ids and Forge's own parameters added. */
function asJiraReturnsIt(shape: WorkflowShape): JiraWorkflow {
  let ruleId = 0;
  const withIds = (rules: WorkflowShape['transitions'][number]['validators']) =>
    [...rules].reverse().map((rule) => ({
      ...rule,
      id: `rule-${(ruleId += 1)}`,
      parameters: rule.ruleKey.startsWith('forge:')
        ? { ...rule.parameters, id: `a865ddf6-${ruleId}`, disabled: 'false', tag: '', config: JSON.stringify(reversedKeys(JSON.parse(rule.parameters.config!))) }
        : rule.parameters,
    }));
  return {
    id: 'wf-1',
    version: { id: 'v-1', versionNumber: 7 },
    isEditable: true,
    name: shape.name,
    description: shape.description,
    statuses: [...shape.statuses].reverse(),
    transitions: [...shape.transitions].reverse().map((transition) => ({
      ...transition,
      from: [...transition.from].reverse(),
      validators: withIds(transition.validators),
      actions: withIds(transition.actions),
      conditions: withIds(transition.conditions),
    })),
  };
}

describe('fnv1a64', () => {
  it('gives FNV-1a’s published 64-bit values', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('hashes the UTF-8 bytes of a text', () => {
    expect(fnv1a64('Закрыто')).not.toBe(fnv1a64('Закрытo'));
    expect(fnv1a64('é')).toBe(fnv1a64('\u00e9'));
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps list order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson({ a: undefined, b: 'x' })).toBe('{"b":"x"}');
  });
});

describe('fingerprint', () => {
  const shape = shapeOf(CA);
  const print = fingerprint(shape);

  it('is an FNV-1a 64 of the canonical shape', () => {
    expect(print).toMatch(/^fnv1a64:[0-9a-f]{16}$/);
    expect(fingerprint(shapeOf(CA))).toBe(print);
  });

  it('does not change with key order, list order, rule ids, Forge’s own parameters or the workflow’s id and version', () => {
    expect(fingerprint(reversedKeys(shape))).toBe(print);
    expect(fingerprint(asJiraReturnsIt(shape))).toBe(print);
  });

  it('changes when a transition changes', () => {
    const changed = (change: (copy: WorkflowShape) => void) => {
      const copy = structuredClone(shape);
      change(copy);
      return fingerprint(copy);
    };
    const transition = (copy: WorkflowShape, name: string) => copy.transitions.find((candidate) => candidate.name === name)!;
    const prints = [
      changed((copy) => (transition(copy, 'Cancel').name = 'Abandon')),
      changed((copy) => transition(copy, 'Cancel').from.pop()),
      changed((copy) => (transition(copy, 'Not effective').to = '10002')),
      changed((copy) => (transition(copy, 'Cancel').actions[0]!.parameters.value = '10002')),
      changed((copy) => (transition(copy, 'Plan actions').validators[0]!.parameters.config = '{"kind":"corrective-action","parts":["root-cause"]}')),
      changed((copy) => (transition(copy, 'Plan actions').validators = [])),
      changed((copy) => transition(copy, 'Implement').conditions.push({ ruleKey: 'system:restrict-from-all-users', parameters: { restrictMode: 'users' } })),
      changed((copy) => copy.transitions.splice(3, 1)),
      changed((copy) => copy.statuses.push('10099')),
      changed((copy) => (copy.name = 'Someone’s workflow')),
      // An `id` parameter is only Jira's on a Forge rule: on another rule it is ours.
      changed((copy) => (transition(copy, 'Cancel').actions[0]!.parameters.id = '7')),
    ];
    for (const other of prints) expect(other).not.toBe(print);
    expect(new Set(prints).size).toBe(prints.length);
    expect(fingerprint(shapeOf(IMP))).not.toBe(print);
  });
});

describe('describeDifferences', () => {
  const shape = shapeOf(CA);
  const names = Object.fromEntries(CA.statuses.map((status, index) => [String(10001 + index), status.names.en]));

  it('finds none between a shape and Jira’s copy of it', () => {
    expect(describeDifferences(shape, asJiraReturnsIt(shape), names)).toEqual([]);
  });

  it('says which transitions were renamed, removed or added, and what changed on the others', () => {
    const edited = structuredClone(shape);
    const byName = (name: string) => edited.transitions.find((transition) => transition.name === name)!;
    byName('Contain').name = 'Contain it';
    byName('Cancel').from = byName('Cancel').from.filter((id) => id !== '10001');
    byName('Cancel').from.push('10008');
    byName('Plan actions').validators = [];
    byName('Check effectiveness').actions.push({ ruleKey: 'system:trigger-webhook', parameters: { webhookId: '1' } });
    byName('Not effective').to = '10002';
    edited.transitions = edited.transitions.filter((transition) => transition.name !== 'Close by override');
    edited.transitions.push({ name: 'Reopen', type: 'DIRECTED', from: ['10008'], to: '10001', validators: [], actions: [], conditions: [] });
    edited.statuses.push('10050');
    expect(describeDifferences(shape, edited, names)).toEqual([
      'Status 10050 added',
      'Transition "Contain" renamed to "Contain it"',
      'Transition "Plan actions": validators changed',
      'Transition "Check effectiveness": post functions changed',
      'Transition "Close by override" removed',
      'Transition "Not effective": leads to "Evaluation" instead of "Root cause analysis"',
      'Transition "Cancel": now also from "Closed"',
      'Transition "Cancel": no longer from "Open"',
      'Transition "Reopen" added',
    ]);
  });

  it('names statuses by id when it has no names, and sees the workflow renamed', () => {
    const edited = { ...structuredClone(shape), name: 'Copy of CA', statuses: shape.statuses.slice(1) };
    edited.transitions[1]!.to = '10003';
    expect(describeDifferences(shape, edited)).toEqual([
      'Workflow renamed from "Process Cards: Corrective action" to "Copy of CA"',
      'Status 10001 removed',
      'Transition "Start evaluation": leads to status 10003 instead of status 10002',
    ]);
  });

  it('tells a renamed transition from a removed one by where it goes', () => {
    const edited = structuredClone(shape);
    const cancel = edited.transitions.find((transition) => transition.name === 'Cancel')!;
    cancel.name = 'Abandon';
    cancel.to = '10008';
    expect(describeDifferences(shape, edited, names)).toEqual(['Transition "Cancel" removed', 'Transition "Abandon" added']);
  });
});
