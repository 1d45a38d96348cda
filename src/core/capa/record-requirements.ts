import { ACTION_PROPERTY_KEY, ACTION_RECORD_SCHEMA_VERSION, KPI_SOURCES, type ActionRecord } from './ca-record';
import { CAPA_WORKFLOWS, findTransition, type CapaTransition, type WorkflowKind } from './capa-workflows';
import { holds, type Condition } from './record-conditions';

/**
 * What the record must hold before an issue may take a transition (ISO 9001 §10.2.1: react,
 * evaluate the need for action, determine the cause, implement, review effectiveness; §10.2.2:
 * keep it as documented information). The same requirements are checked twice: by the app
 * before it offers a transition (`missingParts`), and by Jira itself through the workflow
 * validator (`validatorExpression` + `validatorConfig`), so a transition taken in Jira's own UI
 * or REST API meets them too.
 *
 * Jira evaluates the validator, and a Jira expression is short by rule: at most 1,000 characters
 * and 100 syntactic elements (the limits in the REST API's own example answer of POST
 * /rest/api/3/expression/analyse, and the ones guides to Jira expressions quote from its docs).
 * Every part's check written out as one expression came to 1,094 characters and far more than
 * 100 elements. So the app does the checking when it writes the record: the property carries
 * `presentParts`, the parts that hold, worked out from the same table missingParts reads
 * (action-property: toIssueProperty), and the expression only asks whether the parts a
 * transition needs are among them. Whoever may edit the issue can write its properties through
 * the REST API, content and claim alike: the validator keeps people from moving on with a part
 * left out, not a determined editor from writing something untrue.
 */

/** The parts of the record a transition may require, and what "present" means for each. */
export const RECORD_PARTS = {
  source: { set: ['source'] },
  /** A KPI-raised record names the card, the KPI and the page. */
  link: { anyOf: [{ not: { oneOf: ['source'], values: KPI_SOURCES } }, { set: ['link'] }] },
  problem: { text: ['problem'] },
  /** Evaluated: the cause must be eliminated, and why (§10.2.1 b). */
  'decided-action': {
    allOf: [{ is: ['decision', 'choice'], value: 'corrective-action' }, { text: ['decision', 'rationale'] }],
  },
  /** Evaluated: a correction is enough, and why: the rationale is what closing without action rests on. */
  'decided-correction': {
    allOf: [{ is: ['decision', 'choice'], value: 'correction-only' }, { text: ['decision', 'rationale'] }],
  },
  containment: { text: ['containment'] },
  'root-cause': { allOf: [{ set: ['rootCause', 'method'] }, { text: ['rootCause', 'statement'] }] },
  /** §10.2.1 b 3: whether similar nonconformities exist or could occur has been looked at. */
  'similar-checked': { is: ['similarChecked', 'checked'], value: true },
  /** At least one action, each saying what, who and by when. */
  actions: {
    allOf: [
      { nonEmpty: ['actions'] },
      { each: ['actions'], all: [{ text: ['text'] }, { text: ['ownerAccountId'] }, { set: ['dueDate'] }] },
    ],
  },
  /** How effectiveness will be judged (periods on target: always set, at least 1) and by when. */
  effectiveness: { set: ['effectiveness', 'verificationDate'] },
  'actions-done': { allOf: [{ nonEmpty: ['actions'] }, { each: ['actions'], all: [{ is: ['done'], value: true }] }] },
  'cancel-reason': { text: ['cancelReason'] },
  /** What a close by override rests on, since the effectiveness gate did not decide it. */
  'override-evidence': { text: ['override', 'evidence'] },
  proposal: { text: ['proposal'] },
  benefit: { text: ['benefit'] },
  'reject-reason': { text: ['rejectReason'] },
  review: { text: ['review'] },
} as const satisfies Record<string, Condition>;

export type RecordPart = keyof typeof RECORD_PARTS;

/**
 * What must be present to leave a status forward, by status. Closing as effective will need the
 * KPI's periods on target since implementation, read from the KPI itself (the next part of this
 * work); until then leaving the effectiveness check needs nothing more than what came before.
 */
const TO_LEAVE: Readonly<Record<string, readonly RecordPart[]>> = {
  'ca.open': ['source', 'link', 'problem'],
  'ca.evaluation': ['decided-action'],
  'ca.containment': ['containment'],
  'ca.root-cause': ['root-cause', 'similar-checked'],
  'ca.action-plan': ['actions', 'effectiveness'],
  'ca.implementation': ['actions-done'],
  'ca.effectiveness': [],
  'imp.proposed': ['source', 'link', 'proposal', 'benefit'],
  'imp.approved': [],
  'imp.in-progress': [],
  'imp.implemented': ['review'],
};

/**
 * Transitions that leave otherwise than forward, and what they need instead: a cancel or a
 * rejection only its reason, a step back nothing (it reopens the analysis), closing without
 * action the decision that none is needed, the close by override its evidence (who may take it
 * is the workflow's restriction: capa-target).
 */
