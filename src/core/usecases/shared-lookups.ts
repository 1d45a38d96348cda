import type { Actor } from '../actor';
import { accountIdOf } from '../actor';
import type { PageAccess, PagePermissions } from '../ports/page-permissions';
import type { PeopleDirectory } from '../ports/people-directory';

/**
 * One invocation's view of Confluence: a page's access and the reader's groups asked at most once,
 * however many parts of the answer need them (the home page check, the reader's KPIs, who may
 * repair links), also when those parts run at once. The first render's budget counts Confluence
 * calls, not the questions its parts ask.
 */
export function sharedLookups<D extends { permissions: PagePermissions; directory: PeopleDirectory }>(deps: D): D {
  const access = new Map<string, Promise<PageAccess | null>>();
  const groups = new Map<string, Promise<string[]>>();
  const keyOf = (actor: Actor): string => accountIdOf(actor) ?? `${actor.kind}`;
  const pageAccess = (actor: Actor, pageId: string): Promise<PageAccess | null> => {
    const key = `${keyOf(actor)}\u0000${pageId}`;
    let found = access.get(key);
    if (found === undefined) {
      found = deps.permissions.pageAccess(actor, pageId);
      // A failed answer is not kept: a later part asks again, as it would have alone.
      found.catch(() => access.delete(key));
      access.set(key, found);
    }
    return found;
  };
  const permissions: PagePermissions = {
    pageAccess,
    canEditPage: async (actor, pageId) => (await pageAccess(actor, pageId))?.canEdit ?? false,
    canViewPage: async (actor, pageId) => (await pageAccess(actor, pageId))?.canView ?? false,
    visiblePages: (actor, pageIds) => deps.permissions.visiblePages(actor, pageIds),
  };
  const directory: PeopleDirectory = {
    searchPeople: (actor, query) => deps.directory.searchPeople(actor, query),
    searchGroups: (actor, query) => deps.directory.searchGroups(actor, query),
    person: (actor, accountId) => deps.directory.person(actor, accountId),
    group: (actor, groupId) => deps.directory.group(actor, groupId),
    groupsOf: (actor) => {
      const key = keyOf(actor);
      let found = groups.get(key);
      if (found === undefined) {
        found = deps.directory.groupsOf(actor);
        found.catch(() => groups.delete(key));
        groups.set(key, found);
      }
      return found;
    },
  };
  return { ...deps, permissions, directory };
}
