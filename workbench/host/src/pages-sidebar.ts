import { currentPage } from './host-state';
import { hostText, type HostPage } from './host-page';
import { renderPage } from './page-view';

/** The address of a page in the workbench: pages are chosen by the URL's hash. */
export function pageHash(pageId: string): string {
  return `#/page/${encodeURIComponent(pageId)}`;
}

/** The space's page list, the current page marked. */
export function renderSidebar(host: HostPage): void {
  const { state, el } = host;
  el.pages.textContent = '';
  if (state.pages.length === 0) {
    const empty = document.createElement('li');
    empty.textContent = hostText(host, 'noPages');
    el.pages.appendChild(empty);
  }
  for (const page of state.pages) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = pageHash(page.pageId);
    link.textContent = page.title;
    if (state.view === 'page' && page.pageId === state.pageId) link.setAttribute('aria-current', 'page');
    item.appendChild(link);
    el.pages.appendChild(item);
  }
  for (const [link, view] of [
    [el.settingsLink, 'settings'],
    [el.jiraAdminLink, 'jira-admin'],
    [el.jiraIssuesLink, 'jira-issues'],
  ] as const) {
    // An issue's page belongs under the issue list, as Jira's sidebar keeps it.
    if (state.view === view || (view === 'jira-issues' && state.view === 'jira-issue')) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const page = currentPage(state) ?? state.pages[0];
  el.space.textContent = page ? `${hostText(host, 'space')} ${page.spaceKey}` : hostText(host, 'space');
}

/** The address of the app's global settings page, as Manage apps links to it. */
export const SETTINGS_HASH = '#/settings';
/** The address of the app's Jira admin page (Jira settings → Apps). */
export const JIRA_ADMIN_HASH = '#/jira/admin';

/** The Jira stand-in's issue list (Jira → Issues); one issue is at `#/jira/browse/KEY`. */
export const JIRA_ISSUES_HASH = '#/jira/issues';

/** Opens what the hash names: the app's settings, a Jira page, a page, or the first page when it names none that exists. */
export function selectFromHash(host: HostPage): void {
  const { state } = host;
  const hash = window.location.hash;
  const issue = /^#\/jira\/browse\/([^/]+)$/.exec(hash);
  state.issueKey = issue?.[1] === undefined ? null : decodeURIComponent(issue[1]);
  state.view =
    hash === SETTINGS_HASH ? 'settings' : hash === JIRA_ADMIN_HASH ? 'jira-admin' : hash === JIRA_ISSUES_HASH ? 'jira-issues' : state.issueKey !== null ? 'jira-issue' : 'page';
  const match = /^#\/page\/(.+)$/.exec(window.location.hash);
  const wanted = match?.[1] === undefined ? null : decodeURIComponent(match[1]);
  const exists = state.pages.some((page) => page.pageId === wanted);
  state.pageId = exists ? wanted : state.firstPageId || state.pages[0]?.pageId || null;
  renderSidebar(host);
  renderPage(host);
}
