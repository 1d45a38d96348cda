import { createCardSettings } from '../../src/core/usecases/card-settings';
import { MemoryCardStore } from '../../src/adapters/memory/memory-card-store';
import { MemoryMacroBindingStore } from '../../src/adapters/memory/memory-macro-binding-store';
import { MemoryAuditLog } from '../../src/adapters/memory/memory-audit-log';
import { MemoryCardSettingsStore } from '../../src/adapters/memory/memory-card-settings-store';
import { MemoryPagePermissions } from '../../src/adapters/memory/memory-page-permissions';
import type { PeopleDirectory } from '../../src/core/ports/people-directory';
import { withRoles } from '../../src/core/card/card-roles';
import { userActor, ANONYMOUS, type Actor } from '../../src/core/actor';
import type { MacroContext } from '../../src/core/usecases/macro-context';
import { generateCard, placed } from '../support/card-builders';

const AT = '2026-11-25T10:00:00.000Z';
const OWNER_GROUP = 'grp-marketing';

function setup() {
  const audit = new MemoryAuditLog();
  const cards = new MemoryCardStore(new MemoryMacroBindingStore(audit));
  const settings = new MemoryCardSettingsStore(audit);
  const groupCalls: string[] = [];
  const directory: PeopleDirectory = {
    searchPeople: async (_actor, query) => [{ accountId: 'acc-olga', name: `Ольга ${query}` }],
    person: async (_actor, accountId) => (accountId === 'acc-olga' ? { accountId, name: 'Ольга' } : null),
    group: async (_actor, groupId) => (groupId === OWNER_GROUP ? { groupId, name: 'marketing' } : null),
    searchGroups: async () => [{ groupId: OWNER_GROUP, name: 'marketing' }],
    groupsOf: async (actor: Actor) => {
      groupCalls.push(actor.kind === 'user' ? actor.accountId : actor.kind);
      return actor.kind === 'user' && actor.accountId === 'acc-member' ? [OWNER_GROUP] : [];
    },
  };
  const useCases = createCardSettings({
    cards,
    settings,
    permissions: new MemoryPagePermissions({ 'acc-editor': ['page-1'] }, { 'acc-reader': ['page-1'], 'acc-member': ['page-1'], 'acc-olga': ['page-1'] }),
    directory,
    now: () => AT,
    newAuditSuffix: () => Math.random().toString(36).slice(2, 8),
  });
  const context = (actor: Actor): MacroContext => ({ actor, localId: 'm-1', location: { spaceId: 's', pageId: 'page-1' }, configCardId: undefined });
  return { audit, cards, settings, useCases, context, groupCalls };
}

async function storedCard(cards: MemoryCardStore) {
  const card = placed(generateCard(), 's', 'page-1');
  const saved = await cards.save({ card: { ...card, content: withRoles(card.content) }, expectedVersion: 0, savedBy: 'acc-editor', savedAt: AT });
  return { card: saved, ownerRoleId: saved.content.responsibility.ownerRoleId! };
}

