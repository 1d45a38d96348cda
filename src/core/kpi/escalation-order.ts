import type { EscalationLevel, EscalationRule } from './kpi-types';

/**
 * Escalation rules in the order they are checked: from the most severe level down, rules of a
 * level in the order they are listed. A card's rules come from its settings, one array for all
 * its KPIs, so the order is worked out once per array (a WeakMap) rather than once per KPI. Each
 * use checks that the array still holds the same rules with the same levels, which costs a few
 * comparisons, so a list edited in place is sorted again.
 */

const SEVERITY: Record<Exclude<EscalationLevel, 'none'>, number> = { 'corrective-action': 0, correction: 1, improvement: 2 };

interface Order {
  /** The rules and their levels as they were listed when sorted. */
  listed: EscalationRule[];
  levels: Array<EscalationRule['level']>;
  ordered: readonly EscalationRule[];
}

const orders = new WeakMap<readonly EscalationRule[], Order>();

function stillListed(order: Order, rules: readonly EscalationRule[]): boolean {
  if (order.listed.length !== rules.length) return false;
  for (let i = 0; i < rules.length; i += 1) {
    if (order.listed[i] !== rules[i] || order.levels[i] !== rules[i]!.level) return false;
  }
  return true;
}

/** The last array asked about: a card's KPIs ask about the same one, one after another. */
let last: { rules: readonly EscalationRule[]; order: Order } | null = null;

export function bySeverity(rules: readonly EscalationRule[]): readonly EscalationRule[] {
  if (last !== null && last.rules === rules && stillListed(last.order, rules)) return last.order.ordered;
  const seen = orders.get(rules);
  if (seen !== undefined && stillListed(seen, rules)) {
    last = { rules, order: seen };
    return seen.ordered;
  }
  const listed = [...rules];
  const ordered = Object.freeze(
    listed
      .map((rule, order) => ({ rule, order }))
      .sort((a, b) => SEVERITY[a.rule.level] - SEVERITY[b.rule.level] || a.order - b.order)
      .map(({ rule }) => rule),
  );
  const order = { listed, levels: listed.map((rule) => rule.level), ordered };
  orders.set(rules, order);
  last = { rules, order };
  return ordered;
}
