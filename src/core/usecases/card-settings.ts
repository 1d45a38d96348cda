import type { CardStore } from '../ports/card-store';
import type { CardSettingsStore } from '../ports/card-settings-store';
import type { PagePermissions } from '../ports/page-permissions';
import type { PeopleDirectory } from '../ports/people-directory';
import { MAX_DIRECTORY_MATCHES } from '../ports/people-directory';
import type { MacroContext } from './macro-context';
import type { CardSettingsView, DirectorySearchResult } from '../results/settings-results';
import type { ProcessCard } from '../card/process-card';
import { emptySettings, holdsRole, type CardSettings, type RoleMapping } from '../settings/card-settings';
import { saveCardSettings } from './save-card-settings';
import { AppError } from '../errors';
import { cleanText } from '../text/clean-text';

export interface CardSettingsDeps {
  cards: CardStore;
  settings: CardSettingsStore;
  permissions: PagePermissions;
  directory: PeopleDirectory;
  now: () => string;
  newAuditSuffix: () => string;
}

/**
 * Card settings (now the role mapping): shown to those who may see the card's page, changed by its
 * page editors and by the people mapped to the process owner's role. Settings are not content:
 * changing them never needs a new revision or approval, but every change is audited.
 */
export function createCardSettings(deps: CardSettingsDeps) {
  const { cards, settings, permissions, directory } = deps;

  /** The card and what the caller may do with its page, in one Confluence call. */
  const cardFor = async (context: MacroContext, cardId: string): Promise<{ card: ProcessCard; pageEditor: boolean }> => {
    const card = await cards.get(cardId);
    if (card === null) throw new AppError('NOT_FOUND', `Card ${cardId} does not exist.`, [], { reason: 'card' });
    const home = card.location?.pageId || context.location.pageId;
    const access = await permissions.pageAccess(context.actor, home);
    // Confluence already showed the caller the macro's own page; any other page must be visible to them.
    if (home !== context.location.pageId && access?.canView !== true) {
      throw new AppError('FORBIDDEN', 'This card lives on a page you cannot see.', [], { reason: 'view' });
    }
    return { card, pageEditor: access?.canEdit === true };
  };

  const mayEdit = async (context: MacroContext, card: ProcessCard, pageEditor: boolean, current: CardSettings): Promise<boolean> => {
    const { actor } = context;
    if (actor.kind !== 'user') return false;
    if (pageEditor) return true;
    const ownerRoleId = card.content.responsibility.ownerRoleId;
    const owner = ownerRoleId === undefined || !Object.hasOwn(current.roleMapping, ownerRoleId) ? undefined : current.roleMapping[ownerRoleId];
    if (owner === undefined) return false;
    // Only ask Confluence for the caller's groups when a group could make them the owner.
    const groups = owner.groups.length > 0 ? await directory.groupsOf(actor) : [];
    return holdsRole(current.roleMapping, ownerRoleId, actor.accountId, groups);
  };

  const view = (card: ProcessCard, current: CardSettings, canEdit: boolean): CardSettingsView => ({
    cardId: card.id,
    version: current.version,
    roles: [...card.content.roles]
      .sort((a, b) => Number(b.id === card.content.responsibility.ownerRoleId) - Number(a.id === card.content.responsibility.ownerRoleId))
      .map((role) => ({
        id: role.id,
        name: role.name,
        isOwner: role.id === card.content.responsibility.ownerRoleId,
        assignees: current.roleMapping[role.id] ?? { people: [], groups: [] },
      })),
    canEdit,
    updatedAt: current.updatedAt,
    updatedBy: current.updatedBy,
  });

  return {
    async get(context: MacroContext, input: { cardId: string }): Promise<CardSettingsView> {
      // Names and account ids of the people holding roles are shown to signed-in readers only.
      if (context.actor.kind !== 'user') throw new AppError('FORBIDDEN', 'Sign in to Confluence to see who holds the roles of this card.', [], { reason: 'sign-in' });
      const { card, pageEditor } = await cardFor(context, input.cardId);
      const current = (await settings.get(card.id)) ?? emptySettings(card.id);
      return view(card, current, await mayEdit(context, card, pageEditor, current));
    },

    async saveRoleMapping(
      context: MacroContext,
      input: { cardId: string; expectedVersion: number; roleMapping: RoleMapping },
    ): Promise<CardSettingsView> {
      const { actor } = context;
      if (actor.kind !== 'user') throw new AppError('FORBIDDEN', 'Sign in to Confluence to change card settings.', [], { reason: 'sign-in' });
      const { card, pageEditor } = await cardFor(context, input.cardId);
      const current = (await settings.get(card.id)) ?? emptySettings(card.id);
      if (!(await mayEdit(context, card, pageEditor, current))) {
        throw new AppError('FORBIDDEN', 'Only editors of the page and the process owner may change who holds the roles of this card.', [], {
          reason: 'edit',
        });
      }
      const mapping = await verifiedMapping(directory, actor, card, current.roleMapping, input.roleMapping);
      const { added, removed } = mappingChanges(current.roleMapping, mapping);
      // Nothing changed: no new version, no audit entry.
      if (added.length === 0 && removed.length === 0) return view(card, current, true);
      const at = deps.now();
      const saved = await saveCardSettings(
        { settings, newAuditSuffix: deps.newAuditSuffix },
        {
          cardId: card.id,
          next: { ...current, roleMapping: mapping },
          expectedVersion: input.expectedVersion,
          actor,
          at,
          action: 'roles.mapped',
          summary: `Gave ${added.length} and took away ${removed.length} role assignment(s) of the card`,
          data: { added, removed },
        },
      );
      // Whoever took themselves off the owner's role may no longer edit: say so at once.
      return view(card, saved, pageEditor || (await mayEdit(context, card, pageEditor, saved)));
    },

    async searchDirectory(context: MacroContext, input: { query: string; kind: 'people' | 'groups' | 'both' }): Promise<DirectorySearchResult> {
      if (context.actor.kind !== 'user') throw new AppError('FORBIDDEN', 'Sign in to Confluence to look people up.', [], { reason: 'sign-in' });
      const [people, groups] = await Promise.all([
        input.kind === 'groups' ? [] : directory.searchPeople(context.actor, input.query),
        input.kind === 'people' ? [] : directory.searchGroups(context.actor, input.query),
      ]);
      return { people: people.slice(0, MAX_DIRECTORY_MATCHES), groups: groups.slice(0, MAX_DIRECTORY_MATCHES) };
    },
  };
}

