import type { CardStore } from '../ports/card-store';
import type { CardSettingsStore } from '../ports/card-settings-store';
import type { PagePermissions } from '../ports/page-permissions';
import type { PeopleDirectory } from '../ports/people-directory';
import { MAX_DIRECTORY_MATCHES } from '../ports/people-directory';
import type { MacroContext } from './macro-context';
import type { CardSettingsView, DirectorySearchResult } from '../results/settings-results';
import type { ProcessCard } from '../card/process-card';
import { emptySettings, holdsRole, type CardSettings, type RoleMapping } from '../settings/card-settings';
import { auditEntry } from '../audit/audit-entry';
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
    const owner = ownerRoleId === undefined ? undefined : current.roleMapping[ownerRoleId];
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
      const mapping = normaliseMapping(card, input.roleMapping);
      const changed = [...new Set([...Object.keys(current.roleMapping), ...Object.keys(mapping)])].filter(
        (roleId) => JSON.stringify(current.roleMapping[roleId] ?? null) !== JSON.stringify(mapping[roleId] ?? null),
      );
      const at = deps.now();
      const saved = await settings.save({
        settings: { ...current, roleMapping: mapping },
        expectedVersion: input.expectedVersion,
        savedBy: actor.accountId,
        savedAt: at,
        audit: auditEntry(
          {
            cardId: card.id,
            at,
            actor,
            action: 'roles.mapped',
            summary: `Changed who holds ${changed.length} role(s) of the card`,
            data: { settingsVersion: input.expectedVersion + 1, roleIds: changed },
          },
          deps.newAuditSuffix(),
        ),
      });
      return view(card, saved, true);
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

/** Only the card's own roles; no duplicates; names cleaned; a role with nobody is left out (it grants nothing). */
function normaliseMapping(card: ProcessCard, mapping: RoleMapping): RoleMapping {
  const roleIds = new Set(card.content.roles.map((role) => role.id));
  const unknown = Object.keys(mapping).filter((roleId) => !roleIds.has(roleId));
  if (unknown.length > 0) {
    throw new AppError(
      'VALIDATION',
      `The card has no role ${unknown.join(', ')}.`,
      unknown.map((roleId) => ({ path: `roleMapping.${roleId}`, message: 'the card has no such role' })),
      { reason: 'payload' },
    );
  }
  const result: RoleMapping = {};
  for (const [roleId, assignees] of Object.entries(mapping)) {
    const people = [...new Map(assignees.people.map((person) => [person.accountId, { ...person, name: cleanText(person.name).trim() }])).values()];
    const groups = [...new Map(assignees.groups.map((group) => [group.groupId, { ...group, name: cleanText(group.name).trim() }])).values()];
    if (people.length > 0 || groups.length > 0) result[roleId] = { people, groups };
  }
  return result;
}
