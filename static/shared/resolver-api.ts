import type { z } from 'zod';
import type {
  CardView,
  CreateBlankCardPayload,
  GetCardForMacroPayload,
  ImportCardPayload,
  ImportCardResult,
  ListCardsPayload,
  ListCardsResult,
  CardSettingsView,
  DirectorySearchResult,
  GetCardSettingsPayload,
  SaveRoleMappingPayload,
  SearchDirectoryPayload,
  MacroCardResult,
  ResolverKey,
  GetSiteSettingsPayload,
  SaveSiteSettingsPayload,
  SiteSettingsView,
} from '@src/contracts/resolver-contracts';
import type {
  GetKpiHistoryPayload,
  GetKpiSettingsPayload,
  KpiHistoryResult,
  KpiSettingsView,
  RecordMeasurementPayload,
  RecordMeasurementResult,
  RotateFeedSecretPayload,
  RotateFeedSecretResult,
  SaveKpiSettingsPayload,
  WithdrawMeasurementPayload,
} from '@src/contracts/kpi-contracts';

import type { LinkedActionsResult, ListActionsPayload, RaiseActionPayload, RaiseActionResult, RepairLinksPayload, RepairLinksResult } from '@src/contracts/action-contracts';
import type {
  FindGroupsPayload,
  GetOverrideGroupPayload,
  JiraAdminProjectsView,
  JiraGroupsFound,
  JiraOverrideGroupView,
  ListProjectsPayload,
  PlanProvisioningPayload,
  ProvisioningPlan,
  RunProvisioningStepPayload,
  SetDefaultProjectPayload,
  SetOverrideGroupPayload,
  StepDone,
} from '@src/contracts/jira-admin-contracts';
import type { ActionPanelView, ActionPanelViewPayload } from '@src/contracts/action-panel-contracts';
import type { CardJiraSettingsEditorView, CardJiraSettingsView, GetCardJiraSettingsPayload, SaveCardJiraSettingsPayload } from '@src/contracts/jira-settings-contracts';

/**
 * What each resolver takes and answers, from the UI's side. Types only: the payload
 * schemas are zod objects on the server, and `import type` keeps zod out of the bundle.
 */
export interface ResolverApi {
  'card/get-for-macro': { payload: z.input<typeof GetCardForMacroPayload>; result: MacroCardResult };
  'card/import': { payload: z.input<typeof ImportCardPayload>; result: ImportCardResult };
  'card/create-blank': { payload: z.input<typeof CreateBlankCardPayload>; result: CardView };
  'card/list': { payload: z.input<typeof ListCardsPayload>; result: ListCardsResult };
  'settings/get': { payload: z.input<typeof GetCardSettingsPayload>; result: CardSettingsView };
  'settings/save-roles': { payload: z.input<typeof SaveRoleMappingPayload>; result: CardSettingsView };
  'directory/search': { payload: z.input<typeof SearchDirectoryPayload>; result: DirectorySearchResult };
  'site-settings/get': { payload: z.input<typeof GetSiteSettingsPayload>; result: SiteSettingsView };
  'site-settings/save': { payload: z.input<typeof SaveSiteSettingsPayload>; result: SiteSettingsView };
  'kpi/history': { payload: z.input<typeof GetKpiHistoryPayload>; result: KpiHistoryResult };
  'kpi/record': { payload: z.input<typeof RecordMeasurementPayload>; result: RecordMeasurementResult };
  'kpi/withdraw': { payload: z.input<typeof WithdrawMeasurementPayload>; result: RecordMeasurementResult };
  'kpi/settings-get': { payload: z.input<typeof GetKpiSettingsPayload>; result: KpiSettingsView };
  'kpi/settings-save': { payload: z.input<typeof SaveKpiSettingsPayload>; result: KpiSettingsView };
  'kpi/feed-rotate': { payload: z.input<typeof RotateFeedSecretPayload>; result: RotateFeedSecretResult };
  'action/raise': { payload: z.input<typeof RaiseActionPayload>; result: RaiseActionResult };
  'action/list': { payload: z.input<typeof ListActionsPayload>; result: LinkedActionsResult };
  'action/repair-links': { payload: z.input<typeof RepairLinksPayload>; result: RepairLinksResult };
  'jira-admin/plan': { payload: z.input<typeof PlanProvisioningPayload>; result: ProvisioningPlan };
  'jira-admin/step': { payload: z.input<typeof RunProvisioningStepPayload>; result: { done: StepDone; plan: ProvisioningPlan } };
  'jira-admin/projects': { payload: z.input<typeof ListProjectsPayload>; result: JiraAdminProjectsView };
  'jira-admin/set-default': { payload: z.input<typeof SetDefaultProjectPayload>; result: JiraAdminProjectsView };
  'jira-admin/override-group': { payload: z.input<typeof GetOverrideGroupPayload>; result: JiraOverrideGroupView };
  'jira-admin/find-groups': { payload: z.input<typeof FindGroupsPayload>; result: JiraGroupsFound };
  'jira-admin/set-override-group': { payload: z.input<typeof SetOverrideGroupPayload>; result: JiraOverrideGroupView };
  'jira/settings-get': { payload: z.input<typeof GetCardJiraSettingsPayload>; result: CardJiraSettingsView };
  'jira/settings-save': { payload: z.input<typeof SaveCardJiraSettingsPayload>; result: CardJiraSettingsEditorView };
  'action-panel/view': { payload: z.input<typeof ActionPanelViewPayload>; result: ActionPanelView };
}

// Fails to compile when the contract gains or renames a key this map does not cover.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const resolverKeysCovered: Exactly<keyof ResolverApi, ResolverKey> = true;
