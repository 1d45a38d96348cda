import api, { assumeTrustedRoute, route, type Route } from '@forge/api';
import type { z } from 'zod';
import type { PageAccess, VisiblePage } from '../../core/ports/page-permissions';
import { MAX_PAGES_PER_VISIBILITY_CHECK, PageAccessPermissions } from '../../core/ports/page-permissions';
import type { Actor } from '../../core/actor';
import { AppError } from '../../core/errors';
import { callConfluence, FORGE_PACING, type ConfluenceLog, type ConfluenceResponse, type RetryPacing } from './confluence-call';
import { PageList, PageWithOperations } from './confluence-page-responses';

export interface ConfluencePagePermissionsOptions {
  pacing?: RetryPacing;
  log?: ConfluenceLog;
}

// Confluence page ids are int64; anything else names no page and is not worth a request.
const PAGE_ID = /^\d+$/;
// The list answers at most `limit` pages at a time, and may answer fewer; a runaway cursor stops here.
const MAX_LIST_REQUESTS = 20;

/**
 * Asks Confluence as the invoking user (`asUser()`) what they may do with pages. Asking as the
 * app would need Confluence-admin rights to check someone else, and the app cannot see
 * restricted pages, so real editors would be refused.
 */
export class ConfluencePagePermissions extends PageAccessPermissions {
  private readonly pacing: RetryPacing;
  private readonly log: ConfluenceLog;

  constructor(options: ConfluencePagePermissionsOptions = {}) {
    super();
    this.pacing = options.pacing ?? FORGE_PACING;
    this.log = options.log ?? ((message, context) => console.error(message, JSON.stringify(context)));
  }

  async pageAccess(actor: Actor, pageId: string): Promise<PageAccess | null> {
    if (actor.kind !== 'user' || !PAGE_ID.test(pageId)) return null;
    // Confluence answers 404 for a page this user may not see, as for one that is gone.
    const response = await this.call('the page permission check', route`/wiki/api/v2/pages/${pageId}?include-operations=true`, [403, 404]);
    if (response === null) return null;
    const page = parse(PageWithOperations, await response.json(), 'the page permission check');
    const allows = (operation: string) =>
      page.operations?.results.some((entry) => entry.operation === operation && entry.targetType === 'page') ?? false;
    // The page came back, so the user sees it; `read` is listed as well, but its absence must not hide a page Confluence showed.
    return { canView: true, canEdit: allows('update') };
  }

  async visiblePages(actor: Actor, pageIds: readonly string[]): Promise<Map<string, VisiblePage>> {
    const visible = new Map<string, VisiblePage>();
    const ids = [...new Set(pageIds)].filter((id) => PAGE_ID.test(id));
    if (actor.kind !== 'user' || ids.length === 0) return visible;
    if (ids.length > MAX_PAGES_PER_VISIBILITY_CHECK) {
      throw new Error(`visiblePages takes at most ${MAX_PAGES_PER_VISIBILITY_CHECK} page ids, got ${ids.length}.`);
    }
    // The spec documents `id` as a comma-separated list; route`` would escape the commas, and the ids are digits only.
    let next: string | undefined = `/wiki/api/v2/pages?id=${ids.join(',')}&limit=${ids.length}`;
    for (let requests = 0; next !== undefined; requests += 1) {
      if (requests === MAX_LIST_REQUESTS) throw this.unexpected('the page list', `more than ${MAX_LIST_REQUESTS} result pages`);
      const response = await this.call('the page list', assumeTrustedRoute(next), []);
      if (response === null) throw this.unexpected('the page list', 'no answer');
      const list = parse(PageList, await response.json(), 'the page list');
      for (const page of list.results) {
        if (ids.includes(page.id)) visible.set(page.id, { id: page.id, title: page.title, spaceId: page.spaceId });
      }
      next = list._links?.next === undefined ? undefined : this.nextPagesLink(list._links.next);
    }
    return visible;
  }

  private call(what: string, path: Route, absentStatuses: readonly number[]): Promise<ConfluenceResponse | null> {
    return callConfluence(
      what,
      () => api.asUser().requestConfluence(path, { headers: { Accept: 'application/json' } }),
      { pacing: this.pacing, log: this.log, absentStatuses },
    );
  }

  /** Follows only a next link to the same list, so a changed answer cannot send the app elsewhere. */
  private nextPagesLink(link: string): string {
    const path = link.startsWith('/api/v2/') ? `/wiki${link}` : link;
    if (!path.startsWith('/wiki/api/v2/pages?')) throw this.unexpected('the page list', 'a next link to another resource');
    return path;
  }

  private unexpected(what: string, problem: string): AppError {
    this.log(`Confluence answered ${what} with ${problem}`, { what });
    return new AppError('INTERNAL', `Confluence answered ${what} with ${problem}.`, [], { reason: 'confluence' });
  }
}

function parse<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new AppError('INTERNAL', `Confluence answered ${what} in an unexpected shape.`, [], { reason: 'confluence' });
  }
  return parsed.data;
}
