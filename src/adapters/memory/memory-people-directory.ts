import type { Actor } from '../../core/actor';
import { MAX_DIRECTORY_MATCHES, type DirectoryGroup, type DirectoryPerson, type PeopleDirectory } from '../../core/ports/people-directory';

export interface MemoryDirectoryGroup extends DirectoryGroup {
  /** Account ids of the group's members. */
  members: readonly string[];
}

/**
 * A small people and groups table. Matching follows the Confluence stand-in: a person by the start
 * of any word of their name, a group by any part of its name, case-insensitively.
 */
export class MemoryPeopleDirectory implements PeopleDirectory {
  /** Every query each method was asked, so tests can see what reached the directory. */
  readonly asked: Array<{ method: 'searchPeople' | 'searchGroups' | 'groupsOf'; query?: string }> = [];

  constructor(
    private readonly people: readonly DirectoryPerson[] = [],
    private readonly groups: readonly MemoryDirectoryGroup[] = [],
  ) {}

  async searchPeople(actor: Actor, query: string): Promise<DirectoryPerson[]> {
    this.asked.push({ method: 'searchPeople', query });
    const text = query.trim().toLocaleLowerCase();
    if (actor.kind !== 'user' || text.length < 2) return [];
    return this.people
      .filter((person) => person.name.toLocaleLowerCase().split(/\s+/).some((word) => word.startsWith(text)) || person.name.toLocaleLowerCase().startsWith(text))
      .slice(0, MAX_DIRECTORY_MATCHES)
      .map(({ accountId, name }) => ({ accountId, name }));
  }

  async searchGroups(actor: Actor, query: string): Promise<DirectoryGroup[]> {
    this.asked.push({ method: 'searchGroups', query });
    const text = query.trim().toLocaleLowerCase();
    if (actor.kind !== 'user' || text.length < 2) return [];
    return this.groups
      .filter((group) => group.name.toLocaleLowerCase().includes(text))
      .slice(0, MAX_DIRECTORY_MATCHES)
      .map(({ groupId, name }) => ({ groupId, name }));
  }

  async person(actor: Actor, accountId: string): Promise<DirectoryPerson | null> {
    const found = actor.kind === 'user' ? this.people.find((person) => person.accountId === accountId) : undefined;
    return found === undefined ? null : { accountId: found.accountId, name: found.name };
  }

  async group(actor: Actor, groupId: string): Promise<DirectoryGroup | null> {
    const found = actor.kind === 'user' ? this.groups.find((group) => group.groupId === groupId) : undefined;
    return found === undefined ? null : { groupId: found.groupId, name: found.name };
  }

  async groupsOf(actor: Actor): Promise<string[]> {
    this.asked.push({ method: 'groupsOf' });
    if (actor.kind !== 'user') return [];
    return this.groups.filter((group) => group.members.includes(actor.accountId)).map((group) => group.groupId);
  }
}
