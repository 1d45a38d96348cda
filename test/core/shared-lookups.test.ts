import { userActor, ANONYMOUS } from '../../src/core/actor';
import type { PageAccess, PagePermissions } from '../../src/core/ports/page-permissions';
import type { PeopleDirectory } from '../../src/core/ports/people-directory';
import { sharedLookups } from '../../src/core/usecases/shared-lookups';

/** Confluence as ports that count their calls, answering after a tick so parallel callers overlap. */
function countingConfluence() {
  const calls: string[] = [];
  let failNext = false;
  const later = <T>(value: T): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(value), 1));
  const permissions: PagePermissions = {
    pageAccess: async (actor, pageId) => {
      calls.push(`pageAccess:${actor.kind === 'user' ? actor.accountId : actor.kind}:${pageId}`);
      if (failNext) {
        failNext = false;
        throw new Error('Confluence could not answer');
      }
      return later<PageAccess>({ canView: true, canEdit: pageId === 'editable' });
    },
    canEditPage: async () => Promise.reject(new Error('not to be called')),
    canViewPage: async () => Promise.reject(new Error('not to be called')),
    visiblePages: async () => {
      calls.push('visiblePages');
      return new Map();
    },
  };
  const directory: PeopleDirectory = {
    searchPeople: async () => [],
    searchGroups: async () => [],
    person: async () => null,
    group: async () => null,
    groupsOf: async (actor) => {
      calls.push(`groupsOf:${actor.kind === 'user' ? actor.accountId : actor.kind}`);
      return later(['g-quality']);
    },
  };
  return { calls, deps: { permissions, directory, other: 'kept' }, failOnce: () => (failNext = true) };
}

describe('one invocation’s Confluence lookups', () => {
  it('asks a page’s access and the reader’s groups once, also for parts that ask at the same time', async () => {
    const { calls, deps } = countingConfluence();
    const scoped = sharedLookups(deps);
    const reader = userActor('acc-reader');
    const answers = await Promise.all([
      scoped.permissions.canViewPage(reader, '1'),
      scoped.permissions.pageAccess(reader, '1'),
      scoped.permissions.canEditPage(reader, '1'),
      scoped.directory.groupsOf(reader),
      scoped.directory.groupsOf(reader),
    ]);
    expect(answers).toEqual([true, { canView: true, canEdit: false }, false, ['g-quality'], ['g-quality']]);
    expect(calls).toEqual(['pageAccess:acc-reader:1', 'groupsOf:acc-reader']);
    expect(scoped.other).toBe('kept');
  });

  it('keeps pages and people apart, and a new invocation asks again', async () => {
    const { calls, deps } = countingConfluence();
    const scoped = sharedLookups(deps);
    expect(await scoped.permissions.canEditPage(userActor('acc-a'), 'editable')).toBe(true);
    expect(await scoped.permissions.canEditPage(userActor('acc-b'), 'editable')).toBe(true);
    expect(await scoped.permissions.canEditPage(userActor('acc-a'), '2')).toBe(false);
    await scoped.permissions.pageAccess(ANONYMOUS, '2');
    await sharedLookups(deps).permissions.pageAccess(userActor('acc-a'), 'editable');
    expect(calls).toEqual(['pageAccess:acc-a:editable', 'pageAccess:acc-b:editable', 'pageAccess:acc-a:2', 'pageAccess:anonymous:2', 'pageAccess:acc-a:editable']);
  });

  it('does not keep a failed answer: the next part asks again', async () => {
    const { calls, deps, failOnce } = countingConfluence();
    const scoped = sharedLookups(deps);
    failOnce();
    await expect(scoped.permissions.pageAccess(userActor('acc-a'), '1')).rejects.toThrow('could not answer');
    expect(await scoped.permissions.canViewPage(userActor('acc-a'), '1')).toBe(true);
    expect(calls).toEqual(['pageAccess:acc-a:1', 'pageAccess:acc-a:1']);
  });
});
