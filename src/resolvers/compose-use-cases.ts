import { createGetCardForMacro } from '../core/usecases/get-card-for-macro';
import { createImportCardDocument } from '../core/usecases/import-card-document';
import { createCreateBlankCard } from '../core/usecases/create-blank-card';
import { createListCards } from '../core/usecases/list-cards';
import { createCardSettings } from '../core/usecases/card-settings';
import { createGetSiteSettings, createSaveSiteSettings } from '../core/usecases/site-settings';
import { MAX_CARDS_PER_IMPORT } from '../contracts/limits';
import { createRecordMeasurement } from '../core/usecases/kpi/record-measurement';
import { createGetKpiHistory } from '../core/usecases/kpi/get-kpi-history';
import { createKpiSettings } from '../core/usecases/kpi/kpi-settings';
import { createFeedMeasurement } from '../core/usecases/kpi/feed-measurement';
import { createReminderRun } from '../core/usecases/kpi/reminder-run';
import { createProvisionJira } from '../core/usecases/jira/provision-jira';
import { capaProvisioningTarget, EFFECTIVENESS_GATE_MODULE_KEY, RECORD_VALIDATOR_MODULE_KEY } from '../core/capa/provisioning/capa-target';
import { createRaiseAction } from '../core/usecases/jira/raise-action';
import { createListLinkedActions } from '../core/usecases/jira/list-linked-actions';
import { createRepairLinks } from '../core/usecases/jira/repair-links';
import { createJiraDefaultProject } from '../core/usecases/jira/jira-default-project';
import { createJiraOverrideGroup } from '../core/usecases/jira/jira-override-group';
import { createCardJiraSettings } from '../core/usecases/jira/card-jira-settings';
import { createCheckEffectiveness } from '../core/usecases/jira/check-effectiveness';
import { storageKpiReader } from '../core/usecases/jira/storage-kpi-reader';
import { createSyncIssueStatus } from '../core/usecases/jira/sync-issue-status';
import { createActionPanel } from '../core/usecases/jira/action-panel';
import type { AppDependencies } from './app-dependencies';

/** The composition root: every use case built once over one set of dependencies, shared by all modules. */
export function composeUseCases(deps: AppDependencies) {
  return {
    getCardForMacro: createGetCardForMacro(deps),
    importCardDocument: createImportCardDocument(deps, { maxCards: MAX_CARDS_PER_IMPORT }),
    createBlankCard: createCreateBlankCard(deps),
    listCards: createListCards(deps),
    cardSettings: createCardSettings(deps),
    getSiteSettings: createGetSiteSettings(deps),
    saveSiteSettings: createSaveSiteSettings(deps),
    measurements: createRecordMeasurement(deps),
    kpiHistory: createGetKpiHistory(deps),
    kpiSettings: createKpiSettings(deps),
    feed: createFeedMeasurement(deps),
    reminders: createReminderRun({ ...deps, queue: deps.reminderQueue }),
    actions: { raise: createRaiseAction(deps), list: createListLinkedActions(deps), repairLinks: createRepairLinks(deps), syncIssueStatus: createSyncIssueStatus(deps) },
    provisionJira: createProvisionJira({
      jira: deps.jiraProvisioning,
      appProperties: deps.appProperties,
      leases: deps.leases,
      jiraSite: deps.jiraSite,
      clock: deps.clock,
      audit: deps.audit,
      newAuditSuffix: deps.newAuditSuffix,
      target: (language, resolutions, { overrideGroupId }) =>
        capaProvisioningTarget({
          language,
          resolutions,
          overrideGroupId,
          appVersion: deps.appIdentity.appVersion(),
          validatorKey: deps.appIdentity.moduleAri(RECORD_VALIDATOR_MODULE_KEY),
          gateKey: deps.appIdentity.moduleAri(EFFECTIVENESS_GATE_MODULE_KEY),
        }),
    }),
    jiraDefaultProject: createJiraDefaultProject({ ...deps, jira: deps.jiraProvisioning }),
    jiraOverrideGroup: createJiraOverrideGroup({ ...deps, jira: deps.jiraProvisioning }),
    cardJiraSettings: createCardJiraSettings(deps),
    actionPanel: createActionPanel(deps),
    effectivenessGate: createCheckEffectiveness({ issues: deps.actionIssues, kpis: storageKpiReader(deps), clock: deps.clock, logger: deps.logger }),
  };
}

export type AppUseCases = ReturnType<typeof composeUseCases>;
