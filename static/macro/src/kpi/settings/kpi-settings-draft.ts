import type { EscalationRule, KpiSettingsView } from '../kpi-view-types';

/** The KPI settings as the panel edits them; grace days as typed, so "1" on its way to "14" stays. */
export interface KpiSettingsDraft {
  /** null: the site's zone. */
  timeZone: string | null;
  graceDays: string;
  /** Per KPI: its own rules, or null for the defaults. */
  rules: Record<string, EscalationRule[] | null>;
}

/** What the user changed, field by field, to be made again on a newer version after a conflict. */
export interface KpiSettingsChanges {
  timeZone?: string | null;
  graceDays?: string;
  rules: Record<string, EscalationRule[] | null>;
}

export const MAX_RULES = 10;
export const MAX_GRACE_DAYS = 90;

export function draftOf(view: KpiSettingsView): KpiSettingsDraft {
  return {
    timeZone: view.timeZone,
    graceDays: String(view.graceDays),
    rules: Object.fromEntries(view.kpis.map((kpi) => [kpi.kpiId, kpi.rules === null ? null : kpi.rules.map((rule) => ({ ...rule }))])),
  };
}

export function changesOf(view: KpiSettingsView, draft: KpiSettingsDraft): KpiSettingsChanges {
  const saved = draftOf(view);
  const changes: KpiSettingsChanges = { rules: {} };
  if (draft.timeZone !== saved.timeZone) changes.timeZone = draft.timeZone;
  if (draft.graceDays.trim() !== saved.graceDays) changes.graceDays = draft.graceDays;
  for (const [kpiId, rules] of Object.entries(draft.rules)) {
    if (!sameRules(rules, saved.rules[kpiId] ?? null)) changes.rules[kpiId] = rules;
  }
  return changes;
}

export function isChanged(view: KpiSettingsView, draft: KpiSettingsDraft): boolean {
  const changes = changesOf(view, draft);
  return 'timeZone' in changes || 'graceDays' in changes || Object.keys(changes.rules).length > 0;
}

/** A newer version with the user's changes made again on top (rules of KPIs no longer on the card are dropped). */
export function rebased(view: KpiSettingsView, changes: KpiSettingsChanges): KpiSettingsDraft {
  const draft = draftOf(view);
  if ('timeZone' in changes) draft.timeZone = changes.timeZone ?? null;
  if (changes.graceDays !== undefined) draft.graceDays = changes.graceDays;
  for (const [kpiId, rules] of Object.entries(changes.rules)) if (kpiId in draft.rules) draft.rules[kpiId] = rules;
  return draft;
}

/** Grace days as a whole number from 0 to MAX_GRACE_DAYS, or null when the text is not one. */
export function graceDaysOf(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const days = Number(trimmed);
  return days <= MAX_GRACE_DAYS ? days : null;
}

/** A rule to start from when one is added: the mildest level after the last rule's streak. */
export function newRule(rules: readonly EscalationRule[]): EscalationRule {
  const last = rules[rules.length - 1];
  return { when: 'off-target', periods: Math.min(12, (last?.periods ?? 0) + 1), level: 'correction' };
}

function sameRules(a: EscalationRule[] | null, b: EscalationRule[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((rule, index) => rule.when === b[index]!.when && rule.periods === b[index]!.periods && rule.level === b[index]!.level);
}
