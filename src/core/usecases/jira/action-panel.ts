import type { Actor } from '../../actor';
import type { ProcessCard } from '../../card/process-card';
import { fromIssueProperty } from '../../capa/action-property';
import type { ActionRecord } from '../../capa/ca-record';
import type { ActionKind } from '../../capa/jira-site';
import { kpiTrend } from '../../kpi/kpi-trend';
import type { KpiSummaryEntry } from '../../kpi/kpi-types';
import type { Clock } from '../../ports/clock';
import type { JiraIssues } from '../../ports/jira-issues';
import type { JiraSiteStore } from '../../ports/jira-site-store';
import type { KpiRecords, KpiRecordsReader } from '../../ports/kpi-records';
import type { Logger } from '../../ports/logger';
import type { PagePermissions } from '../../ports/page-permissions';
import type { ActionPanelView, PanelCard, PanelKpi, SnapshotReason } from '../../results/action-panel-results';
import { kpiJudgement } from '../kpi/kpi-rules-of';
import { kpiSnapshot } from './kpi-snapshot';

export interface ActionPanelDeps {
  /** As the viewer: Jira decides whether they may see the issue and its record. */
  jiraIssues: JiraIssues;
  /** As the viewer: Confluence decides whether they may see the card's page. */
  permissions: PagePermissions;
  records: KpiRecordsReader;
  jiraSite: JiraSiteStore;
  clock: Clock;
  logger: Logger;
}

/** The issue the panel is on, from the platform's context of the panel (never from the payload). */
export interface PanelIssue {
  id: string;
  key: string;
  typeId: string;
}

export interface ActionPanelInput {
  viewer: Actor;
  issue: PanelIssue;
  /** The site's root (Jira's and Confluence's), when the platform named it. */
  siteUrl: string | undefined;
}

/**
 * What the issue panel shows. The record is read as the viewer, so an issue Jira hides from them
 * shows nothing; the card's live data only after Confluence says the viewer may see the card's
 * page, asked as them before storage is read. Otherwise the record's own snapshot, with the
 * reason. Budget: one Jira read, one or two Confluence checks, one storage batch.
 */
export function createActionPanel(deps: ActionPanelDeps) {
  return async function actionPanel(input: ActionPanelInput): Promise<ActionPanelView> {
    const { viewer, issue } = input;
    const record = fromIssueProperty(await deps.jiraIssues.actionProperty(issue.id));
    if (record === null) return withoutRecord(deps, issue);
    const snapshot = (reason: SnapshotReason): ActionPanelView => ({ state: 'snapshot', issueKey: issue.key, record, reason });
    const link = record.link;
    if (link === null) return snapshot('no-link');
    if (!(await deps.permissions.canViewPage(viewer, link.pageId))) return snapshot('no-view');
    let records: KpiRecords;
    try {
      records = await deps.records.read(link.cardId);
    } catch (error) {
      deps.logger.error('The issue panel could not read the card from storage', { issueKey: issue.key, cardId: link.cardId, error: String(error) });
      return snapshot('storage-unavailable');
    }
    const card = records.card;
    if (card === null) return snapshot('card-gone');
    // The card may have moved since the record was written: its own page is the one to be allowed.
    const pageId = card.location?.pageId || link.pageId;
    if (pageId !== link.pageId && !(await deps.permissions.canViewPage(viewer, pageId))) return snapshot('no-view');
    const kpiId = link.kpiId;
    const kpi = kpiId === null ? null : panelKpi(card, kpiId, records, record, deps.clock.now());
    return { state: 'live', issueKey: issue.key, record, card: panelCard(card, records, pageId, input.siteUrl), kpi, kpiGone: kpiId !== null && kpi === null };
  };
}

async function withoutRecord(deps: ActionPanelDeps, issue: PanelIssue): Promise<ActionPanelView> {
  let kind: ActionKind | null = null;
  try {
    const site = await deps.jiraSite.get();
    if (site !== null) {
      const found = (Object.keys(site.issueTypes) as ActionKind[]).find((candidate) => site.issueTypes[candidate] === issue.typeId);
      if (found === undefined) return { state: 'not-an-action' };
      kind = found;
    }
  } catch (error) {
    // The panel is shown only on the app's types: without the set-up it still says what it can.
    deps.logger.error('The issue panel could not read the Jira set-up from storage', { issueKey: issue.key, error: String(error) });
  }
  return { state: 'no-record', issueKey: issue.key, kind };
}

function panelCard(card: ProcessCard, records: KpiRecords, pageId: string, siteUrl: string | undefined): PanelCard {
  const ownerRoleId = card.content.responsibility.ownerRoleId;
  const role = ownerRoleId === undefined ? undefined : card.content.roles.find((candidate) => candidate.id === ownerRoleId);
  const mapping = records.settings?.roleMapping ?? {};
  const assignees = role !== undefined && Object.hasOwn(mapping, role.id) ? mapping[role.id] : undefined;
  return {
    cardId: card.id,
    title: card.content.title.trim() || card.id,
    pageUrl: siteUrl === undefined ? null : `${siteUrl}/wiki/pages/viewpage.action?pageId=${encodeURIComponent(pageId)}`,
    owner:
      role === undefined
        ? null
        : { roleName: role.name, people: (assignees?.people ?? []).map((person) => person.name), groups: (assignees?.groups ?? []).map((group) => group.name) },
  };
}

function panelKpi(card: ProcessCard, kpiId: string, records: KpiRecords, record: ActionRecord, now: Date): PanelKpi | null {
  const kpi = card.content.kpis.find((candidate) => candidate.id === kpiId);
  if (kpi === undefined) return null;
  const entry: KpiSummaryEntry | undefined = records.summary?.kpis[kpiId];
  const current = kpiSnapshot(kpi, entry, kpiJudgement(records.settings, records.site, now), now);
  // The last period the record's snapshot saw: values after it are what the action changed.
  const raisedAt = record.snapshot?.values.at(-1)?.periodKey ?? null;
  const values = current.values.map((point) => ({ ...point, afterRaise: raisedAt !== null && point.periodKey > raisedAt }));
  const direction = entry?.def.direction ?? null;
  return {
    kpiId,
    name: current.name,
    target: current.target,
    unit: current.unit,
    status: current.status,
    values,
    trend: { before: kpiTrend(values.filter((point) => !point.afterRaise), direction), after: kpiTrend(values.filter((point) => point.afterRaise), direction) },
    level: current.proposal.level,
    escalations: [...(entry?.levelChanges ?? [])].reverse().map((change) => ({ at: change.at, from: change.from, to: change.to, periodKey: change.periodKey })),
  };
}
