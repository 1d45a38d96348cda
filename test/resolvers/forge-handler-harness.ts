import { join } from 'node:path';
import { installForgeRuntime, createConfluenceStandIn, createJiraStandIn, type ForgeRuntimeHandle, type JiraStandIn, type JiraStandInEntityProperty, type JiraStandInProject } from '../../workbench/runtime';
import { randomUUID } from 'node:crypto';
import type { ResolverResult } from '../../src/contracts/resolver-contracts';
import { ACTION_PROPERTY_INDEX } from '../../src/adapters/forge/jira/action-index';

export const EDITOR = 'acc-editor';
export const READER = 'acc-reader';
/** Signed in, but may not even see the page that holds the cards. */
export const OUTSIDER = 'acc-outsider';
/** A Confluence administrator: may change the app's site settings. */
export const SITE_ADMIN = 'acc-site-admin';
/** Edits the page in Confluence, but has no Jira licence. */
export const CONFLUENCE_ONLY = 'acc-confluence-only';
/** Works in Jira, but Confluence shows them no page (the card's page is restricted, or they have no Confluence). */
export const JIRA_ONLY = 'acc-jira-only';
export const PAGE = { pageId: '65537', spaceId: '10001' };
/** The harness's Jira: a company-managed project with one issue, and a team-managed one. */
export const JIRA_PROJECTS: readonly JiraStandInProject[] = [
  { id: '10000', key: 'QMS', name: 'Quality', style: 'classic', issues: [{}] },
  { id: '10001', key: 'TEAM', name: 'Team board', style: 'next-gen' },
];

export interface MacroCall {
  /** Who the platform says is calling; omitted for an anonymous invocation. */
  accountId?: string;
  localId?: string;
  pageId?: string;
  config?: { cardId?: string } | null;
  /** Anything else put into the context by the caller, to prove it is not trusted. */
  extraContext?: Record<string, unknown>;
}

/** The issue a Jira issue panel is rendered on, as the platform puts it in the context. */
export interface PanelCall {
  accountId?: string;
  issue: { id: string; key: string; typeId: string };
  siteUrl?: string;
  /** Anything else put into the context by the caller, to prove it is not trusted. */
  extraContext?: Record<string, unknown>;
}

type Handler = (event: unknown, runtimePayload?: unknown) => Promise<unknown>;

/**
 * The production handler (`src/index.ts`, as named in manifest.yml) inside the local Forge
 * runtime: real @forge/resolver, @forge/kvs and @forge/api, with Confluence answering as each
 * invoking user from a small table of users; each call is one invocation by its principal.
 */
