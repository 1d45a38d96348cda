import { defineMacroResolvers } from './resolvers/macro/define-macro-resolvers';
import { defineSiteSettingsResolvers } from './resolvers/site-settings/define-site-settings-resolvers';
import { defineJiraAdminResolvers } from './resolvers/jira-admin/define-jira-admin-resolvers';
import { defineExportMacro } from './resolvers/export-macro-handler';
import { defineKpiFeed } from './resolvers/kpi-feed/kpi-feed-webtrigger';
import { defineKpiRemindersConsumer, defineKpiRemindersTrigger } from './resolvers/reminders/kpi-reminder-handlers';
import { defineEffectivenessGate } from './resolvers/jira-gate/effectiveness-gate-handler';
import { defineJiraIssueTrigger } from './resolvers/jira-events/issue-updated-trigger';
import { defineActionPanelResolvers } from './resolvers/jira-panel/define-action-panel-resolvers';
import { forgeDependencies } from './resolvers/forge-dependencies';
import { composeUseCases } from './resolvers/compose-use-cases';

const dependencies = forgeDependencies();
const useCases = composeUseCases(dependencies);

/** Named in manifest.yml as `index.handler`: the macro module's resolver functions. */
export const handler = defineMacroResolvers(useCases, dependencies.logger).getDefinitions();

/** Named in manifest.yml as `index.siteSettingsHandler`: the global settings page's resolver functions. */
export const siteSettingsHandler = defineSiteSettingsResolvers(useCases, dependencies.logger).getDefinitions();

/** Named in manifest.yml as `index.jiraAdminHandler`: the Jira admin page's provisioning functions. */
export const jiraAdminHandler = defineJiraAdminResolvers(useCases, dependencies.logger).getDefinitions();

/** Named in manifest.yml as `index.exportMacro`: the macro in Confluence's PDF/Word export. */
export const exportMacro = defineExportMacro(dependencies);

/** Named in manifest.yml as `index.kpiFeed`: the KPI data feed webtrigger. */
export const kpiFeed = defineKpiFeed(useCases, dependencies.logger);

/** Named in manifest.yml as `index.kpiRemindersTrigger`: the daily scheduled trigger. */
export const kpiRemindersTrigger = defineKpiRemindersTrigger(useCases, dependencies.logger);

/** Named in manifest.yml as `index.kpiRemindersConsumer`: the consumer of the daily run's queue. */
export const kpiRemindersConsumer = defineKpiRemindersConsumer(useCases, dependencies.logger);

/** Named in manifest.yml as `index.effectivenessGateHandler`: the `effectiveness-gate` workflow validator on "Close as effective". */
export const effectivenessGateHandler = defineEffectivenessGate(useCases, dependencies.logger);

/** Named in manifest.yml as `index.jiraIssueTrigger`: Jira's issue events keep the card's linked-action counts. */
export const jiraIssueTrigger = defineJiraIssueTrigger(useCases, dependencies.logger);

/** Named in manifest.yml as `index.actionPanelHandler`: the corrective action / improvement panel on a Jira issue. */
export const actionPanelHandler = defineActionPanelResolvers(useCases, dependencies.logger).getDefinitions();
