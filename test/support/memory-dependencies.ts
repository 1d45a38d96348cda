import { MemoryActionIssueHistory } from '../../src/adapters/memory/memory-action-issue-history';
import { MemoryCardStore } from '../../src/adapters/memory/memory-card-store';
import { MemoryMacroBindingStore } from '../../src/adapters/memory/memory-macro-binding-store';
import { MemoryAuditLog } from '../../src/adapters/memory/memory-audit-log';
import { MemoryPagePermissions } from '../../src/adapters/memory/memory-page-permissions';
import { MemorySiteSettingsStore } from '../../src/adapters/memory/memory-site-settings-store';
import { MemorySiteAdmins } from '../../src/adapters/memory/memory-site-admins';
import type { AppDependencies } from '../../src/resolvers/app-dependencies';
import { MemoryCardSettingsStore } from '../../src/adapters/memory/memory-card-settings-store';
import { MemoryPeopleDirectory } from '../../src/adapters/memory/memory-people-directory';
import { MemoryMeasurementStore } from '../../src/adapters/memory/memory-measurement-store';
import { MemoryKpiRecordsReader } from '../../src/adapters/memory/memory-kpi-records';
import { MemoryFeedSecrets, MemoryFeedUrls, MemoryReminderQueue } from '../../src/adapters/memory/memory-feed';
import { fixedClock } from '../../src/core/ports/clock';
import { hmacFeedSignatures } from '../../src/adapters/node/hmac-feed-signatures';
import { MemoryAppProperties, MemoryJiraProvisioning } from '../../src/adapters/memory/memory-jira-provisioning';
import { MemoryJiraIssues } from '../../src/adapters/memory/memory-jira-issues';
import { MemoryRaiseClaims } from '../../src/adapters/memory/memory-raise-claims';
import { MemoryLeases } from '../../src/adapters/memory/memory-leases';
import { MemoryJiraSiteStore } from '../../src/adapters/memory/memory-jira-site-store';
import { MemoryReaderJiraAccess } from '../../src/adapters/memory/memory-reader-jira-access';
import { MemoryBreachClaims } from '../../src/adapters/memory/memory-breach-claims';

/** The app over in-memory adapters that share one audit log, as the Forge ones share one storage. */
export function memoryDependencies(editors: Record<string, string[]>, viewers?: Record<string, string[]>, siteAdmins: string[] = []) {
  const audit = new MemoryAuditLog();
  const bindings = new MemoryMacroBindingStore(audit);
  const cards = new MemoryCardStore(bindings);
  const siteSettings = new MemorySiteSettingsStore(audit);
  const settings = new MemoryCardSettingsStore(audit);
  const measurements = new MemoryMeasurementStore(audit);
  const clock = fixedClock('2026-11-25T10:00:00.000Z');
  const feedSecrets = new MemoryFeedSecrets();
  const reminderQueue = new MemoryReminderQueue();
  const jira = new MemoryJiraProvisioning();
  const appProperties = new MemoryAppProperties();
  const jiraIssues = new MemoryJiraIssues();
  const raiseClaims = new MemoryRaiseClaims();
  // The app's own view of Jira: the same issues, kept apart so tests tell who was asked.
  const jiraIssuesAsApp = new MemoryJiraIssues();
  const breachClaims = new MemoryBreachClaims();
  const leases = new MemoryLeases(clock);
  const jiraSite = new MemoryJiraSiteStore();
  const readerJira = new MemoryReaderJiraAccess();
  const actionIssues = new MemoryActionIssueHistory();
  let suffix = 0;
  const deps: AppDependencies = {
    cards,
    bindings,
    audit,
    permissions: new MemoryPagePermissions(editors, viewers ?? editors),
    settings,
    directory: new MemoryPeopleDirectory([], []),
    siteSettings,
    siteAdmins: new MemorySiteAdmins(siteAdmins),
    measurements,
    records: new MemoryKpiRecordsReader({ cards, measurements, settings, siteSettings, jiraSite, readerJira }),
    feedSecrets,
    feedUrls: new MemoryFeedUrls(),
    feedSignatures: hmacFeedSignatures,
    reminderQueue,
    jiraProvisioning: jira,
    appProperties,
    jiraIssues,
    jiraIssuesAsApp,
    actionIssues,
    raiseClaims,
    breachClaims,
    leases,
    jiraSite,
    readerJira,
    appIdentity: { appVersion: () => '1.0.0', moduleAri: (key) => `ari:cloud:ecosystem::extension/app-1/env-1/static/${key}` },
    clock,
    now: () => clock.now().toISOString(),
    newSecret: () => `secret-${(suffix += 1)}-${'0'.repeat(40)}`,
    newSecretVersion: () => 1000 + (suffix += 1),
    newAuditSuffix: () => `s${(suffix += 1)}`,
    logger: { error: () => undefined },
  };
  return Object.assign(deps, { memory: { audit, bindings, cards, siteSettings, settings, measurements, clock, feedSecrets, reminderQueue, jira, appProperties, jiraIssues, jiraIssuesAsApp, actionIssues, raiseClaims, breachClaims, leases, jiraSite, readerJira } });
}