export function startHandlerHarness(options: { kvsQuota?: boolean; now?: () => number; entityProperties?: readonly JiraStandInEntityProperty[] } = {}): {
  runtime: ForgeRuntimeHandle;
  /** Jira as the same people: the site admin is the Jira admin, the outsider has no Jira licence. */
  jira: JiraStandIn;
  call: <T>(functionKey: string, payload: unknown, macro?: MacroCall) => Promise<ResolverResult<T>>;
  /** A function of the global settings page (`index.siteSettingsHandler`), invoked by `accountId`. */
  callSiteSettings: <T>(functionKey: string, payload: unknown, accountId?: string) => Promise<ResolverResult<T>>;
  /** The Jira admin page's functions (`index.jiraAdminHandler`), as Jira calls them: no issue or project in the context. */
  callJiraAdmin: <T>(functionKey: string, payload: unknown, accountId?: string) => Promise<ResolverResult<T>>;
  /** The issue panel's functions (`index.actionPanelHandler`), as Jira calls them: the issue in the context's extension. */
  callActionPanel: <T>(functionKey: string, payload: unknown, panel: PanelCall) => Promise<ResolverResult<T>>;
  /** The macro's `adfExport` function, as Confluence calls it for a PDF/Word export. */
  exportMacro: Handler;
  /** The KPI feed webtrigger (`index.kpiFeed`), called as the platform does: no user, the raw request. */
  kpiFeed: (request: unknown) => Promise<unknown>;
  close: () => void;
} {
  const jira = createJiraStandIn({
    users: [
      { accountId: EDITOR, name: 'Editor' },
      { accountId: READER, name: 'Reader' },
      { accountId: OUTSIDER, name: 'Outsider', jiraAccess: false },
      { accountId: SITE_ADMIN, name: 'Site admin', jiraAdmin: true },
      { accountId: CONFLUENCE_ONLY, name: 'Confluence only', jiraAccess: false },
      { accountId: JIRA_ONLY, name: 'Jira only' },
    ],
    projects: JIRA_PROJECTS,
    // What the manifest's jira:entityProperty module is to declare (test/runtime/jira/manifest-entity-properties.test.ts).
    entityProperties: options.entityProperties ?? [ACTION_PROPERTY_INDEX],
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  const runtime = installForgeRuntime({
    manifestPath: join(__dirname, '..', '..', 'manifest.yml'),
    ...(options.kvsQuota === undefined ? {} : { kvsQuota: options.kvsQuota }),
    ...(options.now === undefined ? {} : { now: options.now }),
    productHandlers: [
      createConfluenceStandIn({
        users: [
          { accountId: EDITOR, name: 'Editor', canEdit: true, groups: [{ id: 'grp-quality', name: 'quality-managers' }] },
          { accountId: READER, name: 'Reader', canEdit: false },
          { accountId: OUTSIDER, name: 'Outsider', canEdit: false, canRead: false },
          { accountId: SITE_ADMIN, name: 'Site admin', canEdit: true, confluenceAdmin: true },
          { accountId: CONFLUENCE_ONLY, name: 'Confluence only', canEdit: true },
          { accountId: JIRA_ONLY, name: 'Jira only', canEdit: false, canRead: false },
        ],
      }),
      jira,
    ],
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const app = require('../../src/index') as {
    handler: Handler;
    siteSettingsHandler: Handler;
    jiraAdminHandler: Handler;
    actionPanelHandler: Handler;
    exportMacro: Handler;
    kpiFeed: (request: unknown) => Promise<unknown>;
  };
  // The trigger, consumer and webtrigger the manifest names, for runtime.scheduledTriggers / queues / webtriggers.
  runtime.functions.attachModule('index', app as unknown as Record<string, unknown>);
  const handler = runtime.bindHandler(app.handler);
  const siteSettingsHandler = runtime.bindHandler(app.siteSettingsHandler);
  const exportMacro = runtime.bindHandler(app.exportMacro);
  const call = async <T>(functionKey: string, payload: unknown, macro: MacroCall = {}) => {
    const context = {
      ...macro.extraContext,
      localId: macro.localId ?? 'macro-1',
      moduleKey: 'process-card',
      extension: {
        type: 'macro',
        content: { id: macro.pageId ?? PAGE.pageId, type: 'page' },
        space: { id: PAGE.spaceId, key: 'QMS' },
        config: macro.config ?? undefined,
      },
    };
    const runtimePayload = macro.accountId ? { principal: { accountId: macro.accountId } } : {};
    return (await handler({ call: { functionKey, payload }, context }, runtimePayload)) as ResolverResult<T>;
  };
  const callSiteSettings = async <T>(functionKey: string, payload: unknown, accountId?: string) => {
    // A global settings page has no content or macro: its context names only the module.
    const context = { moduleKey: 'process-cards-settings', extension: { type: 'confluence:globalSettings' } };
    const runtimePayload = accountId ? { principal: { accountId } } : {};
    return (await siteSettingsHandler({ call: { functionKey, payload }, context }, runtimePayload)) as ResolverResult<T>;
  };
  const jiraAdminHandler = runtime.bindHandler(app.jiraAdminHandler);
  const callJiraAdmin = async <T>(functionKey: string, payload: unknown, accountId?: string) => {
    const context = { moduleKey: 'process-cards-jira-admin', extension: { type: 'jira:adminPage' } };
    const runtimePayload = accountId ? { principal: { accountId } } : {};
    return (await jiraAdminHandler({ call: { functionKey, payload }, context }, runtimePayload)) as ResolverResult<T>;
  };
  const actionPanelHandler = runtime.bindHandler(app.actionPanelHandler);
  const callActionPanel = async <T>(functionKey: string, payload: unknown, panel: PanelCall) => {
    const context = {
      ...panel.extraContext,
      moduleKey: 'process-cards-action-panel',
      siteUrl: panel.siteUrl ?? 'https://example.atlassian.net',
      extension: {
        type: 'jira:issuePanel',
        issue: { id: panel.issue.id, key: panel.issue.key, type: 'Corrective action', typeId: panel.issue.typeId },
        project: { id: '10000', key: panel.issue.key.split('-')[0], type: 'software' },
        isNewToIssue: false,
      },
    };
    const runtimePayload = panel.accountId ? { principal: { accountId: panel.accountId } } : {};
    return (await actionPanelHandler({ call: { functionKey, payload }, context }, runtimePayload)) as ResolverResult<T>;
  };
  const kpiFeed = (request: unknown) => runtime.runInvocation(undefined, () => app.kpiFeed(request));
  return { runtime, jira, call, callSiteSettings, callJiraAdmin, callActionPanel, exportMacro, kpiFeed, close: () => runtime.close() };
}

/** An import as the macro's form sends it: the text and a fresh import id (a retry reuses it). */
export const importPayload = (text: string, extra: Record<string, unknown> = {}) => ({ text, importId: randomUUID(), ...extra });

/** A blank card as the macro's form asks for it. */
export const blankPayload = (title: string, language: 'ru' | 'en' = 'ru') => ({ title, language, requestId: randomUUID() });
