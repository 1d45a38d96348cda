import { z } from 'zod';
import { CardId, ItemId } from '../card/process-card';
import { EscalationRule } from '../kpi/kpi-types';
import { TimeZoneName } from './site-settings';

/**
 * A card's settings: not card content (no re-approval when they change), kept in their own record
 * beside the revisioned card, audited, edited by the page's editors and the people mapped to the
 * process owner: the role mapping (v1), the KPI settings and the data feed (v2), the Jira project
 * and auto-raise (v3); later effectiveness N joins it (each bumping SETTINGS_SCHEMA_VERSION with a
 * migration in readStoredSettings).
 */
export const SETTINGS_SCHEMA_VERSION = 3 as const;

export const DEFAULT_GRACE_DAYS = 10;
export const MAX_RULES_PER_KPI = 10;

/**
 * How the card's KPIs are measured and escalated: the zone periods are cut in (null: the site's),
 * the days after a period's end before a missing value is overdue, and per-KPI escalation rules
 * (a KPI without an entry follows DEFAULT_ESCALATION_RULES).
 */
export const KpiSettings = z.object({
  timeZone: TimeZoneName.nullable(),
  graceDays: z.number().int().min(0).max(90),
  rules: z.record(ItemId, z.array(EscalationRule).max(MAX_RULES_PER_KPI)),
});
export type KpiSettings = z.infer<typeof KpiSettings>;

/** The KPI data feed: the secret itself lives in Forge secret storage, never in this record. */
export const FeedSettings = z.object({
  /** When the owner last created or rotated the secret; null: no secret, the feed refuses every post. */
  rotatedAt: z.string().nullable(),
  /**
   * Which stored secret is in force (0: none). A rotation stores the new secret under the next
   * number first and then moves this by compare-and-set, so a failed rotation changes nothing.
   */
  secretVersion: z.number().int().min(0),
});

/**
 * Where the card's corrective actions and improvements go in Jira: a provisioned project (null:
 * the site default chosen on the Jira admin page), and whether the daily run raises a corrective
 * action by itself when a KPI's escalation rule says so (off until the owner turns it on).
 */
export const JiraCardSettings = z.object({
  projectId: z.string().min(1).max(100).regex(/^\d+$/, 'not a Jira project id').nullable(),
  autoRaise: z.boolean(),
});
export type JiraCardSettings = z.infer<typeof JiraCardSettings>;

export const defaultJiraCardSettings = (): JiraCardSettings => ({ projectId: null, autoRaise: false });

export const defaultKpiSettings = (): KpiSettings => ({ timeZone: null, graceDays: DEFAULT_GRACE_DAYS, rules: {} });

export const AccountId = z.string().min(1).max(128).regex(/^[A-Za-z0-9:_-]+$/, 'not an Atlassian account id');
export const GroupId = z.string().min(1).max(128).regex(/^[A-Za-z0-9:_-]+$/, 'not a Confluence group id');

/** Names are kept as they were when picked, so showing a mapping needs no directory lookups. */
export const MappedPerson = z.object({ accountId: AccountId, name: z.string().max(200) });
export const MappedGroup = z.object({ groupId: GroupId, name: z.string().max(200) });

export const MAX_PEOPLE_PER_ROLE = 50;
export const MAX_GROUPS_PER_ROLE = 20;

/** Who holds a role of the card: Atlassian accounts and/or Confluence groups. Unmapped roles grant nothing. */
export const RoleAssignees = z.object({
  people: z.array(MappedPerson).max(MAX_PEOPLE_PER_ROLE),
  groups: z.array(MappedGroup).max(MAX_GROUPS_PER_ROLE),
});
export type RoleAssignees = z.infer<typeof RoleAssignees>;

export const RoleMapping = z.record(ItemId, RoleAssignees);
export type RoleMapping = z.infer<typeof RoleMapping>;

export const CardSettings = z.object({
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
  cardId: CardId,
  /** Optimistic-concurrency version: 0 before the first save. */
  version: z.number().int().min(0),
  roleMapping: RoleMapping,
  kpi: KpiSettings,
  feed: FeedSettings,
  jira: JiraCardSettings,
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type CardSettings = z.infer<typeof CardSettings>;

export const emptySettings = (cardId: string): CardSettings => ({
  schemaVersion: SETTINGS_SCHEMA_VERSION,
  cardId,
  version: 0,
  roleMapping: {},
  kpi: defaultKpiSettings(),
  feed: { rotatedAt: null, secretVersion: 0 },
  jira: defaultJiraCardSettings(),
  updatedAt: null,
  updatedBy: null,
});

/** Does the actor hold the role through the mapping (directly or through one of their groups)? */
export function holdsRole(mapping: RoleMapping, roleId: string | undefined, accountId: string, groupIds: readonly string[]): boolean {
  if (roleId === undefined) return false;
  const assignees = Object.hasOwn(mapping, roleId) ? mapping[roleId] : undefined;
  if (assignees === undefined) return false;
  return assignees.people.some((person) => person.accountId === accountId) || assignees.groups.some((group) => groupIds.includes(group.groupId));
}
