import { JIRA_ADMIN_MODULE, MACRO_MODULE, SETTINGS_MODULE } from './app-modules';
import { currentPage } from './host-state';
import { hostText, type HostPage } from './host-page';

/** Shows the selected page: its title and a fresh macro iframe (so every render reloads it). */
export function renderPage(host: HostPage): void {
  const { el, frames } = host;
  const page = currentPage(host.state);
  frames.forgetModule(MACRO_MODULE);
  frames.forgetModule(SETTINGS_MODULE);
  frames.forgetModule(JIRA_ADMIN_MODULE);
  el.macro.textContent = '';
  el.configure.hidden = host.state.view !== 'page';
  el.configure.disabled = page === null;
  showNotice(host);
  if (host.state.view === 'settings') {
    // Confluence shows a global settings page in its admin area, under the module's title.
    el.title.textContent = hostText(host, 'appSettings');
    document.title = `${hostText(host, 'appSettings')} — Process Cards workbench`;
    el.macro.appendChild(frames.create(SETTINGS_MODULE, '', true));
    return;
  }
  if (host.state.view === 'jira-admin') {
    // Jira shows an admin page under Jira settings → Apps, under the module's title.
    el.title.textContent = hostText(host, 'jiraAdmin');
    document.title = `${hostText(host, 'jiraAdmin')} — Process Cards workbench`;
    el.macro.appendChild(frames.create(JIRA_ADMIN_MODULE, '', true));
    return;
  }
  if (page === null) {
    el.title.textContent = '';
    return;
  }
  el.title.textContent = page.title;
  document.title = `${page.title} — Process Cards workbench`;
  el.macro.appendChild(frames.create(MACRO_MODULE, page.pageId, true));
}

/** The page's own status line; a notice from another page is dropped, not carried along. */
export function showNotice(host: HostPage): void {
  const { state, el } = host;
  if (state.notice !== null && state.notice.pageId !== state.pageId) state.notice = null;
  el.status.textContent = state.notice === null ? '' : hostText(host, state.notice.text);
}
