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
  ] as const) {
    if (state.view === view) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const page = currentPage(state) ?? state.pages[0];
  el.space.textContent = page ? `${hostText(host, 'space')} ${page.spaceKey}` : hostText(host, 'space');
}

/** The address of the app's global settings page, as Manage apps links to it. */
export const SETTINGS_HASH = '#/settings';
/** The address of the app's Jira admin page (Jira settings → Apps). */
export const JIRA_ADMIN_HASH = '#/jira/admin';

/** Opens what the hash names: the app's settings, a page, or the first page when it names none that exists. */
export function selectFromHash(host: HostPage): void {
  const { state } = host;
  state.view = window.location.hash === SETTINGS_HASH ? 'settings' : window.location.hash === JIRA_ADMIN_HASH ? 'jira-admin' : 'page';
  const match = /^#\/page\/(.+)$/.exec(window.location.hash);
  const wanted = match?.[1] === undefined ? null : decodeURIComponent(match[1]);
  const exists = state.pages.some((page) => page.pageId === wanted);
  state.pageId = exists ? wanted : state.firstPageId || state.pages[0]?.pageId || null;
  renderSidebar(host);
  renderPage(host);
}
