import { ACTION_PANEL_MODULE, CONFIG_MODULE, JIRA_ADMIN_MODULE, SETTINGS_MODULE } from './app-modules';
import type { HostState } from './host-state';
import type { HostedFrame } from './hosted-frames';
import type { ColorMode } from './theme-attributes';
import type { InvokeContext, WorkbenchPage } from './workbench-api';
import { WORKBENCH_SITE_URL } from '../../common/workbench-site';

/**
 * The context Confluence gives a macro through `view.getContext()` (the subset @forge/bridge
 * documents as FullContext, with the macro's extension data), for the workbench's one site.
 */
export interface MacroFullContext {
  accountId: string | undefined;
  cloudId: string;
  siteUrl: string;
  localId: string;
  moduleKey: string;
  environmentId: string;
  environmentType: 'DEVELOPMENT';
  locale: string;
  timezone: string;
  theme: { colorMode: ColorMode; dark: 'dark'; light: 'light'; spacing: 'spacing'; typography: 'typography'; shape: 'shape' };
  extension: {
    type: 'macro';
    config: WorkbenchPage['config'] | undefined;
    content: { id: string; type: 'page' };
    space: { id: string; key: string };
    isEditing: boolean;
  };
}

/** What an app-wide page (`confluence:globalSettings`, `jira:adminPage`) gets from `view.getContext()`: no page, space or macro. */
export interface GlobalSettingsFullContext extends Omit<MacroFullContext, 'localId' | 'extension'> {
  extension: { type: 'confluence:globalSettings' | 'jira:adminPage' };
}

/** What a `jira:issuePanel` gets: the issue and its project (Jira's documented extension context). */
export interface IssuePanelFullContext extends Omit<MacroFullContext, 'localId' | 'extension'> {
  extension: {
    type: 'jira:issuePanel';
    issue: { id: string; key: string; type: string; typeId: string };
    project: { id: string; key: string; type: 'software' };
    isNewToIssue: false;
    location: string;
  };
}

const isPanelFrame = (frame: HostedFrame) => frame.moduleKey === ACTION_PANEL_MODULE.key;
const isSettingsFrame = (frame: HostedFrame) => frame.moduleKey === SETTINGS_MODULE.key;
const isJiraAdminFrame = (frame: HostedFrame) => frame.moduleKey === JIRA_ADMIN_MODULE.key;

/** The page a frame belongs to; it may have gone since the frame was made. */
export function pageOfFrame(state: HostState, frame: HostedFrame): WorkbenchPage {
  const page = state.pages.find((candidate) => candidate.pageId === frame.pageId);
  if (page === undefined) throw new Error('The page of this macro no longer exists.');
  return page;
}

export function fullContext(state: HostState, frame: HostedFrame): MacroFullContext | GlobalSettingsFullContext | IssuePanelFullContext {
  const common = {
    accountId: state.accountId || undefined,
    cloudId: 'local',
    // The site's https address, as Forge gives it; the host's router maps links on it to the workbench's pages.
    siteUrl: WORKBENCH_SITE_URL,
    moduleKey: frame.moduleKey,
    environmentId: 'local',
    environmentType: 'DEVELOPMENT' as const,
    locale: state.locale,
    timezone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    theme: { colorMode: state.colorMode, dark: 'dark', light: 'light', spacing: 'spacing', typography: 'typography', shape: 'shape' } as const,
  };
  if (isSettingsFrame(frame)) return { ...common, extension: { type: 'confluence:globalSettings' } };
  if (isJiraAdminFrame(frame)) return { ...common, extension: { type: 'jira:adminPage' } };
  if (isPanelFrame(frame)) {
    const issue = frame.issue;
    if (issue === undefined) throw new Error('This issue panel names no issue.');
    return {
      ...common,
      extension: {
        type: 'jira:issuePanel',
        issue: { id: issue.id, key: issue.key, type: issue.type, typeId: issue.typeId },
        project: { id: issue.projectId, key: issue.projectKey, type: 'software' },
        isNewToIssue: false,
        location: `${WORKBENCH_SITE_URL}/browse/${encodeURIComponent(issue.key)}`,
      },
    };
  }
  const page = pageOfFrame(state, frame);
  return {
    ...common,
    localId: page.localId,
    extension: {
      type: 'macro',
      config: page.config || undefined,
      content: { id: page.pageId, type: 'page' },
      space: { id: page.spaceId, key: page.spaceKey },
      isEditing: frame.moduleKey === CONFIG_MODULE.key,
    },
  };
}

/** What the workbench server passes the resolver as the invocation's context. */
export function invokeContext(state: HostState, frame: HostedFrame): InvokeContext {
  if (isSettingsFrame(frame) || isJiraAdminFrame(frame)) return { accountId: state.accountId || undefined, locale: state.locale, moduleKey: frame.moduleKey };
  // Only the issue's key: the server, standing in for Jira, puts the issue and its project in the invocation's context.
  if (isPanelFrame(frame)) return { accountId: state.accountId || undefined, locale: state.locale, moduleKey: frame.moduleKey, ...(frame.issue === undefined ? {} : { issueKey: frame.issue.key }) };
  const page = pageOfFrame(state, frame);
  return {
    localId: page.localId,
    pageId: page.pageId,
    spaceId: page.spaceId,
    accountId: state.accountId || undefined,
    locale: state.locale,
    moduleKey: frame.moduleKey,
    config: page.config || null,
  };
}
