/** A Confluence group; real ids are UUIDs, names are what admins typed. */
export interface StandInGroup {
  id: string;
  name: string;
}

/** A person the Confluence stand-in knows, and what the space lets them do (true = every page, or a list of ids). */
export interface StandInUser {
  accountId: string;
  name: string;
  /** 'app' for the bot account of an app; people are 'atlassian' (the default). */
  accountType?: 'atlassian' | 'app';
  /** The groups the person belongs to; the site's groups are those its users belong to. */
  groups?: readonly StandInGroup[];
  canEdit: boolean | readonly string[];
  /** Defaults to true: everyone the stand-in knows may read every page that has no view restriction. */
  canRead?: boolean | readonly string[];
  /** The 'Confluence Administrator' global permission: may check other people's permissions. */
  confluenceAdmin?: boolean;
}

/** A page of the stand-in site; restrictions narrow what the space allows, as Confluence's page restrictions do. */
export interface StandInPage {
  id: string;
  title: string;
  spaceId: string;
  /** View restriction: only these accounts see the page; for everyone else it does not exist. */
  viewers?: readonly string[];
  /** Edit restriction: only these accounts (who must also see it) may update the page. */
  editors?: readonly string[];
}

/** The pages of the site: a list, a lookup (e.g. the workbench's page store), or, when absent, every numeric id. */
export type StandInPages = readonly StandInPage[] | ((pageId: string) => StandInPage | undefined);

export const STAND_IN_SPACE_ID = '10001';

/**
 * The app's own Confluence user, who calls for `asApp()`: it sees and edits unrestricted pages,
 * but no page restricted to named people, and it is no Confluence administrator.
 */
export const APP_USER: StandInUser = { accountId: 'forge-app-user', name: 'Process Cards (app)', accountType: 'app', canEdit: true };

const allows = (rule: boolean | readonly string[] | undefined, pageId: string, fallback: boolean): boolean =>
  rule === undefined ? fallback : typeof rule === 'boolean' ? rule : rule.includes(pageId);

/** Who may see and change which page: the one place the stand-in's answers are decided. */
export class ConfluenceSite {
  private readonly users: Map<string, StandInUser>;
  private readonly findPage: (pageId: string) => StandInPage | undefined;

  constructor(users: readonly StandInUser[], pages?: StandInPages) {
    this.users = new Map([APP_USER, ...users].map((user) => [user.accountId, user]));
    this.findPage =
      pages === undefined
        ? (id) => (/^\d+$/.test(id) ? { id, title: `Page ${id}`, spaceId: STAND_IN_SPACE_ID } : undefined)
        : typeof pages === 'function'
          ? pages
          : (id) => pages.find((page) => page.id === id);
  }

  /** Everyone the site knows, the app's own user included (as Confluence's user search lists it). */
  allUsers(): StandInUser[] {
    return [...this.users.values()];
  }

  /** Every group some user belongs to, once each, in the order first met. */
  allGroups(): StandInGroup[] {
    const groups = new Map<string, StandInGroup>();
    for (const user of this.users.values()) for (const group of user.groups ?? []) if (!groups.has(group.id)) groups.set(group.id, group);
    return [...groups.values()];
  }

  user(accountId: string | undefined): StandInUser | undefined {
    return accountId === undefined ? undefined : this.users.get(accountId);
  }

  page(pageId: string): StandInPage | undefined {
    return this.findPage(pageId);
  }

  /** The page as `accountId` may see it; undefined when it is gone or hidden from them. */
  visiblePage(accountId: string | undefined, pageId: string): StandInPage | undefined {
    const page = this.page(pageId);
    const user = this.user(accountId);
    if (page === undefined || user === undefined) return undefined;
    if (!allows(user.canRead, pageId, true)) return undefined;
    if (page.viewers !== undefined && !page.viewers.includes(user.accountId)) return undefined;
    return page;
  }

  mayRead(accountId: string | undefined, pageId: string): boolean {
    return this.visiblePage(accountId, pageId) !== undefined;
  }

  mayUpdate(accountId: string | undefined, pageId: string): boolean {
    const page = this.visiblePage(accountId, pageId);
    const user = this.user(accountId);
    if (page === undefined || user === undefined) return false;
    return allows(user.canEdit, pageId, false) && (page.editors === undefined || page.editors.includes(user.accountId));
  }

  isAdmin(accountId: string | undefined): boolean {
    return this.user(accountId)?.confluenceAdmin === true;
  }
}
