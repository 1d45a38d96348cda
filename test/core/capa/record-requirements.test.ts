import fc from 'fast-check';
import { toIssueProperty } from '../../../src/core/capa/action-property';
import { ACTION_PROPERTY_KEY, type ActionRecord, type CorrectiveActionRecord } from '../../../src/core/capa/ca-record';
import { CAPA_WORKFLOWS, CORRECTIVE_ACTION_WORKFLOW, IMPROVEMENT_WORKFLOW } from '../../../src/core/capa/capa-workflows';
import { holds } from '../../../src/core/capa/record-conditions';
import {
  RECORD_PARTS,
  allRequirements,
  missingParts,
  partsOfKind,
  presentParts,
  requiredParts,
  validatorConfig,
  validatorExpression,
  type RecordPart,
} from '../../../src/core/capa/record-requirements';
import { completeAction, completeImprovement, proposedImprovement, raisedAction } from './capa-builders';

const everyTransition = CAPA_WORKFLOWS.flatMap((workflow) => workflow.transitions.map((transition) => ({ workflow, transition })));

describe('what each transition requires (ISO 9001 §10.2.1)', () => {
  it('is, to leave each status forward, what ISO asks to be documented there; a way out needs only its reason', () => {
    expect(Object.fromEntries(allRequirements().map(({ transitionRef, parts }) => [transitionRef, parts]))).toEqual({
      'ca.create': [],
      'ca.evaluate': ['source', 'link', 'problem'],
      'ca.contain': ['decided-action'],
      'ca.no-action': ['decided-correction'],
      'ca.analyse': ['containment'],
      'ca.plan': ['root-cause', 'similar-checked'],
      'ca.back-to-analysis': [],
      'ca.implement': ['actions', 'effectiveness'],
      'ca.check': ['actions-done'],
      'ca.close-effective': [],
      'ca.close-override': ['override-evidence'],
      'ca.not-effective': [],
      'ca.cancel': ['cancel-reason'],
      'imp.create': [],
      'imp.approve': ['source', 'link', 'proposal', 'benefit'],
      'imp.start': [],
      'imp.complete': [],
      'imp.review': ['review'],
      'imp.reject': ['reject-reason'],
    });
  });

  it('names each part once, and every part is required somewhere', () => {
    const used = new Set(allRequirements().flatMap(({ parts }) => parts));
    expect([...used].sort()).toEqual(Object.keys(RECORD_PARTS).sort());
    for (const { parts } of allRequirements()) expect(new Set(parts).size).toBe(parts.length);
  });

  it('throws for an unknown transition', () => {
    expect(() => requiredParts('ca.teleport')).toThrow(/no transition/);
  });
});

/** Fill in a corrective action the way its owner would, one step at a time. */
const fills: Record<string, (record: CorrectiveActionRecord) => void> = {
  'ca.evaluate': () => {},
  'ca.contain': (r) => (r.decision = { choice: 'corrective-action', rationale: 'Three periods off target' }),
  'ca.analyse': (r) => (r.containment = 'Callbacks to every affected customer'),
  'ca.plan': (r) => {
    r.rootCause = { method: 'ishikawa', statement: 'Outdated FAQ' };
    r.similarChecked = { checked: true, note: '' };
  },
  'ca.implement': (r) => {
    r.actions = [{ id: 'a-1', text: 'Rewrite the FAQ', ownerAccountId: '557058:f0d6', dueDate: '2026-04-01', done: false }];
    r.effectiveness.verificationDate = '2026-07-01';
  },
  'ca.check': (r) => (r.actions[0]!.done = true),
};

