import type { WorkbenchPage, WorkbenchUser } from './workbench-api';
import { readSetting } from './stored-setting';
import { colorModeOf, type ColorMode } from './theme-attributes';

/** What the workbench page shows: the site's pages and users, and the reader's choices. */
export interface HostState {
  pages: WorkbenchPage[];
  firstPageId: string | null;
  users: WorkbenchUser[];
  pageId: string | null;
  colorMode: ColorMode;
  locale: string;
  /** '' until the users are loaded (and for nobody chosen). */
  accountId: string;
}

export const SETTING_KEYS = {
  colorMode: 'workbench.colorMode',
  locale: 'workbench.locale',
  accountId: 'workbench.accountId',
} as const;

export function createHostState(): HostState {
  return {
    pages: [],
    firstPageId: null,
    users: [],
    pageId: null,
    colorMode: colorModeOf(readSetting(SETTING_KEYS.colorMode, 'light')),
    locale: readSetting(SETTING_KEYS.locale, 'ru-RU'),
    accountId: readSetting(SETTING_KEYS.accountId, ''),
  };
}

export function currentPage(state: HostState): WorkbenchPage | null {
  return state.pages.find((page) => page.pageId === state.pageId) ?? null;
}

export function replacePage(state: HostState, page: WorkbenchPage): void {
  state.pages = state.pages.map((existing) => (existing.pageId === page.pageId ? page : existing));
}