describe('card settings: the role mapping', () => {
  it('lists the card’s roles, owner first, with nobody mapped yet; readers may look but not change', async () => {
    const { useCases, cards, context } = setup();
    const { card, ownerRoleId } = await storedCard(cards);
    const forReader = await useCases.get(context(userActor('acc-reader')), { cardId: card.id });
    expect(forReader).toMatchObject({ version: 0, canEdit: false });
    expect(forReader.roles[0]).toEqual({ id: ownerRoleId, name: 'Руководитель отдела маркетинга', isOwner: true, assignees: { people: [], groups: [] } });
    expect((await useCases.get(context(userActor('acc-editor')), { cardId: card.id })).canEdit).toBe(true);
    await expect(useCases.get(context(ANONYMOUS), { cardId: card.id })).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'sign-in' });
  });

  it('lets a page editor map people and groups, records it in the audit log, and survives renaming the role', async () => {
    const { useCases, cards, context, audit } = setup();
    const { card, ownerRoleId } = await storedCard(cards);
    const saved = await useCases.saveRoleMapping(context(userActor('acc-editor')), {
      cardId: card.id,
      expectedVersion: 0,
      // The names sent are not taken: Confluence's are.
      roleMapping: { [ownerRoleId]: { people: [{ accountId: 'acc-olga', name: 'Anna Ivanova (QMS Director)' }], groups: [{ groupId: OWNER_GROUP, name: 'x' }] } },
    });
    expect(saved.version).toBe(1);
    expect(saved.roles[0]!.assignees).toEqual({ people: [{ accountId: 'acc-olga', name: 'Ольга' }], groups: [{ groupId: OWNER_GROUP, name: 'marketing' }] });
    expect(audit.all().filter((entry) => entry.action === 'roles.mapped')).toEqual([
      expect.objectContaining({
        cardId: card.id,
        actor: { kind: 'user', accountId: 'acc-editor' },
        data: { settingsVersion: 1, added: [`${ownerRoleId}:p:acc-olga`, `${ownerRoleId}:g:${OWNER_GROUP}`], removed: [] },
      }),
    ]);
    // Saving the same mapping again changes nothing and records nothing.
    const again = await useCases.saveRoleMapping(context(userActor('acc-editor')), { cardId: card.id, expectedVersion: 1, roleMapping: { [ownerRoleId]: saved.roles[0]!.assignees } });
    expect(again.version).toBe(1);
    expect(audit.all().filter((entry) => entry.action === 'roles.mapped')).toHaveLength(1);
    // Renaming the role keeps its id, so the mapping stays with it.
    const renamed = { ...card, content: { ...card.content, roles: card.content.roles.map((role) => (role.id === ownerRoleId ? { ...role, name: 'Директор по маркетингу' } : role)) } };
    await cards.save({ card: renamed, expectedVersion: 1, savedBy: 'acc-editor', savedAt: AT });
    const after = await useCases.get(context(userActor('acc-reader')), { cardId: card.id });
    expect(after.roles[0]).toMatchObject({ name: 'Директор по маркетингу', assignees: { people: [{ accountId: 'acc-olga' }] } });
  });

  it('lets the mapped process owner edit (directly or through a group), and nobody else', async () => {
    const { useCases, cards, context, groupCalls } = setup();
    const { card, ownerRoleId } = await storedCard(cards);
    await useCases.saveRoleMapping(context(userActor('acc-editor')), {
      cardId: card.id,
      expectedVersion: 0,
      roleMapping: { [ownerRoleId]: { people: [{ accountId: 'acc-olga', name: 'Ольга' }], groups: [{ groupId: OWNER_GROUP, name: 'marketing' }] } },
    });
    expect((await useCases.get(context(userActor('acc-olga')), { cardId: card.id })).canEdit).toBe(true);
    expect((await useCases.get(context(userActor('acc-member')), { cardId: card.id })).canEdit).toBe(true);
    expect(groupCalls).toContain('acc-member');
    const refused = useCases.saveRoleMapping(context(userActor('acc-reader')), { cardId: card.id, expectedVersion: 1, roleMapping: {} });
    await expect(refused).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'edit' });
    await expect(useCases.saveRoleMapping(context(ANONYMOUS), { cardId: card.id, expectedVersion: 1, roleMapping: {} })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      reason: 'sign-in',
    });
    expect((await useCases.get(context(userActor('acc-reader')), { cardId: card.id })).version).toBe(1);
  });

  it('refuses someone Confluence does not know, and answers a holder who took themselves off as no longer an editor', async () => {
    const { useCases, cards, context } = setup();
    const { card, ownerRoleId } = await storedCard(cards);
    const unknown = useCases.saveRoleMapping(context(userActor('acc-editor')), {
      cardId: card.id,
      expectedVersion: 0,
      roleMapping: { [ownerRoleId]: { people: [{ accountId: 'acc-nobody', name: 'Nobody' }], groups: [] } },
    });
    await expect(unknown).rejects.toMatchObject({ code: 'VALIDATION', details: [{ path: 'people.acc-nobody' }] });
    await useCases.saveRoleMapping(context(userActor('acc-editor')), {
      cardId: card.id,
      expectedVersion: 0,
      roleMapping: { [ownerRoleId]: { people: [{ accountId: 'acc-olga', name: '' }], groups: [] } },
    });
    const after = await useCases.saveRoleMapping(context(userActor('acc-olga')), { cardId: card.id, expectedVersion: 1, roleMapping: {} });
    expect(after).toMatchObject({ version: 2, canEdit: false });
  });

  it('refuses a stale save and a role the card does not have, changing nothing', async () => {
    const { useCases, cards, context } = setup();
    const { card, ownerRoleId } = await storedCard(cards);
    const editor = context(userActor('acc-editor'));
    const mapping = { [ownerRoleId]: { people: [{ accountId: 'acc-olga', name: 'Ольга' }], groups: [] } };
    await useCases.saveRoleMapping(editor, { cardId: card.id, expectedVersion: 0, roleMapping: mapping });
    await expect(useCases.saveRoleMapping(editor, { cardId: card.id, expectedVersion: 0, roleMapping: {} })).rejects.toMatchObject({
      code: 'CONFLICT',
      reason: 'version',
    });
    await expect(
      useCases.saveRoleMapping(editor, { cardId: card.id, expectedVersion: 1, roleMapping: { 'role-99': { people: [], groups: [] } } }),
    ).rejects.toMatchObject({ code: 'VALIDATION', details: [{ path: 'roleMapping.role-99' }] });
    const now = await useCases.get(editor, { cardId: card.id });
    expect(now.version).toBe(1);
    expect(now.roles[0]!.assignees.people).toHaveLength(1);
  });

  it('finds people and groups only for a signed-in caller', async () => {
    const { useCases, context } = setup();
    expect(await useCases.searchDirectory(context(userActor('acc-editor')), { query: 'Ол', kind: 'both' })).toEqual({
      people: [{ accountId: 'acc-olga', name: 'Ольга Ол' }],
      groups: [{ groupId: OWNER_GROUP, name: 'marketing' }],
    });
    await expect(useCases.searchDirectory(context(ANONYMOUS), { query: 'Ол', kind: 'people' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