describe('missingParts', () => {
  it('walks a corrective action from Open to the effectiveness check, each step missing exactly what is not yet filled in', () => {
    const record = raisedAction();
    const path: [string, string][] = [
      ['ca.open', 'ca.evaluate'],
      ['ca.evaluation', 'ca.contain'],
      ['ca.containment', 'ca.analyse'],
      ['ca.root-cause', 'ca.plan'],
      ['ca.action-plan', 'ca.implement'],
      ['ca.implementation', 'ca.check'],
    ];
    for (const [from, transition] of path) {
      const needed = requiredParts(transition);
      const missingBefore = missingParts(record, from, transition);
      if (transition !== 'ca.evaluate') expect([transition, missingBefore]).toEqual([transition, needed]);
      fills[transition]!(record);
      expect([transition, missingParts(record, from, transition)]).toEqual([transition, []]);
    }
  });

  it('needs the problem written, not blank', () => {
    expect(missingParts({ ...raisedAction(), problem: '  \n ' }, 'ca.open', 'ca.evaluate')).toEqual(['problem']);
    expect(missingParts({ ...raisedAction(), source: 'audit', link: null }, 'ca.open', 'ca.evaluate')).toEqual([]);
  });

  it('needs a KPI-raised record to link its KPI (the one part a parsed record always has)', () => {
    expect(holds(RECORD_PARTS.link, { source: 'kpi-breach', link: null })).toBe(false);
    expect(holds(RECORD_PARTS.link, { source: 'kpi-on-target', link: null })).toBe(false);
    expect(holds(RECORD_PARTS.link, { source: 'audit', link: null })).toBe(true);
    expect(holds(RECORD_PARTS.link, { source: 'kpi-breach', link: { cardId: 'c' } })).toBe(true);
  });

  it('lets an evaluation go on only with the decision the transition follows, and its rationale', () => {
    const decided = (choice: 'corrective-action' | 'correction-only' | null, rationale: string) => ({ ...raisedAction(), decision: { choice, rationale } });
    expect(missingParts(decided('corrective-action', 'Persistent'), 'ca.evaluation', 'ca.contain')).toEqual([]);
    expect(missingParts(decided('corrective-action', ' '), 'ca.evaluation', 'ca.contain')).toEqual(['decided-action']);
    expect(missingParts(decided('correction-only', 'One-off'), 'ca.evaluation', 'ca.contain')).toEqual(['decided-action']);
    expect(missingParts(decided('correction-only', 'One-off'), 'ca.evaluation', 'ca.no-action')).toEqual([]);
    expect(missingParts(decided('correction-only', ''), 'ca.evaluation', 'ca.no-action')).toEqual(['decided-correction']);
    expect(missingParts(decided('corrective-action', 'Persistent'), 'ca.evaluation', 'ca.no-action')).toEqual(['decided-correction']);
    expect(missingParts(decided(null, 'Unsure'), 'ca.evaluation', 'ca.no-action')).toEqual(['decided-correction']);
  });

  it('needs the root cause’s method and statement, and similar nonconformities looked at', () => {
    const base = completeAction();
    expect(missingParts(base, 'ca.root-cause', 'ca.plan')).toEqual([]);
    expect(missingParts({ ...base, rootCause: { method: null, statement: 'x' } }, 'ca.root-cause', 'ca.plan')).toEqual(['root-cause']);
    expect(missingParts({ ...base, rootCause: { method: 'other', statement: '' } }, 'ca.root-cause', 'ca.plan')).toEqual(['root-cause']);
    expect(missingParts({ ...base, similarChecked: { checked: false, note: 'later' } }, 'ca.root-cause', 'ca.plan')).toEqual(['similar-checked']);
  });

  it('needs at least one action, each with what, who and by when, and a verification date', () => {
    const base = completeAction();
    const action = base.actions[0]!;
    const plan = (record: CorrectiveActionRecord) => missingParts(record, 'ca.action-plan', 'ca.implement');
    expect(plan(base)).toEqual([]);
    expect(plan({ ...base, actions: [] })).toEqual(['actions']);
    expect(plan({ ...base, actions: [action, { ...action, id: 'a-2', ownerAccountId: '' }] })).toEqual(['actions']);
    expect(plan({ ...base, actions: [{ ...action, dueDate: null }] })).toEqual(['actions']);
    expect(plan({ ...base, actions: [{ ...action, text: ' ' }] })).toEqual(['actions']);
    expect(plan({ ...base, effectiveness: { periodsOnTarget: 3, verificationDate: null } })).toEqual(['effectiveness']);
  });

  it('leaves implementation only when every action is done', () => {
    const base = completeAction();
    const action = base.actions[0]!;
    const check = (record: CorrectiveActionRecord) => missingParts(record, 'ca.implementation', 'ca.check');
    expect(check(base)).toEqual([]);
    expect(check({ ...base, actions: [action, { ...action, id: 'a-2', done: false }] })).toEqual(['actions-done']);
    expect(check({ ...base, actions: [] })).toEqual(['actions-done']);
  });

  it('cancels from every status it may, needing only the reason', () => {
    const cancel = CORRECTIVE_ACTION_WORKFLOW.transitions.find((t) => t.ref === 'ca.cancel')!;
    for (const from of cancel.from) {
      expect(missingParts({ ...raisedAction(), problem: '' }, from, 'ca.cancel')).toEqual(['cancel-reason']);
      expect(missingParts({ ...raisedAction(), cancelReason: 'Raised twice' }, from, 'ca.cancel')).toEqual([]);
    }
  });

  it('closes by override only with the evidence it rests on written, not blank, whatever else the record holds', () => {
    const close = (evidence: string) => missingParts({ ...completeAction(), override: { evidence } }, 'ca.effectiveness', 'ca.close-override');
    expect(close('')).toEqual(['override-evidence']);
    expect(close(' \n\t')).toEqual(['override-evidence']);
    expect(close('Audit report QA-12: the process was retired')).toEqual([]);
    expect(missingParts({ ...raisedAction(), override: { evidence: 'Board decision' } }, 'ca.effectiveness', 'ca.close-override')).toEqual([]);
    // The validator's config asks Jira for the same part, on the corrective action's workflow.
    expect(JSON.parse(validatorConfig('ca.close-override')!)).toEqual({ kind: 'corrective-action', parts: ['override-evidence'] });
    expect(presentParts({ ...raisedAction(), override: { evidence: 'Board decision' } })).toContain('override-evidence');
    expect(presentParts(raisedAction())).not.toContain('override-evidence');
  });

  it('steps back and out of the effectiveness check without asking for anything yet', () => {
    expect(missingParts(raisedAction(), 'ca.action-plan', 'ca.back-to-analysis')).toEqual([]);
    expect(missingParts(raisedAction(), 'ca.effectiveness', 'ca.not-effective')).toEqual([]);
    expect(missingParts(raisedAction(), 'ca.effectiveness', 'ca.close-effective')).toEqual([]);
  });

  it('walks an improvement: the proposal and its benefit to approve, the review to finish, the reason to reject', () => {
    const proposed = proposedImprovement();
    expect(missingParts(proposed, 'imp.proposed', 'imp.approve')).toEqual(['benefit']);
    expect(missingParts({ ...proposed, benefit: 'Fewer contacts' }, 'imp.proposed', 'imp.approve')).toEqual([]);
    expect(missingParts(proposed, 'imp.implemented', 'imp.review')).toEqual(['review']);
    expect(missingParts(completeImprovement(), 'imp.implemented', 'imp.review')).toEqual([]);
    for (const from of ['imp.proposed', 'imp.approved']) {
      expect(missingParts(proposed, from, 'imp.reject')).toEqual(['reject-reason']);
      expect(missingParts(completeImprovement(), from, 'imp.reject')).toEqual([]);
    }
  });

  it('misses every part when there is no record, or one of the other kind', () => {
    expect(missingParts(null, 'ca.open', 'ca.evaluate')).toEqual(['source', 'link', 'problem']);
    expect(missingParts(completeImprovement(), 'ca.open', 'ca.evaluate')).toEqual(['source', 'link', 'problem']);
    expect(missingParts(completeAction(), 'imp.proposed', 'imp.approve')).toEqual(['source', 'link', 'proposal', 'benefit']);
  });

  it('refuses a transition that does not leave the status', () => {
    expect(() => missingParts(raisedAction(), 'ca.closed', 'ca.cancel')).toThrow(/does not leave/);
    expect(() => missingParts(raisedAction(), 'ca.open', 'ca.contain')).toThrow(/does not leave/);
    expect(() => missingParts(raisedAction(), 'ca.open', 'ca.nowhere')).toThrow(/no transition/);
  });
});

