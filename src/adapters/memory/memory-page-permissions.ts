import type { PagePermissions } from '../../core/ports/page-permissions';

/** Page ids by person; '*' grants every page. Viewers default to everyone who may edit. */
export class MemoryPagePermissions implements PagePermissions {
  constructor(
    private readonly editors: Record<string, string[]> = {},
    private readonly viewers: Record<string, string[]> = editors,
  ) {}

  async canEditPage(accountId: string, pageId: string): Promise<boolean> {
    return grants(this.editors[accountId], pageId);
  }

  async canViewPage(accountId: string, pageId: string): Promise<boolean> {
    return grants(this.viewers[accountId], pageId) || grants(this.editors[accountId], pageId);
  }
}

const grants = (pages: string[] | undefined, pageId: string): boolean =>
  pages !== undefined && (pages.includes('*') || pages.includes(pageId));
