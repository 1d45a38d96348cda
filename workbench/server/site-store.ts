import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod/mini';
import { WorkbenchPage } from '../common/workbench-page';

/**
 * The local stand-in for Confluence's own page store: which pages exist and where each holds
 * the Process card macro (its localId and config). Card data itself lives in the app's
 * Forge storage (the KVS emulator), exactly as on a real site.
 */
export { WorkbenchPage };

const SiteFile = z.object({ nextPageId: z.int(), pages: z.array(WorkbenchPage) });

export const LOCAL_SPACE = { spaceId: '10001', spaceKey: 'QMS' } as const;

export class SiteStore {
  private state: z.infer<typeof SiteFile>;

  constructor(private readonly file: string) {
    this.state = existsSync(file)
      ? SiteFile.parse(JSON.parse(readFileSync(file, 'utf8')))
      : { nextPageId: 65537, pages: [] };
  }

  pages(): WorkbenchPage[] {
    return this.state.pages;
  }

  page(pageId: string): WorkbenchPage | undefined {
    return this.state.pages.find((page) => page.pageId === pageId);
  }

  findBySource(file: string, sha256: string): WorkbenchPage | undefined {
    return this.state.pages.find((page) => page.source?.file === file && page.source.sha256 === sha256);
  }

  createPage(title: string, source?: WorkbenchPage['source']): WorkbenchPage {
    return this.addPage(this.draftPage(title, source));
  }

  /** A page with its ids, not yet on the site: an import fills it first and adds it only if it worked. */
  draftPage(title: string, source?: WorkbenchPage['source']): WorkbenchPage {
    return {
      pageId: String(this.state.nextPageId),
      ...LOCAL_SPACE,
      title,
      localId: randomUUID(),
      config: null,
      ...(source ? { source } : {}),
    };
  }

  addPage(page: WorkbenchPage): WorkbenchPage {
    if (this.page(page.pageId)) throw new Error(`The site already has page ${page.pageId}.`);
    this.state.nextPageId = Math.max(this.state.nextPageId, Number(page.pageId) + 1);
    this.state.pages.push(page);
    this.persist();
    return page;
  }

  /** Takes a page off the site again (a page whose import failed). */
  removePage(pageId: string): void {
    this.state.pages = this.state.pages.filter((page) => page.pageId !== pageId);
    this.persist();
  }

  update(pageId: string, change: Partial<Pick<WorkbenchPage, 'title' | 'config'>>): WorkbenchPage | undefined {
    const page = this.page(pageId);
    if (!page) return undefined;
    Object.assign(page, change);
    this.persist();
    return page;
  }

  private persist(): void {
    writeFileSync(this.file, JSON.stringify(this.state, null, 2));
  }
}
