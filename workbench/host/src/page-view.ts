import { ACTION_PANEL_MODULE, JIRA_ADMIN_MODULE, MACRO_MODULE, SETTINGS_MODULE } from './app-modules';
import { currentPage } from './host-state';
import { hostText, type HostPage } from './host-page';
import { renderJiraIssue, renderJiraIssues } from './jira-issues-view';

/** Counts renders, so an answer that comes after the reader moved on is dropped. */
let renders = 0;

/** Shows the selected page: its title and a fresh macro iframe (so every render reloads it). */
export function renderPage(host: HostPage): void {
  const { el, frames } = host;
  const page = currentPage(host.state);
  frames.forgetModule(MACRO_MODULE);
  frames.forgetModule(SETTINGS_MODULE);
  frames.forgetModule(JIRA_ADMIN_MODULE);
  frames.forgetModule(ACTION_PANEL_MODULE);
  el.macro.textContent = '';
  const render = (renders += 1);
  const stillShown = () => render === renders;
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
  if (host.state.view === 'jira-issues' || host.state.view === 'jira-issue') {
    // Jira's own pages (the stand-in's), not the app's: no iframe, the workbench draws them.
    const key = host.state.issueKey;
    const title = host.state.view === 'jira-issue' && key !== null ? key : hostText(host, 'jiraIssues');
    el.title.textContent = title;
    document.title = `${title} — Jira — Process Cards workbench`;
    if (host.state.view === 'jira-issue' && key !== null) void renderJiraIssue(host, key, el.macro, stillShown);
    else void renderJiraIssues(host, el.macro, stillShown);
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