/** At most this many people and groups not mapped before are looked up in one save. */
export const MAX_NEW_ASSIGNEES_PER_SAVE = 20;

/**
 * The mapping as it will be stored: only the card's own roles, no duplicates, a role with nobody
 * left out (it grants nothing). Names never come from the payload: an assignee kept from before
 * keeps its stored name, a new one is looked up in Confluence (as the caller) and refused when it
 * is unknown or not a person, so nobody can put a misleading name on an account.
 */
async function verifiedMapping(
  directory: PeopleDirectory,
  actor: Extract<MacroContext['actor'], { kind: 'user' }>,
  card: ProcessCard,
  current: RoleMapping,
  wanted: RoleMapping,
): Promise<RoleMapping> {
  const roleIds = new Set(card.content.roles.map((role) => role.id));
  const unknown = Object.keys(wanted).filter((roleId) => !roleIds.has(roleId));
  if (unknown.length > 0) {
    throw new AppError(
      'VALIDATION',
      `The card has no role ${unknown.join(', ')}.`,
      unknown.map((roleId) => ({ path: `roleMapping.${roleId}`, message: 'the card has no such role' })),
      { reason: 'payload' },
    );
  }
  const knownPeople = new Map(Object.values(current).flatMap((assignees) => assignees.people.map((person) => [person.accountId, person.name] as const)));
  const knownGroups = new Map(Object.values(current).flatMap((assignees) => assignees.groups.map((group) => [group.groupId, group.name] as const)));
  const newPeople = [...new Set(Object.values(wanted).flatMap((assignees) => assignees.people.map((person) => person.accountId)))].filter((id) => !knownPeople.has(id));
  const newGroups = [...new Set(Object.values(wanted).flatMap((assignees) => assignees.groups.map((group) => group.groupId)))].filter((id) => !knownGroups.has(id));
  if (newPeople.length + newGroups.length > MAX_NEW_ASSIGNEES_PER_SAVE) {
    throw new AppError('VALIDATION', `At most ${MAX_NEW_ASSIGNEES_PER_SAVE} new people and groups can be added in one save.`, [], {
      reason: 'payload',
      params: { limit: MAX_NEW_ASSIGNEES_PER_SAVE },
    });
  }
  const [people, groups] = await Promise.all([
    Promise.all(newPeople.map((id) => directory.person(actor, id))),
    Promise.all(newGroups.map((id) => directory.group(actor, id))),
  ]);
  const missing = [
    ...newPeople.filter((_, index) => people[index] === null).map((id) => ({ path: `people.${id}`, message: 'Confluence knows no such person' })),
    ...newGroups.filter((_, index) => groups[index] === null).map((id) => ({ path: `groups.${id}`, message: 'Confluence knows no such group' })),
  ];
  if (missing.length > 0) throw new AppError('VALIDATION', 'Some of the people or groups are not known to Confluence.', missing, { reason: 'payload' });
  people.forEach((person) => person !== null && knownPeople.set(person.accountId, cleanText(person.name).trim()));
  groups.forEach((group) => group !== null && knownGroups.set(group.groupId, cleanText(group.name).trim()));

  const result: RoleMapping = {};
  for (const [roleId, assignees] of Object.entries(wanted)) {
    const peopleIds = [...new Set(assignees.people.map((person) => person.accountId))];
    const groupIds = [...new Set(assignees.groups.map((group) => group.groupId))];
    if (peopleIds.length === 0 && groupIds.length === 0) continue;
    result[roleId] = {
      people: peopleIds.map((accountId) => ({ accountId, name: knownPeople.get(accountId) ?? '' })),
      groups: groupIds.map((groupId) => ({ groupId, name: knownGroups.get(groupId) ?? '' })),
    };
  }
  return result;
}

/** Who gained or lost a role, as `roleId:p:accountId` / `roleId:g:groupId`, ignoring order and names. */
function mappingChanges(before: RoleMapping, after: RoleMapping): { added: string[]; removed: string[] } {
  const entries = (mapping: RoleMapping) =>
    new Set(
      Object.entries(mapping).flatMap(([roleId, assignees]) => [
        ...assignees.people.map((person) => `${roleId}:p:${person.accountId}`),
        ...assignees.groups.map((group) => `${roleId}:g:${group.groupId}`),
      ]),
    );
  const was = entries(before);
  const now = entries(after);
  return { added: [...now].filter((entry) => !was.has(entry)), removed: [...was].filter((entry) => !now.has(entry)) };
}
