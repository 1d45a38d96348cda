import { workbenchHashOf } from '../../common/workbench-site';
import type { WorkbenchIssue, WorkbenchIssueDetail } from '../../common/workbench-jira-issue';
import { messageOf } from './error-message';
import { hostText, type HostPage } from './host-page';
import type { TextKey } from './host-texts';
import { fetchJiraIssue, fetchJiraIssues } from './workbench-api';
import { ACTION_PANEL_MODULE } from './app-modules';
import { workflowSection } from './jira-issue-workflow';

/** The address of an issue's page in the workbench, as `…/browse/KEY` on the site leads to. */
export const issueHash = (key: string): string => `#/jira/browse/${encodeURIComponent(key)}`;

const CATEGORY_TEXT: Record<WorkbenchIssue['status']['category'], TextKey> = { TODO: 'categoryTodo', IN_PROGRESS: 'categoryInProgress', DONE: 'categoryDone' };

/**
 * The Jira stand-in's issues, as Jira's issue list shows them to an admin: one table per project,
 * newest first. Filled in when the answer comes; `stillShown` drops an answer for a view left since.
 */
export async function renderJiraIssues(host: HostPage, into: HTMLElement, stillShown: () => boolean): Promise<void> {
  into.append(note(hostText(host, 'loading')));
  try {
    const { projects } = await fetchJiraIssues();
    if (!stillShown()) return;
    into.textContent = '';
    for (const project of projects) {
      const section = element('section', 'wb-jira-project');
      section.append(element('h2', 'wb-jira-project__title', `${project.key} — ${project.name}`));
      section.append(project.issues.length === 0 ? note(hostText(host, 'noIssues')) : issueTable(host, project.issues));
      into.append(section);
    }
  } catch (error) {
    if (stillShown()) into.replaceChildren(note(hostText(host, 'jiraLoadFailed') + messageOf(error), 'wb-error'));
  }
}

/** One issue: what the list shows, its remote links and its properties as stored (JSON). */
export async function renderJiraIssue(host: HostPage, key: string, into: HTMLElement, stillShown: () => boolean): Promise<void> {
  into.append(note(hostText(host, 'loading')));
  try {
    const issue = await fetchJiraIssue(key);
    if (!stillShown()) return;
    into.replaceChildren(issueDetail(host, issue));
    // The workflow buttons under the facts, as Jira's issue view has them near the status; a transition taken shows the issue again.
    into.querySelector('.wb-jira-issue__facts')?.after(workflowSection(host, key, () => void renderJiraIssue(host, key, into, stillShown)));
  } catch (error) {
    if (stillShown()) into.replaceChildren(back(host), note(hostText(host, 'jiraLoadFailed') + messageOf(error), 'wb-error'));
  }
}

function issueTable(host: HostPage, issues: readonly WorkbenchIssue[]): HTMLTableElement {
  const table = element('table', 'wb-jira-issues');
  const head = table.createTHead().insertRow();
  for (const key of ['issueKey', 'issueSummary', 'issueStatus', 'issueReporter', 'issueCreated'] as const) {
    const cell = element('th', '', hostText(host, key));
    cell.scope = 'col';
    head.append(cell);
  }
  const body = table.createTBody();
  for (const issue of issues) {
    const row = body.insertRow();
    row.insertCell().append(link(issueHash(issue.key), issue.key));
    const summary = row.insertCell();
    summary.append(element('span', 'wb-jira-issues__summary', issue.summary));
    const meta = element('span', 'wb-jira-issues__meta', issue.type);
    if (issue.link !== null) meta.append(' · ', cardLink(host, issue.link));
    if (issue.remoteLinks.length > 0) meta.append(` · ${hostText(host, 'remoteLinks')}: ${issue.remoteLinks.length}`);
    summary.append(meta);
    row.insertCell().append(statusLozenge(host, issue.status));
    row.insertCell().textContent = issue.reporter ?? '—';
    row.insertCell().textContent = dateTime(host, issue.created);
  }
  return table;
}

