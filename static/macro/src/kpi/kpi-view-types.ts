import type { KpiSettingsView, KpiView, OpenPeriodView } from '../../../../src/contracts/kpi-contracts';

/*
 * The KPI vocabulary the UI uses, read off the contract's result types (the UI names src/ only
 * through src/contracts/): the same types as src/core/kpi/kpi-types.ts, never a copy of them.
 */
export type KpiStatus = KpiView['status'];
export type PeriodKind = KpiView['kind'];
export type DueState = NonNullable<KpiView['due']>;
export type EscalationProposal = KpiView['escalation'];
export type EscalationRule = KpiSettingsView['defaultRules'][number];
export type { KpiSettingsView, OpenPeriodView };
