import type { Actor } from '../../core/actor';
import { PageAccessPermissions, type PageAccess, type VisiblePage } from '../../core/ports/page-permissions';

/** Page ids by person; '*' grants every page. Viewers default to everyone who may edit; editors always view. */
export class MemoryPagePermissions extends PageAccessPermissions {
  constructor(
    private readonly editors: Record<string, string[]> = {},
    private readonly viewers: Record<string, string[]> = editors,
    private readonly titles: Record<string, { title: string; spaceId: string }> = {},
  ) {
    super();
  }

  async pageAccess(actor: Actor, pageId: string): Promise<PageAccess | null> {
    if (actor.kind !== 'user') return null;
    const canEdit = grants(this.editors[actor.accountId], pageId);
    const canView = canEdit || grants(this.viewers[actor.accountId], pageId);
    // Like Confluence: a page the person may not see is indistinguishable from one that is gone.
    return canView ? { canView, canEdit } : null;
  }

  async visiblePages(actor: Actor, pageIds: readonly string[]): Promise<Map<string, VisiblePage>> {
    const visible = new Map<string, VisiblePage>();
    for (const id of pageIds) {
      if (await this.canViewPage(actor, id)) visible.set(id, { id, title: this.titles[id]?.title ?? `Page ${id}`, spaceId: this.titles[id]?.spaceId ?? '' });
    }
    return visible;
  }
}

const grants = (pages: string[] | undefined, pageId: string): boolean =>
  pages !== undefined && (pages.includes('*') || pages.includes(pageId));
