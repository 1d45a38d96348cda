import type { PagePermissions } from '../../core/ports/page-permissions';

/** Editors by page id; '*' grants every page. */
export class MemoryPagePermissions implements PagePermissions {
  constructor(private readonly editors: Record<string, string[]> = {}) {}

  async canEditPage(accountId: string, pageId: string): Promise<boolean> {
    const pages = this.editors[accountId] ?? [];
    return pages.includes('*') || pages.includes(pageId);
  }
}
