import type { CardStore } from '../core/ports/card-store';
import type { MacroBindingStore } from '../core/ports/macro-bindings';
import type { AuditLog } from '../core/ports/audit-log';
import type { PagePermissions } from '../core/ports/page-permissions';
import type { CardSettingsStore } from '../core/ports/card-settings-store';
import type { PeopleDirectory } from '../core/ports/people-directory';
import type { Logger } from '../core/ports/logger';
import type { SiteSettingsStore } from '../core/ports/site-settings-store';
import type { SiteAdmins } from '../core/ports/site-admins';
import type { Clock } from '../core/ports/clock';
import type { MeasurementStore } from '../core/ports/measurement-store';
import type { KpiRecordsReader } from '../core/ports/kpi-records';
import type { FeedSecrets, FeedSignatures, FeedUrls } from '../core/ports/feed-secrets';
import type { ReminderQueue } from '../core/ports/reminder-queue';
import type { AppProperties, JiraProvisioning } from '../core/ports/jira-provisioning';
import type { AppIdentity } from '../core/ports/app-identity';
import type { JiraIssues } from '../core/ports/jira-issues';
import type { RaiseClaims } from '../core/ports/raise-claims';
import type { Leases } from '../core/ports/leases';
import type { JiraSiteStore } from '../core/ports/jira-site-store';
import type { ReaderJiraAccessStore } from '../core/ports/reader-jira-access-store';
import type { BreachClaims } from '../core/ports/breach-claims';
import type { ActionIssueHistory } from '../core/ports/action-issue-history';

/** Everything the resolvers need from the outside world: Forge adapters in production, fakes in tests. */
export interface AppDependencies {
  cards: CardStore;
  bindings: MacroBindingStore;
  audit: AuditLog;
  permissions: PagePermissions;
  settings: CardSettingsStore;
  directory: PeopleDirectory;
  siteSettings: SiteSettingsStore;
  siteAdmins: SiteAdmins;
  measurements: MeasurementStore;
  /** The card, its KPI summary and settings and the site settings, read in one storage request. */
  records: KpiRecordsReader;
  feedSecrets: FeedSecrets;
  feedUrls: FeedUrls;
  feedSignatures: FeedSignatures;
  reminderQueue: ReminderQueue;
  /** Jira's configuration as the admin on the Jira admin page (asUser). */
  jiraProvisioning: JiraProvisioning;
  /** Forge app properties in Jira, which only the app writes (the provisioning record). */
  appProperties: AppProperties;
  /** Jira issues as the invoking user: corrective actions and improvements raised from KPIs. */
  jiraIssues: JiraIssues;
  /** Jira issues as the app: the daily run's automatic corrective actions, which no user starts. */
  jiraIssuesAsApp: JiraIssues;
  /** An issue's action record and status history as the app: what the effectiveness gate reads. */
  actionIssues: ActionIssueHistory;
  /** The request ids of raises, so a retry makes no second issue. */
  raiseClaims: RaiseClaims;
  /** The KPI breaches the daily run raised, so each is raised once. */
  breachClaims: BreachClaims;
  /** Short exclusive holds (one provisioning step at a time). */
  leases: Leases;
  appIdentity: AppIdentity;
  /** The Confluence side's copy of the Jira set-up, refreshed from the provisioning record. */
  jiraSite: JiraSiteStore;
  /** Readers Jira refused, so their renders skip the search for a while. */
  readerJira: ReaderJiraAccessStore;
  /** The one source of time; `now` is its ISO string, for the older use cases. */
  clock: Clock;
  now: () => string;
  newSecret: () => string;
  newSecretVersion: () => number;
  newAuditSuffix: () => string;
  logger: Logger;
}
