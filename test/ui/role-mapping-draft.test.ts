import type { CardSettingsView } from '../../src/contracts/resolver-contracts';
import { MAX_GROUPS_PER_ROLE as CORE_MAX_GROUPS, MAX_PEOPLE_PER_ROLE as CORE_MAX_PEOPLE, RoleMapping } from '../../src/core/settings/card-settings';
import {
  changesOf,
  draftOf,
  rebased,
  hasRoomFor,
  isChanged,
  MAX_GROUPS_PER_ROLE,
  MAX_PEOPLE_PER_ROLE,
  picksOf,
  rolesInOrder,
  withoutPick,
  withPick,
  type Pick,
} from '../../static/macro/src/roles/role-mapping-draft';

const view: CardSettingsView = {
  cardId: 'card-1',
  version: 3,
  canEdit: true,
  updatedAt: null,
  updatedBy: null,
  roles: [
    { id: 'r-marketer', name: 'Маркетолог', isOwner: false, assignees: { people: [], groups: [{ groupId: 'g-1', name: 'marketing' }] } },
    { id: 'r-director', name: 'Директор', isOwner: true, assignees: { people: [{ accountId: 'a-1', name: 'Анна' }], groups: [] } },
  ],
};
const oleg: Pick = { kind: 'person', person: { accountId: 'a-2', name: 'Oleg' } };
const quality: Pick = { kind: 'group', group: { groupId: 'g-2', name: 'quality-managers' } };

describe('the roles panel’s draft of the mapping', () => {
  it('lists the owner’s role first, the others in the card’s order', () => {
    expect(rolesInOrder(view).map((role) => role.id)).toEqual(['r-director', 'r-marketer']);
    expect(rolesInOrder({ ...view, roles: [...view.roles].reverse() }).map((role) => role.id)).toEqual(['r-director', 'r-marketer']);
  });

  it('adds a person and a group once each, and sends every role, an emptied one included', () => {
    let draft = withPick(draftOf(view), 'r-director', oleg);
    draft = withPick(draft, 'r-director', oleg);
    draft = withPick(draft, 'r-director', quality);
    draft = withoutPick(draft, 'r-marketer', { kind: 'group', group: { groupId: 'g-1', name: 'marketing' } });
    expect(draft).toEqual({
      'r-director': { people: [{ accountId: 'a-1', name: 'Анна' }, { accountId: 'a-2', name: 'Oleg' }], groups: [{ groupId: 'g-2', name: 'quality-managers' }] },
      'r-marketer': { people: [], groups: [] },
    });
    // What the panel sends is what the server's schema takes.
    expect(RoleMapping.safeParse(draft).success).toBe(true);
  });

  it('sees a change, but not a change undone or a reordering', () => {
    const draft = draftOf(view);
    expect(isChanged(view, draft)).toBe(false);
    expect(isChanged(view, withPick(draft, 'r-marketer', oleg))).toBe(true);
    expect(isChanged(view, withoutPick(withPick(draft, 'r-marketer', oleg), 'r-marketer', oleg))).toBe(false);
  });

  it('stops at the limits the settings schema sets', () => {
    expect([MAX_PEOPLE_PER_ROLE, MAX_GROUPS_PER_ROLE]).toEqual([CORE_MAX_PEOPLE, CORE_MAX_GROUPS]);
    let draft = draftOf({ ...view, roles: [{ ...view.roles[1]!, assignees: { people: [], groups: [] } }] });
    for (let index = 0; index < MAX_PEOPLE_PER_ROLE + 1; index += 1) {
      draft = withPick(draft, 'r-director', { kind: 'person', person: { accountId: `a-${index}`, name: `P${index}` } });
    }
    expect(draft['r-director']!.people).toHaveLength(MAX_PEOPLE_PER_ROLE);
    expect([hasRoomFor(draft['r-director']!, 'person'), hasRoomFor(draft['r-director']!, 'group')]).toEqual([false, true]);
  });

  it('offers people first, then groups', () => {
    expect(picksOf({ people: [oleg.kind === 'person' ? oleg.person : never()], groups: [{ groupId: 'g-2', name: 'q' }] }).map((pick) => pick.kind)).toEqual([
      'person',
      'group',
    ]);
  });

  it('keeps the user’s own changes when reloading after a conflict, on top of the other person’s', () => {
    const oleg: Pick = { kind: 'person', person: { accountId: 'a-2', name: 'Олег' } };
    const mine = withoutPick(withPick(draftOf(view), 'r-director', oleg), 'r-marketer', { kind: 'group', group: { groupId: 'g-1', name: 'marketing' } });
    const theirs: CardSettingsView = {
      ...view,
      version: 4,
      roles: view.roles.map((role) =>
        role.id === 'r-director' ? { ...role, assignees: { people: [...role.assignees.people, { accountId: 'a-3', name: 'Ира' }], groups: [] } } : role,
      ),
    };
    const merged = rebased(theirs, changesOf(view, mine));
    expect(merged['r-director']!.people.map((person) => person.accountId)).toEqual(['a-1', 'a-3', 'a-2']);
    expect(merged['r-marketer']!.groups).toEqual([]);
    expect(rebased(theirs, [])).toEqual(draftOf(theirs));
  });
});

function never(): never {
  throw new Error('unreachable');
}
