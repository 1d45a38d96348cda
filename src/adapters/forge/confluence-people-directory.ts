import api, { route, type Route } from '@forge/api';
import type { z } from 'zod';
import type { Actor } from '../../core/actor';
import { AppError } from '../../core/errors';
import { MAX_DIRECTORY_MATCHES, type DirectoryGroup, type DirectoryPerson, type PeopleDirectory } from '../../core/ports/people-directory';
import { AccountId, GroupId, MappedPerson } from '../../core/settings/card-settings';
import { callConfluence, FORGE_PACING, type ConfluenceLog, type ConfluenceResponse, type RetryPacing } from './confluence-call';
import { GroupList, UserSearchResponse } from './confluence-directory-responses';

export interface ConfluencePeopleDirectoryOptions {
  pacing?: RetryPacing;
  log?: ConfluenceLog;
}

// Confluence's own maximum for one page of memberships.
const MEMBERSHIP_LIMIT = 200;
const MIN_QUERY_LENGTH = 2;
const MAX_NAME_LENGTH = MappedPerson.shape.name.maxLength ?? 200;
// Who or what Confluence does not know (or will not show this user) is simply not found.
const ABSENT = [400, 403, 404] as const;

/**
 * Confluence's people and groups, asked as the invoking user (`asUser()`), so the picker finds
 * only whom Confluence would show that user. Confluence's own text never leaves this file:
 * a failure is a status in the log and an AppError worded by the UI.
 */
export class ConfluencePeopleDirectory implements PeopleDirectory {
  private readonly pacing: RetryPacing;
  private readonly log: ConfluenceLog;

  constructor(options: ConfluencePeopleDirectoryOptions = {}) {
    this.pacing = options.pacing ?? FORGE_PACING;
    this.log = options.log ?? ((message, context) => console.error(message, JSON.stringify(context)));
  }

  async searchPeople(actor: Actor, query: string): Promise<DirectoryPerson[]> {
    const text = searchText(query);
    if (actor.kind !== 'user' || text === undefined) return [];
    const cql = `user.fullname~${cqlString(text)}`;
    const body = await this.get('the people search', route`/wiki/rest/api/search/user?cql=${cql}&limit=${MAX_DIRECTORY_MATCHES}`);
    const people: DirectoryPerson[] = [];
    for (const { user } of parse(UserSearchResponse, body, 'the people search').results) {
      // App and bot accounts cannot hold a role of an ISO process.
      if (user?.accountType !== 'atlassian' || !AccountId.safeParse(user.accountId).success) continue;
      const name = (user.displayName ?? user.publicName ?? '').trim();
      if (name === '') continue;
      people.push({ accountId: user.accountId!, name: name.slice(0, MAX_NAME_LENGTH) });
    }
    return people.slice(0, MAX_DIRECTORY_MATCHES);
  }

  async searchGroups(actor: Actor, query: string): Promise<DirectoryGroup[]> {
    const text = searchText(query);
    if (actor.kind !== 'user' || text === undefined) return [];
    const body = await this.get('the group search', route`/wiki/rest/api/group/picker?query=${text}&limit=${MAX_DIRECTORY_MATCHES}`);
    return parse(GroupList, body, 'the group search')
      .results.filter((group) => GroupId.safeParse(group.id).success)
      .map((group) => ({ groupId: group.id, name: group.name.slice(0, MAX_NAME_LENGTH) }))
      .slice(0, MAX_DIRECTORY_MATCHES);
  }

  async groupsOf(actor: Actor): Promise<string[]> {
    if (actor.kind !== 'user') return [];
    // One page only, not followed by `_links.next`: the render budget allows one membership call,
    // and 200 groups (Confluence's page maximum) covers all but the rarest accounts; a group
    // beyond them grants nothing, which fails safe (the page editors keep their rights).
    const path = route`/wiki/rest/api/user/memberof?accountId=${actor.accountId}&limit=${MEMBERSHIP_LIMIT}`;
    const body = await this.get('the group memberships', path);
    return parse(GroupList, body, 'the group memberships').results.map((group) => group.id);
  }

  async person(actor: Actor, accountId: string): Promise<DirectoryPerson | null> {
    if (actor.kind !== 'user' || !AccountId.safeParse(accountId).success) return null;
    const body = await this.get('the person', route`/wiki/rest/api/user?accountId=${accountId}`, ABSENT);
    if (body === null) return null;
    const user = parse(UserSearchResponse.shape.results.element.shape.user, body, 'the person');
    const name = (user?.displayName ?? user?.publicName ?? '').trim();
    // App and bot accounts cannot hold a role of an ISO process.
    if (user?.accountType !== 'atlassian' || user.accountId !== accountId || name === '') return null;
    return { accountId, name: name.slice(0, MAX_NAME_LENGTH) };
  }

  async group(actor: Actor, groupId: string): Promise<DirectoryGroup | null> {
    if (actor.kind !== 'user' || !GroupId.safeParse(groupId).success) return null;
    const body = await this.get('the group', route`/wiki/rest/api/group/by-id?id=${groupId}`, ABSENT);
    if (body === null) return null;
    const group = parse(GroupList.shape.results.element, body, 'the group');
    return group.id === groupId ? { groupId, name: group.name.slice(0, MAX_NAME_LENGTH) } : null;
  }

  private async get(what: string, path: Route): Promise<unknown>;
  private async get(what: string, path: Route, absentStatuses: readonly number[]): Promise<unknown | null>;
  private async get(what: string, path: Route, absentStatuses?: readonly number[]): Promise<unknown | null> {
    const response: ConfluenceResponse | null = await callConfluence(
      what,
      () => api.asUser().requestConfluence(path, { headers: { Accept: 'application/json' } }),
      { pacing: this.pacing, log: this.log, ...(absentStatuses ? { absentStatuses } : {}) },
    );
    if (response === null && absentStatuses !== undefined) return null;
    // callConfluence answers null only for absent statuses, and none are given here.
    if (response === null) throw new AppError('INTERNAL', `Confluence gave no answer to ${what}.`, [], { reason: 'confluence' });
    return response.json();
  }
}

/** The query as searched: trimmed, control characters dropped; undefined when too short to ask. */
function searchText(query: string): string | undefined {
  const text = query.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  return text.length < MIN_QUERY_LENGTH ? undefined : text;
}

/**
 * A CQL string literal: inside double quotes a quote and a backslash are escaped with a backslash,
 * so a name like `O"Brien` or `a\b` is searched as typed and cannot end the literal or add clauses.
 */
export function cqlString(text: string): string {
  return `"${text.replace(/[\\"]/g, (character) => `\\${character}`)}"`;
}

function parse<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new AppError('INTERNAL', `Confluence answered ${what} in an unexpected shape.`, [], { reason: 'confluence' });
  }
  return parsed.data;
}
