import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { ForgeCardStore } from '../adapters/forge/forge-card-store';
import { ForgeMacroBindingStore } from '../adapters/forge/forge-macro-binding-store';
import { ForgeAuditLog } from '../adapters/forge/forge-audit-log';
import { ConfluencePagePermissions } from '../adapters/forge/confluence-page-permissions';
import { ConfluencePeopleDirectory } from '../adapters/forge/confluence-people-directory';
import { ForgeCardSettingsStore } from '../adapters/forge/forge-card-settings-store';
import { ForgeSiteSettingsStore } from '../adapters/forge/forge-site-settings-store';
import { ConfluenceSiteAdmins } from '../adapters/forge/confluence-site-admins';
import { ForgeMeasurementStore } from '../adapters/forge/forge-measurement-store';
import { ForgeKpiRecordsReader } from '../adapters/forge/forge-kpi-records';
import { ForgeJiraSiteStore } from '../adapters/forge/forge-jira-site-store';
import { ForgeReaderJiraAccess } from '../adapters/forge/forge-reader-jira-access';
import { ForgeFeedSecrets, ForgeFeedUrls } from '../adapters/forge/forge-feed-secrets';
import { ForgeReminderQueue } from '../adapters/forge/forge-reminder-queue';
import { ForgeJiraProvisioning } from '../adapters/forge/forge-jira-provisioning';
import { ForgeAppProperties } from '../adapters/forge/forge-app-properties';
import { ForgeAppIdentity } from '../adapters/forge/forge-app-identity';
import { ForgeJiraIssues } from '../adapters/forge/forge-jira-issues';
import { ForgeRaiseClaims } from '../adapters/forge/forge-raise-claims';
import { ForgeBreachClaims } from '../adapters/forge/forge-breach-claims';
import { ForgeLeases } from '../adapters/forge/forge-leases';
import { ForgeActionIssueHistory } from '../adapters/forge/forge-action-issue-history';
import { systemClock } from '../core/ports/clock';
import { hmacFeedSignatures } from '../adapters/node/hmac-feed-signatures';
import type { AppDependencies } from './app-dependencies';

/** The production wiring: Forge storage and Confluence's own permission checks. */
export function forgeDependencies(): AppDependencies {
  const logger = { error: (message: string, context: Record<string, unknown>) => console.error(message, JSON.stringify(context)) };
  const cards = new ForgeCardStore(logger);
  const clock = systemClock;
  return {
    cards,
    bindings: new ForgeMacroBindingStore(),
    audit: new ForgeAuditLog(logger),
    permissions: new ConfluencePagePermissions({ log: logger.error }),
    settings: new ForgeCardSettingsStore(),
    directory: new ConfluencePeopleDirectory({ log: logger.error }),
    siteSettings: new ForgeSiteSettingsStore(),
    siteAdmins: new ConfluenceSiteAdmins(),
    measurements: new ForgeMeasurementStore(logger),
    records: new ForgeKpiRecordsReader(cards, logger),
    feedSecrets: new ForgeFeedSecrets(),
    feedUrls: new ForgeFeedUrls(),
    feedSignatures: hmacFeedSignatures,
    reminderQueue: new ForgeReminderQueue(),
    jiraProvisioning: new ForgeJiraProvisioning(),
    appProperties: new ForgeAppProperties(),
    jiraIssues: new ForgeJiraIssues(),
    jiraIssuesAsApp: new ForgeJiraIssues({ principal: 'app' }),
    actionIssues: new ForgeActionIssueHistory(),
    raiseClaims: new ForgeRaiseClaims(),
    breachClaims: new ForgeBreachClaims(),
    leases: new ForgeLeases(clock),
    appIdentity: new ForgeAppIdentity(),
    jiraSite: new ForgeJiraSiteStore(),
    readerJira: new ForgeReaderJiraAccess(),
    clock,
    now: () => clock.now().toISOString(),
    newSecret: () => randomBytes(32).toString('hex'),
    newSecretVersion: () => randomInt(1, 2 ** 47),
    newAuditSuffix: () => randomUUID().slice(0, 8),
    logger,
  };
}