describe('presentParts', () => {
  it('lists the parts of the record’s own kind that hold', () => {
    expect(presentParts(raisedAction())).toEqual(['source', 'link', 'problem']);
    // The two decisions exclude each other: a complete record has made one of them.
    expect(presentParts(completeAction())).toEqual(partsOfKind('corrective-action').filter((part) => part !== 'decided-correction'));
    expect(presentParts(completeImprovement())).toEqual(['source', 'link', 'proposal', 'benefit', 'reject-reason', 'review']);
    expect(partsOfKind('improvement')).toEqual(['source', 'link', 'proposal', 'benefit', 'reject-reason', 'review']);
    expect(partsOfKind('corrective-action')).not.toContain('proposal');
  });
});

describe('the validator’s config', () => {
  it('names, for each transition, exactly the parts missingParts checks, and the workflow’s kind', () => {
    for (const { workflow, transition } of everyTransition) {
      const config = validatorConfig(transition.ref);
      const parts = requiredParts(transition.ref);
      if (parts.length === 0) {
        expect([transition.ref, config]).toEqual([transition.ref, null]);
        continue;
      }
      expect(JSON.parse(config!)).toEqual({ kind: workflow.kind, parts });
    }
  });

  it('never has an `expression` key (Forge would take it as a replacement expression)', () => {
    for (const { transition } of everyTransition) {
      const config = validatorConfig(transition.ref);
      if (config) expect(Object.keys(JSON.parse(config))).not.toContain('expression');
    }
  });
});

