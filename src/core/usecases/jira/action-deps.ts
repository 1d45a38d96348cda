import type { AuditLog } from '../../ports/audit-log';
import type { Clock } from '../../ports/clock';
import type { JiraIssues } from '../../ports/jira-issues';
import type { AppProperties } from '../../ports/jira-provisioning';
import type { KpiRecordsReader } from '../../ports/kpi-records';
import type { Logger } from '../../ports/logger';
import type { PagePermissions } from '../../ports/page-permissions';
import type { PeopleDirectory } from '../../ports/people-directory';
import type { RaiseClaims } from '../../ports/raise-claims';
import type { MeasurementStore } from '../../ports/measurement-store';
import type { JiraSiteStore } from '../../ports/jira-site-store';
import type { BreachClaims } from '../../ports/breach-claims';
import type { MacroContext } from '../macro-context';
import type { ProcessCard } from '../../card/process-card';

/** What raising and listing a card's actions need from the outside world. */
export interface ActionDeps {
  records: KpiRecordsReader;
  permissions: PagePermissions;
  directory: PeopleDirectory;
  /** As the invoking user: Jira decides what they may create and see. */
  jiraIssues: JiraIssues;
  /** The provisioning record, which only the app reads and writes. */
  appProperties: AppProperties;
  /** Storage's copy of the record (which projects are ready, the default), refreshed after reading the record. */
  jiraSite: JiraSiteStore;
  raiseClaims: RaiseClaims;
  /** The KPI breaches already raised (by the daily run, or by hand), so each is raised automatically at most once. */
  breachClaims: BreachClaims;
  /** The card's summary, which keeps the counts of its linked actions and the issues still without a link. */
  measurements: MeasurementStore;
  audit: AuditLog;
  clock: Clock;
  newAuditSuffix: () => string;
  logger: Logger;
}

/** The card's home page: where the card lives, which a copy of its macro elsewhere only shows. */
export const homePageOf = (card: ProcessCard, context: MacroContext): string => card.location?.pageId || context.location.pageId;

/** The home page's address, when the platform named the site. */
export const homePageUrl = (card: ProcessCard, context: MacroContext): string | null => pageUrlOf(context, homePageOf(card, context));

/** A page's address, when the platform named the site: this page's own, or any other by its id. */
export function pageUrlOf(context: MacroContext, pageId: string): string | null {
  if (context.site === undefined) return null;
  return pageId === context.location.pageId ? context.site.pageUrl : `${context.site.url}/wiki/pages/viewpage.action?pageId=${encodeURIComponent(pageId)}`;
}

/** An issue's address in Jira, which shares the site with Confluence. */
export const issueUrl = (context: MacroContext, key: string): string | null => (context.site === undefined ? null : `${context.site.url}/browse/${encodeURIComponent(key)}`);