function issueDetail(host: HostPage, issue: WorkbenchIssueDetail): HTMLElement {
  const view = element('article', 'wb-jira-issue');
  view.append(back(host));
  // The page's heading is the key, as Jira's breadcrumb; the summary is the issue's own heading.
  view.append(element('h2', 'wb-jira-issue__title', issue.summary));
  const facts = element('dl', 'wb-jira-issue__facts');
  const fact = (label: TextKey, ...value: Array<Node | string>) => {
    facts.append(element('dt', '', hostText(host, label)));
    const cell = element('dd');
    cell.append(...value);
    facts.append(cell);
  };
  fact('issueType', issue.type);
  fact('issueStatus', statusLozenge(host, issue.status));
  fact('issueReporter', issue.reporter ?? '—');
  fact('issueCreated', dateTime(host, issue.created));
  fact('issueCard', issue.link === null ? '—' : cardLink(host, issue.link));
  view.append(facts);

  if (issue.actionPanel) {
    // Jira puts an app's issue panel in the issue's main column, under the module's title.
    const panel = element('section', 'wb-jira-issue__panel');
    panel.append(element('h3', 'wb-jira-issue__heading', hostText(host, 'actionPanel')));
    const projectKey = issue.projectKey;
    panel.append(host.frames.create(ACTION_PANEL_MODULE, '', true, { id: issue.id, key: issue.key, type: issue.type, typeId: issue.typeId, projectId: issue.projectId, projectKey }));
    view.append(panel);
  }

  view.append(element('h3', 'wb-jira-issue__heading', hostText(host, 'remoteLinks')));
  if (issue.remoteLinks.length === 0) view.append(note(hostText(host, 'noRemoteLinks')));
  else {
    const list = element('ul', 'wb-jira-issue__links');
    for (const remote of issue.remoteLinks) {
      const item = element('li');
      item.append(siteLink(remote.url, remote.title));
      if (remote.relationship !== null) item.append(element('span', 'wb-jira-issues__meta', remote.relationship));
      list.append(item);
    }
    view.append(list);
  }

  view.append(element('h3', 'wb-jira-issue__heading', hostText(host, 'issueProperties')));
  const keys = Object.keys(issue.properties);
  if (keys.length === 0) view.append(note(hostText(host, 'noProperties')));
  for (const key of keys) {
    const property = element('section', 'wb-jira-issue__property');
    property.append(element('h4', '', key), element('pre', 'wb-jira-issue__json', JSON.stringify(issue.properties[key], null, 2)));
    view.append(property);
  }
  return view;
}

function statusLozenge(host: HostPage, status: WorkbenchIssue['status']): HTMLElement {
  const lozenge = element('span', `wb-lozenge wb-lozenge--${status.category.toLowerCase().replace('_', '-')}`, status.name);
  const wrap = element('span', 'wb-jira-status');
  wrap.append(lozenge, element('span', 'wb-jira-issues__meta', hostText(host, CATEGORY_TEXT[status.category])));
  return wrap;
}

/** The card's page (by its title, when the workbench has it) and the KPI the issue is about. */
function cardLink(host: HostPage, target: NonNullable<WorkbenchIssue['link']>): HTMLElement {
  const page = host.state.pages.find((candidate) => candidate.pageId === target.pageId);
  const wrap = element('span');
  wrap.append(link(`#/page/${encodeURIComponent(target.pageId)}`, page?.title ?? target.cardId));
  if (target.kpiId !== null) wrap.append(` · ${hostText(host, 'issueKpi')} ${target.kpiId}`);
  return wrap;
}

/** A link on the site goes to the workbench's own page for it; anything else opens as it is. */
function siteLink(url: string, text: string): HTMLAnchorElement {
  const own = workbenchHashOf(url);
  const anchor = link(own ?? url, text);
  if (own === null) {
    anchor.target = '_blank';
    anchor.rel = 'noopener noreferrer';
  }
  anchor.title = url;
  return anchor;
}

const back = (host: HostPage) => {
  const paragraph = element('p', 'wb-jira-issue__back');
  paragraph.append(link('#/jira/issues', hostText(host, 'allIssues')));
  return paragraph;
};

const dateTime = (host: HostPage, iso: string): string => new Intl.DateTimeFormat(host.state.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

function note(text: string, className = 'wb-jira-note'): HTMLParagraphElement {
  return element('p', className, text);
}

function link(href: string, text: string): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.textContent = text;
  return anchor;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (className !== '') created.className = className;
  if (text !== undefined) created.textContent = text;
  return created;
}