describe('the validator expression', () => {
  const expression = validatorExpression();

  it('reads the issue property once, by its key, into a variable', () => {
    expect(expression.startsWith(`let r = issue.properties['${ACTION_PROPERTY_KEY}']; `)).toBe(true);
    expect(expression.split('issue.properties').length - 1).toBe(1);
  });

  it('checks the schema version, the kind and the parts the config names among presentParts', () => {
    expect(expression).toContain('r != null && ');
    expect(expression).toContain('r.schemaVersion == 1');
    expect(expression).toContain("r.kind == config['kind']");
    expect(expression).toContain("config['parts'].every(p => r.presentParts.includes(p))");
  });

  it('reads only keys the stored property and every config have', () => {
    const property = toIssueProperty(completeAction()) as unknown as Record<string, unknown>;
    const recordKeys = [...expression.matchAll(/\br\.(\w+)/g)].map((match) => match[1]!);
    for (const key of recordKeys) expect(Object.keys(property)).toContain(key);
    const configKeys = [...expression.matchAll(/config\['(\w+)'\]/g)].map((match) => match[1]!);
    expect(configKeys.sort()).toEqual(['kind', 'parts']);
    for (const { transition } of everyTransition) {
      const config = validatorConfig(transition.ref);
      if (config) expect(Object.keys(JSON.parse(config)).sort()).toEqual(['kind', 'parts']);
    }
  });

  it('stays inside Jira’s limits on an expression (1,000 characters, 100 syntactic elements)', () => {
    expect(expression.length).toBeLessThanOrEqual(1000);
    // Identifiers, literals and operators, counted generously as the tokens they are.
    const tokens = expression.match(/'[^']*'|[A-Za-z_]\w*|\d+|==|!=|&&|=>|[^\s\w]/g) ?? [];
    expect(tokens.length).toBeLessThanOrEqual(100);
  });

  it('is balanced: every bracket closed, every string ended', () => {
    const unquoted = expression.replace(/'[^']*'/g, "''");
    expect((expression.match(/'/g) ?? []).length % 2).toBe(0);
    const stack: string[] = [];
    const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
    for (const char of unquoted) {
      if ('([{'.includes(char)) stack.push(char);
      else if (char in pairs) expect(stack.pop()).toBe(pairs[char]);
    }
    expect(stack).toEqual([]);
  });
});

/**
 * What the expression decides, read the way Jira would read it, over the stored property and the
 * transition's config. Jira cannot run here; this is the expression's meaning, for the agreement
 * test below (its text is checked above).
 */
function jiraAllows(property: unknown, config: string | null): boolean {
  if (config === null) return true;
  const { kind, parts } = JSON.parse(config) as { kind: string; parts: string[] };
  const r = property as { schemaVersion?: unknown; kind?: unknown; presentParts?: unknown } | null;
  if (r === null || r === undefined || r.schemaVersion !== 1 || r.kind !== kind) return false;
  const present = r.presentParts;
  return Array.isArray(present) && parts.every((part) => present.includes(part));
}

const text = fc.constantFrom('', ' ', 'Written');
const correctiveActions: fc.Arbitrary<ActionRecord> = fc
  .record({
    problem: text,
    choice: fc.constantFrom(null, 'correction-only' as const, 'corrective-action' as const),
    rationale: text,
    containment: text,
    method: fc.constantFrom(null, '5-why' as const),
    statement: text,
    checked: fc.boolean(),
    actions: fc.array(
      fc.record({ text, owner: fc.constantFrom('', '557058:f0d6'), due: fc.constantFrom(null, '2026-04-01'), done: fc.boolean() }),
      { maxLength: 3 },
    ),
    verification: fc.constantFrom(null, '2026-07-01'),
    cancelReason: text,
  })
  .map((fields) => ({
    ...raisedAction(),
    problem: fields.problem,
    decision: { choice: fields.choice, rationale: fields.rationale },
    containment: fields.containment,
    rootCause: { method: fields.method, statement: fields.statement },
    similarChecked: { checked: fields.checked, note: '' },
    actions: fields.actions.map((action, index) => ({ id: `a-${index}`, text: action.text, ownerAccountId: action.owner, dueDate: action.due, done: action.done })),
    effectiveness: { periodsOnTarget: 3, verificationDate: fields.verification },
    cancelReason: fields.cancelReason,
  }));
const improvements: fc.Arbitrary<ActionRecord> = fc
  .record({ proposal: text, benefit: text, rejectReason: text, review: text })
  .map((fields) => ({ ...proposedImprovement(), ...fields }));

describe('the app’s check and Jira’s validator', () => {
  it('let through the same transitions for every record, from every status', () => {
    fc.assert(
      fc.property(fc.oneof(correctiveActions, improvements), (record) => {
        const property = JSON.parse(JSON.stringify(toIssueProperty(record))) as unknown;
        for (const { transition } of everyTransition) {
          for (const from of transition.from) {
            const appAllows = missingParts(record, from, transition.ref).length === 0;
            expect([transition.ref, from, jiraAllows(property, validatorConfig(transition.ref))]).toEqual([transition.ref, from, appAllows]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('both refuse an issue without the record, and a record of the other workflow', () => {
    for (const { transition } of everyTransition) {
      const config = validatorConfig(transition.ref);
      if (config === null) continue;
      expect(jiraAllows(null, config)).toBe(false);
      const other = transition.ref.startsWith('ca.') ? completeImprovement() : completeAction();
      expect(jiraAllows(toIssueProperty(other), config)).toBe(false);
      expect(jiraAllows({ ...toIssueProperty(other), presentParts: undefined }, config)).toBe(false);
    }
  });

  it('cover every requirement of both workflows', () => {
    const parts = new Set<RecordPart>([...partsOfKind('corrective-action'), ...partsOfKind('improvement')]);
    for (const workflow of [CORRECTIVE_ACTION_WORKFLOW, IMPROVEMENT_WORKFLOW]) {
      for (const transition of workflow.transitions) for (const part of requiredParts(transition.ref)) expect(parts.has(part)).toBe(true);
    }
  });
});
