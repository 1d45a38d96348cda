import type { WorkflowRule, WorkflowShape, WorkflowTransitionShape } from '../ports/jira-provisioning';

/**
 * Telling "our workflow as some app version made it" from "edited by an admin": provisioning
 * keeps the fingerprint of every shape it wrote and compares the workflow Jira has now. Only what
 * a WorkflowShape says counts, in a canonical form: key order, the order Jira lists statuses,
 * transitions and rules in, a transition's from-statuses order, and what Jira adds by itself
 * (ids, version, a Forge rule's `id`, `tag` and `disabled`) do not change it.
 * Plain TypeScript (no node:crypto), so the admin page can compute it too.
 */

/**
 * Parameters Jira writes on a Forge rule by itself (GET /rest/api/3/workflows/capabilities,
 * "Forge rules": the rule's id, tags, whether the app is disabled): not part of what we asked for.
 */
const JIRA_FORGE_PARAMETERS: ReadonlySet<string> = new Set(['id', 'tag', 'disabled']);

interface CanonicalRule {
  ruleKey: string;
  parameters: Record<string, string>;
}

interface CanonicalTransition {
  name: string;
  type: WorkflowTransitionShape['type'];
  from: string[];
  to: string;
  validators: CanonicalRule[];
  actions: CanonicalRule[];
  conditions: CanonicalRule[];
}

interface CanonicalShape {
  name: string;
  description: string;
  statuses: string[];
  transitions: CanonicalTransition[];
}

/** JSON with every object's keys sorted: one text for one value, whatever order it was built in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A parameter holding JSON (a Forge rule's `config`) compares by its content, not its spelling. */
function canonicalParameter(text: string): string {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return text;
  try {
    return canonicalJson(JSON.parse(trimmed));
  } catch {
    return text;
  }
}

function canonicalRule(rule: WorkflowRule): CanonicalRule {
  const forge = rule.ruleKey.startsWith('forge:');
  const parameters: Record<string, string> = {};
  for (const [key, text] of Object.entries(rule.parameters)) {
    if (forge && JIRA_FORGE_PARAMETERS.has(key)) continue;
    parameters[key] = canonicalParameter(text);
  }
  return { ruleKey: rule.ruleKey, parameters };
}

const byText = <T>(items: readonly T[]): T[] =>
  items
    .map((item) => ({ item, text: canonicalJson(item) }))
    .sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))
    .map(({ item }) => item);

function canonicalTransition(transition: WorkflowTransitionShape): CanonicalTransition {
  return {
    name: transition.name,
    type: transition.type,
    from: [...transition.from].sort(),
    to: transition.to,
    validators: byText(transition.validators.map(canonicalRule)),
    actions: byText(transition.actions.map(canonicalRule)),
    conditions: byText(transition.conditions.map(canonicalRule)),
  };
}

/** Only the WorkflowShape's own fields are read: a JiraWorkflow's id and version never count. */
export function canonicalShape(shape: WorkflowShape): CanonicalShape {
  return {
    name: shape.name,
    description: shape.description,
    statuses: [...shape.statuses].sort(),
    transitions: byText(shape.transitions.map(canonicalTransition)),
  };
}

const FNV64_OFFSET = 0xcbf29ce484222325n;
const FNV64_PRIME = 0x100000001b3n;
const MASK64 = 0xffffffffffffffffn;

/** FNV-1a, 64 bits, over the text's UTF-8 bytes: small, deterministic, the same in Node and browsers. */
export function fnv1a64(text: string): string {
  let hash = FNV64_OFFSET;
  for (const byte of new TextEncoder().encode(text)) hash = ((hash ^ BigInt(byte)) * FNV64_PRIME) & MASK64;
  return hash.toString(16).padStart(16, '0');
}

/** The shape's fingerprint, `fnv1a64:<16 hex digits>`. */
export function fingerprint(shape: WorkflowShape): string {
  return `fnv1a64:${fnv1a64(canonicalJson(canonicalShape(shape)))}`;
}

const sameRules = (a: readonly CanonicalRule[], b: readonly CanonicalRule[]) => canonicalJson(a) === canonicalJson(b);

/**
 * What differs between the shape the app wants and the workflow Jira has, in words, for the
 * admin deciding whether to let the app put it back. Transitions are paired by name; one left
 * over on each side with the same type, from-statuses and target was renamed. They are told in
 * the app's order of transitions, the added ones last. `statusNames` (id → name) makes the
 * statuses readable; without it they are shown by id.
 */
export function describeDifferences(expected: WorkflowShape, actual: WorkflowShape, statusNames: Readonly<Record<string, string>> = {}): string[] {
  const named = (id: string) => (statusNames[id] ? `"${statusNames[id]}"` : id);
  const status = (id: string) => (statusNames[id] ? named(id) : `status ${id}`);
  const want = { ...canonicalShape(expected), transitions: expected.transitions.map(canonicalTransition) };
  const have = { ...canonicalShape(actual), transitions: actual.transitions.map(canonicalTransition) };
  const words: string[] = [];
  if (want.name !== have.name) words.push(`Workflow renamed from "${want.name}" to "${have.name}"`);
  if (want.description !== have.description) words.push('Workflow description changed');
  for (const id of have.statuses) if (!want.statuses.includes(id)) words.push(`Status ${named(id)} added`);
  for (const id of want.statuses) if (!have.statuses.includes(id)) words.push(`Status ${named(id)} removed`);

  const unmatched = [...have.transitions];
  const take = (predicate: (candidate: CanonicalTransition) => boolean): CanonicalTransition | null => {
    const index = unmatched.findIndex(predicate);
    return index < 0 ? null : unmatched.splice(index, 1)[0]!;
  };
  // Names first, for every transition, so a rename never takes a transition that kept its name.
  const byName = want.transitions.map((transition) => take((candidate) => candidate.name === transition.name));
  const pairs = want.transitions.map((transition, index) => {
    const found = byName[index];
    if (found) return { transition, found, renamed: false };
    const renamed = take(
      (candidate) => candidate.type === transition.type && candidate.to === transition.to && canonicalJson(candidate.from) === canonicalJson(transition.from),
    );
    return { transition, found: renamed, renamed: renamed !== null };
  });

  for (const { transition: wanted, found: had, renamed } of pairs) {
    const name = `Transition "${wanted.name}"`;
    if (!had) {
      words.push(`${name} removed`);
      continue;
    }
    if (renamed) words.push(`${name} renamed to "${had.name}"`);
    if (wanted.type !== had.type) words.push(`${name}: type changed from ${wanted.type} to ${had.type}`);
    if (wanted.to !== had.to) words.push(`${name}: leads to ${status(had.to)} instead of ${status(wanted.to)}`);
    const gained = had.from.filter((id) => !wanted.from.includes(id));
    const lost = wanted.from.filter((id) => !had.from.includes(id));
    if (gained.length > 0) words.push(`${name}: now also from ${gained.map(status).join(', ')}`);
    if (lost.length > 0) words.push(`${name}: no longer from ${lost.map(status).join(', ')}`);
    if (!sameRules(wanted.validators, had.validators)) words.push(`${name}: validators changed`);
    if (!sameRules(wanted.actions, had.actions)) words.push(`${name}: post functions changed`);
    if (!sameRules(wanted.conditions, had.conditions)) words.push(`${name}: conditions changed`);
  }
  for (const transition of unmatched) words.push(`Transition "${transition.name}" added`);
  return words;
}
