/** The elements of index.html the workbench page drives, looked up once and checked. */
export interface HostElements {
  theme: HTMLSelectElement;
  locale: HTMLSelectElement;
  user: HTMLSelectElement;
  width: HTMLSelectElement;
  page: HTMLElement;
  pages: HTMLUListElement;
  space: HTMLElement;
  title: HTMLHeadingElement;
  macro: HTMLDivElement;
  status: HTMLElement;
  configure: HTMLButtonElement;
  configDialog: HTMLDialogElement;
  configFrame: HTMLDivElement;
  configClose: HTMLButtonElement;
  newPage: HTMLButtonElement;
  newPageDialog: HTMLDialogElement;
  newPageForm: HTMLFormElement;
  newPageName: HTMLInputElement;
  newPageError: HTMLElement;
  newPageCancel: HTMLButtonElement;
  settingsLink: HTMLAnchorElement;
  jiraAdminLink: HTMLAnchorElement;
  jiraIssuesLink: HTMLAnchorElement;
  clockControl: HTMLElement;
  clock: HTMLInputElement;
  scheduledControl: HTMLElement;
  scheduled: HTMLSelectElement;
  runScheduled: HTMLButtonElement;
  platformNote: HTMLOutputElement;
}

export function findHostElements(): HostElements {
  return {
    theme: byId('wb-theme', HTMLSelectElement),
    locale: byId('wb-locale', HTMLSelectElement),
    user: byId('wb-user', HTMLSelectElement),
    width: byId('wb-width', HTMLSelectElement),
    page: byId('wb-page', HTMLElement),
    pages: byId('wb-pages', HTMLUListElement),
    space: byId('wb-space-name', HTMLElement),
    title: byId('wb-page-title', HTMLHeadingElement),
    macro: byId('wb-macro', HTMLDivElement),
    status: byId('wb-status', HTMLElement),
    configure: byId('wb-configure', HTMLButtonElement),
    configDialog: byId('wb-config-dialog', HTMLDialogElement),
    configFrame: byId('wb-config-frame', HTMLDivElement),
    configClose: byId('wb-config-close', HTMLButtonElement),
    newPage: byId('wb-new-page', HTMLButtonElement),
    newPageDialog: byId('wb-new-page-dialog', HTMLDialogElement),
    newPageForm: byId('wb-new-page-form', HTMLFormElement),
    newPageName: byId('wb-new-page-name', HTMLInputElement),
    newPageError: byId('wb-new-page-error', HTMLElement),
    newPageCancel: byId('wb-new-page-cancel', HTMLButtonElement),
    settingsLink: byId('wb-settings-link', HTMLAnchorElement),
    jiraAdminLink: byId('wb-jira-admin-link', HTMLAnchorElement),
    jiraIssuesLink: byId('wb-jira-issues-link', HTMLAnchorElement),
    clockControl: byId('wb-clock-control', HTMLElement),
    clock: byId('wb-clock', HTMLInputElement),
    scheduledControl: byId('wb-scheduled-control', HTMLElement),
    scheduled: byId('wb-scheduled', HTMLSelectElement),
    runScheduled: byId('wb-run-scheduled', HTMLButtonElement),
    platformNote: byId('wb-platform-note', HTMLOutputElement),
  };
}

function byId<T extends HTMLElement>(id: string, type: abstract new () => T): T {
  const element = document.getElementById(id);
  // index.html and this list change together; a mismatch should stop the page at once.
  if (!(element instanceof type)) throw new Error(`workbench: index.html has no ${type.name} #${id}`);
  return element;
}
