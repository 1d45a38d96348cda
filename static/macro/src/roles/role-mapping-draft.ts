import type { CardSettingsView, DirectorySearchResult, RoleWithAssignees } from '../../../../src/contracts/resolver-contracts';

/** What one role holds, as the save sends it. */
export type Assignees = RoleWithAssignees['assignees'];
export type RoleMappingDraft = Record<string, Assignees>;
export type DirectoryPerson = DirectorySearchResult['people'][number];
export type DirectoryGroup = DirectorySearchResult['groups'][number];
export type Pick = { kind: 'person'; person: DirectoryPerson } | { kind: 'group'; group: DirectoryGroup };

// The settings schema's limits (src/core/settings/card-settings.ts, which holds zod and is not
// bundled); test/ui/role-mapping-draft.test.ts keeps the two equal.
export const MAX_PEOPLE_PER_ROLE = 50;
export const MAX_GROUPS_PER_ROLE = 20;

/** The owner's role first (it decides who may edit these settings), the others as the card lists them. */
export function rolesInOrder(view: CardSettingsView): RoleWithAssignees[] {
  return [...view.roles.filter((role) => role.isOwner), ...view.roles.filter((role) => !role.isOwner)];
}

/** Every role of the card, an empty one included, so a save clears what was removed. */
export function draftOf(view: CardSettingsView): RoleMappingDraft {
  return Object.fromEntries(view.roles.map((role) => [role.id, { people: [...role.assignees.people], groups: [...role.assignees.groups] }]));
}

export function holds(assignees: Assignees, pick: Pick): boolean {
  return pick.kind === 'person'
    ? assignees.people.some((person) => person.accountId === pick.person.accountId)
    : assignees.groups.some((group) => group.groupId === pick.group.groupId);
}

/** Whether the role can take one more of this kind. */
export function hasRoomFor(assignees: Assignees, kind: Pick['kind']): boolean {
  return kind === 'person' ? assignees.people.length < MAX_PEOPLE_PER_ROLE : assignees.groups.length < MAX_GROUPS_PER_ROLE;
}

const EMPTY: Assignees = { people: [], groups: [] };

export function withPick(draft: RoleMappingDraft, roleId: string, pick: Pick): RoleMappingDraft {
  const current = draft[roleId] ?? EMPTY;
  if (holds(current, pick) || !hasRoomFor(current, pick.kind)) return draft;
  const next =
    pick.kind === 'person'
      ? { ...current, people: [...current.people, { accountId: pick.person.accountId, name: pick.person.name }] }
      : { ...current, groups: [...current.groups, { groupId: pick.group.groupId, name: pick.group.name }] };
  return { ...draft, [roleId]: next };
}

export function withoutPick(draft: RoleMappingDraft, roleId: string, pick: Pick): RoleMappingDraft {
  const current = draft[roleId] ?? EMPTY;
  const next =
    pick.kind === 'person'
      ? { ...current, people: current.people.filter((person) => person.accountId !== pick.person.accountId) }
      : { ...current, groups: current.groups.filter((group) => group.groupId !== pick.group.groupId) };
  return { ...draft, [roleId]: next };
}

/** Whether the draft differs from what was loaded (order aside, which means nothing). */
export function isChanged(view: CardSettingsView, draft: RoleMappingDraft): boolean {
  const key = (assignees: Assignees | undefined) =>
    JSON.stringify([
      (assignees?.people ?? []).map((person) => person.accountId).sort(),
      (assignees?.groups ?? []).map((group) => group.groupId).sort(),
    ]);
  return view.roles.some((role) => key(role.assignees) !== key(draft[role.id]));
}

/** Search results as one list of options: people first, then groups. */
export function picksOf(result: DirectorySearchResult): Pick[] {
  return [...result.people.map((person): Pick => ({ kind: 'person', person })), ...result.groups.map((group): Pick => ({ kind: 'group', group }))];
}

export const pickKey = (pick: Pick): string => (pick.kind === 'person' ? `p:${pick.person.accountId}` : `g:${pick.group.groupId}`);
export const pickName = (pick: Pick): string => (pick.kind === 'person' ? pick.person.name : pick.group.name);

export interface DraftChange {
  roleId: string;
  pick: Pick;
  added: boolean;
}

/** The user's own changes (who they added to or removed from which role) against what they loaded. */
export function changesOf(view: CardSettingsView, draft: RoleMappingDraft): DraftChange[] {
  const picks = (assignees: Assignees | undefined): Pick[] => [
    ...(assignees?.people ?? []).map((person): Pick => ({ kind: 'person', person })),
    ...(assignees?.groups ?? []).map((group): Pick => ({ kind: 'group', group })),
  ];
  return view.roles.flatMap((role) => {
    const before = picks(role.assignees);
    const after = picks(draft[role.id]);
    const keys = (list: Pick[]) => new Set(list.map(pickKey));
    const had = keys(before);
    const has = keys(after);
    return [
      ...after.filter((pick) => !had.has(pickKey(pick))).map((pick) => ({ roleId: role.id, pick, added: true })),
      ...before.filter((pick) => !has.has(pickKey(pick))).map((pick) => ({ roleId: role.id, pick, added: false })),
    ];
  });
}

/** Those changes made again on top of a newer version: after a conflict nothing the user did is lost. */
export function rebased(view: CardSettingsView, changes: readonly DraftChange[]): RoleMappingDraft {
  const roleIds = new Set(view.roles.map((role) => role.id));
  return changes
    .filter((change) => roleIds.has(change.roleId))
    .reduce((draft, change) => (change.added ? withPick(draft, change.roleId, change.pick) : withoutPick(draft, change.roleId, change.pick)), draftOf(view));
}
