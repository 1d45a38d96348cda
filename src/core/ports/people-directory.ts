import type { Actor } from '../actor';

export interface DirectoryPerson {
  accountId: string;
  name: string;
}

export interface DirectoryGroup {
  groupId: string;
  name: string;
}

/** At most this many matches a search answers: a picker, not a listing. */
export const MAX_DIRECTORY_MATCHES = 10;

/**
 * Confluence's people and groups, asked as the invoking user (`asUser()`), so nobody finds through
 * the app anyone Confluence would not show them.
 */
export interface PeopleDirectory {
  /** People whose name matches `query` (≥ 2 characters), at most MAX_DIRECTORY_MATCHES. */
  searchPeople(actor: Actor, query: string): Promise<DirectoryPerson[]>;
  /** Groups whose name matches `query`, at most MAX_DIRECTORY_MATCHES. */
  searchGroups(actor: Actor, query: string): Promise<DirectoryGroup[]>;
  /** The ids of the groups the actor belongs to, in one request (`/wiki/rest/api/user/memberof`). */
  groupsOf(actor: Actor): Promise<string[]>;
  /** One person by account id, as Confluence names them; null when unknown or not a person (an app, a bot). */
  person(actor: Actor, accountId: string): Promise<DirectoryPerson | null>;
  /** One group by id, as Confluence names it; null when unknown. */
  group(actor: Actor, groupId: string): Promise<DirectoryGroup | null>;
}
