import type { StandInPage } from '../runtime';
import type { SiteStore } from './site-store';

/** A page of the local site as the Confluence stand-in serves it; pages nobody created do not exist. */
export function workbenchPage(site: SiteStore, pageId: string): StandInPage | undefined {
  const page = site.page(pageId);
  return page === undefined ? undefined : { id: page.pageId, title: page.title, spaceId: page.spaceId };
}
