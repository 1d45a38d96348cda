import { z } from 'zod';
import { CardId, ItemId } from '../card/process-card';

/**
 * A card's settings: not card content (no re-approval when they change), kept in their own record
 * beside the revisioned card, audited, edited by the page's editors and the people mapped to the
 * process owner. Now the role mapping; later escalation rules, grace period, time zone, Jira
 * project, effectiveness N, auto-raise and the webtrigger secret join it (each bumping
 * SETTINGS_SCHEMA_VERSION with a migration in readStoredSettings).
 */
export const SETTINGS_SCHEMA_VERSION = 1 as const;

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
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type CardSettings = z.infer<typeof CardSettings>;

export const emptySettings = (cardId: string): CardSettings => ({
  schemaVersion: SETTINGS_SCHEMA_VERSION,
  cardId,
  version: 0,
  roleMapping: {},
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
