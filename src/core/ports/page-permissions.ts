import type { Actor } from '../actor';

/** A Confluence page as the actor may see it. */
export interface VisiblePage {
  id: string;
  title: string;
  spaceId: string;
}

/** What the actor may do with one page; a page they cannot see at all has no PageAccess. */
export interface PageAccess {
  canView: boolean;
  canEdit: boolean;
}

/**
 * What a person may do with a Confluence page, and so with the card on it. The Forge adapter asks
 * Confluence as the invoking user (`asUser()`), so it never lends them the app's wider access; a
 * non-user actor (anonymous, system) is granted nothing here and costs no request.
 */
export interface PagePermissions {
  /** View and edit in one answer; null when the page is gone or hidden from the actor. */
  pageAccess(actor: Actor, pageId: string): Promise<PageAccess | null>;
  /** `pageAccess(...)?.canEdit`, for callers that only write. */
  canEditPage(actor: Actor, pageId: string): Promise<boolean>;
  /** `pageAccess(...)?.canView`, for callers that only read. */
  canViewPage(actor: Actor, pageId: string): Promise<boolean>;
  /** The pages among `pageIds` (≤ 250) the actor may see, in one request; the others are left out. */
  visiblePages(actor: Actor, pageIds: readonly string[]): Promise<Map<string, VisiblePage>>;
}

/** Confluence's `GET /wiki/api/v2/pages?id=` takes at most 250 ids. */
export const MAX_PAGES_PER_VISIBILITY_CHECK = 250;

/**
 * The two one-question checks, answered from `pageAccess`, so every adapter asks Confluence the
 * same single question and only says how.
 */
export abstract class PageAccessPermissions implements PagePermissions {
  abstract pageAccess(actor: Actor, pageId: string): Promise<PageAccess | null>;
  abstract visiblePages(actor: Actor, pageIds: readonly string[]): Promise<Map<string, VisiblePage>>;

  async canEditPage(actor: Actor, pageId: string): Promise<boolean> {
    return (await this.pageAccess(actor, pageId))?.canEdit ?? false;
  }

  async canViewPage(actor: Actor, pageId: string): Promise<boolean> {
    return (await this.pageAccess(actor, pageId))?.canView ?? false;
  }
}
