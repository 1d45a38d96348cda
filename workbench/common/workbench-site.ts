/**
 * The site URL the workbench gives the app, as Forge's context does (`siteUrl`). A real site's is
 * https (`https://<site>.atlassian.net`), and the app makes links only from an https site URL, so
 * the workbench names one under `.invalid` (RFC 2606: never resolves). The host's router turns
 * the app's links on it into the workbench's own pages: `…/browse/KEY` into its Jira issue page,
 * `…/issues/?jql=…` into its issue list,
 * `…/wiki/spaces/X/pages/ID` and `…/wiki/pages/viewpage.action?pageId=ID` into the Confluence page.
 */
export const WORKBENCH_SITE_URL = 'https://process-cards.workbench.invalid';

/** The workbench's own hash address for a link on its site, or null for any other URL. */
export function workbenchHashOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.origin !== WORKBENCH_SITE_URL) return null;
  const issue = /^\/browse\/([^/]+)$/.exec(parsed.pathname);
  if (issue) return `#/jira/browse/${issue[1]}`;
  // The issue navigator (a JQL search, e.g. a card's actions): the workbench lists every issue.
  if (parsed.pathname === '/issues' || parsed.pathname === '/issues/') return '#/jira/issues';
  const page = /^\/wiki\/spaces\/[^/]+\/pages\/([^/]+)(?:\/.*)?$/.exec(parsed.pathname);
  if (page) return `#/page/${page[1]}`;
  const pageId = parsed.pathname === '/wiki/pages/viewpage.action' ? parsed.searchParams.get('pageId') : null;
  if (pageId) return `#/page/${encodeURIComponent(pageId)}`;
  return null;
}
