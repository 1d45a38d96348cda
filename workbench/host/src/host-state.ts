import type { WorkbenchPage, WorkbenchUser } from './workbench-api';
import type { TextKey } from './host-texts';

/** Confluence's page layouts: fixed width (the macro gets about 720 px) or the full window. */
export type PageWidth = 'fixed' | 'full';
import { readSetting } from './stored-setting';
import { colorModeOf, type ColorMode } from './theme-attributes';

/** What the workbench page shows: the site's pages and users, and the reader's choices. */
export interface HostState {
  pages: WorkbenchPage[];
  firstPageId: string | null;
  users: WorkbenchUser[];
  pageId: string | null;
  /** A Confluence page, the app's Confluence settings page, its Jira admin page, or the Jira stand-in's issue list or one issue. */
  view: 'page' | 'settings' | 'jira-admin' | 'jira-issues' | 'jira-issue';
  /** The issue the `jira-issue` view shows. */
  issueKey: string | null;
  colorMode: ColorMode;
  locale: string;
  /** '' until the users are loaded (and for nobody chosen). */
  accountId: string;
  pageWidth: PageWidth;
  /** A status line that belongs to one page (e.g. "settings saved"), not to the pages opened after it. */
  notice: { pageId: string; text: TextKey } | null;
}

export const SETTING_KEYS = {
  colorMode: 'workbench.colorMode',
  locale: 'workbench.locale',
  accountId: 'workbench.accountId',
  pageWidth: 'workbench.pageWidth',
} as const;

export function createHostState(): HostState {
  return {
    pages: [],
    firstPageId: null,
    users: [],
    pageId: null,
    view: 'page',
    issueKey: null,
    colorMode: colorModeOf(readSetting(SETTING_KEYS.colorMode, 'light')),
    locale: readSetting(SETTING_KEYS.locale, 'ru-RU'),
    accountId: readSetting(SETTING_KEYS.accountId, ''),
    pageWidth: pageWidthOf(readSetting(SETTING_KEYS.pageWidth, 'fixed')),
    notice: null,
  };
}

export function pageWidthOf(value: string): PageWidth {
  return value === 'full' ? 'full' : 'fixed';
}

/** Whether the chosen user may edit pages, so may open a macro's settings. */
export function mayEdit(state: HostState): boolean {
  return state.users.some((user) => user.accountId === state.accountId && user.canEdit);
}

export function currentPage(state: HostState): WorkbenchPage | null {
  return state.pages.find((page) => page.pageId === state.pageId) ?? null;
}

export function replacePage(state: HostState, page: WorkbenchPage): void {
  state.pages = state.pages.map((existing) => (existing.pageId === page.pageId ? page : existing));
}