const INSTEAD: Readonly<Record<string, readonly RecordPart[]>> = {
  'ca.create': [],
  'ca.no-action': ['decided-correction'],
  'ca.back-to-analysis': [],
  'ca.not-effective': [],
  'ca.close-override': ['override-evidence'],
  'ca.cancel': ['cancel-reason'],
  'imp.create': [],
  'imp.reject': ['reject-reason'],
};

function transitionOrThrow(ref: string): { kind: WorkflowKind; transition: CapaTransition } {
  const found = findTransition(ref);
  if (!found) throw new Error(`no transition ${ref}`);
  return { kind: found.workflow.kind, transition: found.transition };
}

/** The parts a transition requires, in the order the UI lists them. */
export function requiredParts(transitionRef: string): readonly RecordPart[] {
  const { transition } = transitionOrThrow(transitionRef);
  const instead = INSTEAD[transition.ref];
  if (instead) return instead;
  // A forward transition leaves one status; one leaving several must say what it needs in INSTEAD.
  const [from, ...others] = transition.from;
  if (from === undefined || others.length > 0) throw new Error(`${transition.ref} leaves ${transition.from.length} statuses: list it in INSTEAD`);
  const parts = TO_LEAVE[from];
  if (!parts) throw new Error(`no requirements to leave ${from}`);
  return parts;
}

/**
 * The parts of `record` missing for the issue to take `transitionRef` from `fromStatusRef`
 * (the app's own check, the one the UI shows). An issue with no record, or a record of the other
 * kind, misses every part. Throws when the transition does not leave that status.
 */
export function missingParts(record: ActionRecord | null, fromStatusRef: string, transitionRef: string): RecordPart[] {
  const { kind, transition } = transitionOrThrow(transitionRef);
  if (!transition.from.includes(fromStatusRef)) throw new Error(`${transitionRef} does not leave ${fromStatusRef}`);
  const parts = requiredParts(transitionRef);
  if (record === null || record.kind !== kind || record.schemaVersion !== ACTION_RECORD_SCHEMA_VERSION) return [...parts];
  return parts.filter((part) => !holds(RECORD_PARTS[part], record));
}

/** The parts of its own kind that `record` has (what the issue property carries as `presentParts`). */
export function presentParts(record: ActionRecord): RecordPart[] {
  return partsOfKind(record.kind).filter((part) => holds(RECORD_PARTS[part], record));
}

/** The parts some transition of the kind's workflow requires, in table order. */
export function partsOfKind(kind: WorkflowKind): RecordPart[] {
  const workflow = CAPA_WORKFLOWS.find((candidate) => candidate.kind === kind)!;
  const required = new Set(workflow.transitions.flatMap((transition) => requiredParts(transition.ref)));
  return (Object.keys(RECORD_PARTS) as RecordPart[]).filter((part) => required.has(part));
}

/** What the validator's `config` holds for one transition. */
export interface ValidatorConfig {
  /** The workflow's kind: a record of the other kind is refused. */
  kind: WorkflowKind;
  /** Never empty: a transition requiring nothing gets no validator. */
  parts: RecordPart[];
}

/**
 * The validator's configuration for a transition: the JSON string that goes in the rule's
 * `config` parameter (and that Jira hands the expression as its `config` variable), or null when
 * the transition requires nothing and gets no validator. Its keys must never include
 * `expression`: Forge takes a config's `expression` as a replacement for the manifest's.
 */
export function validatorConfig(transitionRef: string): string | null {
  const { kind } = transitionOrThrow(transitionRef);
  const parts = requiredParts(transitionRef);
  if (parts.length === 0) return null;
  const config: ValidatorConfig = { kind, parts: [...parts] };
  return JSON.stringify(config);
}

/**
 * The single Jira expression the manifest's `jira:workflowValidator` module declares. It reads the
 * issue's property once (`let`; an entity property read is one of Jira's "expensive operations")
 * and passes when the record is the app's (this schema version), of the transition's kind, and
 * lists every part `config` names among its `presentParts`. Anything else fails it: no property,
 * a property without `presentParts`, a config without `parts` (an expression that fails to
 * evaluate fails the validator, by Forge's docs), so a transition is never let through by a
 * record or a config the expression does not understand.
 *
 * Jira expressions cannot be run here. The constructs are the documented ones (Forge's workflow
 * validator docs: the `issue` and `config` variables, `config['key']`; Jira expressions: a
 * leading `let`, `issue.properties['key']`, `!=`/`==`, `&&`, list `every` with an arrow function
 * and `includes`), but the expression must be confirmed on a dev site (POST
 * /rest/api/3/expression/analyse with a `config` context variable, then a real transition)
 * before it is relied on.
 */
export function validatorExpression(): string {
  return (
    `let r = issue.properties['${ACTION_PROPERTY_KEY}']; ` +
    `r != null && r.schemaVersion == ${ACTION_RECORD_SCHEMA_VERSION} && r.kind == config['kind'] && config['parts'].every(p => r.presentParts.includes(p))`
  );
}

/** Every transition of both workflows with its requirements: what tests and the admin page list. */
export function allRequirements(): { transitionRef: string; parts: readonly RecordPart[] }[] {
  return CAPA_WORKFLOWS.flatMap((workflow) => workflow.transitions.map((transition) => ({ transitionRef: transition.ref, parts: requiredParts(transition.ref) })));
}
