import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { z } from 'zod';
import type { SiteStore } from './site-store';
import { WORKBENCH_USERS, DEFAULT_USER, mayEditPages } from './workbench-users';
import { invokeGlobalModuleResolver, invokeResolver, type ForgeHandler } from './invoke-resolver';
import { readStatic, withBridgeScript } from './static-files';
import { tokensCss } from '../host/tokens-css';
import type { WorkbenchMetrics } from './workbench-metrics';
import { MacroConfig } from '../../src/contracts/macro-config';
import { requestOverLimit, responseOverLimit } from './forge-invoke-limits';
import { BodyTooLarge, readJson, sendEncodedJson, sendJson } from './http-io';
import { routePlatform, type PlatformRoutes } from './platform-routes';
import { routeWorkbenchJira } from './workbench-jira-routes';
import { routeWorkbenchTransitions, type WorkbenchJiraRest } from './workbench-jira-transitions';
import type { JiraSite } from '../runtime';

export interface WorkbenchServerOptions {
  repoRoot: string;
  site: SiteStore;
  handler: ForgeHandler;
  metrics: WorkbenchMetrics;
  /** The resolver's function keys: only these may be invoked, as only they are defined. */
  functionKeys: readonly string[];
  /** The app's pages outside any Confluence page (global settings, the Jira admin page): modules with handlers of their own, picked by module key. */
  globalModules?: readonly ModuleHandler[];
  /** The page the root URL opens first (the one just imported, or the first example). */
  firstPageId: () => string | undefined;
  /** Webtrigger URLs, scheduled triggers on demand and the clock; absent, those routes are too. */
  platform?: PlatformRoutes;
  /** The Jira stand-in's site, which the workbench's Jira pages show; absent, so are their routes. */
  jira?: JiraSite;
  /** The Jira stand-in's REST API for the issue page's workflow buttons; absent, so is their route. */
  jiraRest?: WorkbenchJiraRest;
}

/** A module whose functions another handler than the macro's answers (its own `function` in manifest.yml). */
export interface ModuleHandler {
  moduleKey: string;
  /** What the product puts in its context's `extension.type` (e.g. 'confluence:globalSettings', 'jira:adminPage'). */
  extensionType: string;
  handler: ForgeHandler;
  functionKeys: readonly string[];
  /**
   * The context's extension for an invocation on `issueKey`, as the product builds it (an issue
   * panel's issue and project); undefined when there is no such issue. Absent: the bare type.
   */
  extensionFor?: (issueKey: string | undefined) => Record<string, unknown> | undefined;
}

const RESOURCES: Record<string, string> = {
  macro: 'static/macro/dist',
  'macro-config': 'static/macro-config/dist',
  'site-settings': 'static/site-settings/dist',
  'jira-admin': 'static/jira-admin/dist',
  'action-panel': 'static/action-panel/dist',
};

/** The workbench page and the iframe bridge, as `npm run build` emits them from workbench/host/src. */
const HOST_DIST = 'workbench/host/dist';

const InvokeBody = z.object({
  functionKey: z.string().min(1),
  payload: z.unknown().optional(),
  context: z.object({
    /** Absent for a module outside any page (the global settings page). */
    pageId: z.string().min(1).optional(),
    accountId: z.string().optional(),
    moduleKey: z.string().default('process-card'),
    /** The issue a Jira issue panel is on (the workbench's issue page): the server, as Jira, fills in the rest. */
    issueKey: z.string().min(1).max(100).optional(),
  }),
});

/** Who saves: Confluence knows it from the session; the workbench host says which local user it shows. */
const ConfigBody = z.object({
  config: MacroConfig.nullable(),
  accountId: z.string().optional(),
});

const NewPageBody = z.object({ title: z.string().trim().min(1).max(255) });

/** The local stand-in for Confluence: host page, app resources and the app's resolver over HTTP. */
export function createWorkbenchServer(options: WorkbenchServerOptions): Server {
  return createServer((request, response) => {
    route(options, request, response).catch((error: unknown) => {
      if (error instanceof BodyTooLarge) {
        response.setHeader('connection', 'close');
        return sendJson(response, 413, { error: error.message });
      }
      console.error('workbench:', error);
      sendJson(response, 500, { error: error instanceof Error ? error.message : String(error) });
    });
  });
}

async function route(options: WorkbenchServerOptions, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const path = url.pathname;
  const method = request.method ?? 'GET';

  if (options.platform !== undefined && (await routePlatform(options.platform, request, response, url))) return;
  if (options.jiraRest !== undefined && (await routeWorkbenchTransitions(options.jiraRest, request, response, url))) return;
  if (options.jira !== undefined && routeWorkbenchJira(options.jira, method, path, response)) return;
  if (method === 'GET' && (path === '/' || path === '/index.html')) {
    return sendStatic(response, join(options.repoRoot, HOST_DIST), 'index.html');
  }
  if (method === 'GET' && (path === '/host/tokens/light.css' || path === '/host/tokens/dark.css')) {
    response.writeHead(200, { 'content-type': 'text/css; charset=utf-8' });
    response.end(tokensCss(path.endsWith('dark.css') ? 'dark' : 'light'));
    return;
  }
  if (method === 'GET' && path.startsWith('/host/')) {
    return sendStatic(response, join(options.repoRoot, HOST_DIST), path.slice('/host/'.length));
  }
  const resource = /^\/resources\/([a-z-]+)\/(.*)$/.exec(path);
  if (method === 'GET' && resource) {
    const dir = RESOURCES[resource[1]!];
    if (!dir) return sendJson(response, 404, { error: `No resource ${resource[1]}` });
    return sendStatic(response, join(options.repoRoot, dir), resource[2] ?? '', true);
  }
  if (method === 'GET' && path === '/api/pages') {
    return sendJson(response, 200, { pages: options.site.pages(), firstPageId: options.firstPageId() ?? null });
  }
  if (method === 'POST' && path === '/api/pages') {
    const body = NewPageBody.safeParse(await readJson(request));
    if (!body.success) return sendJson(response, 400, { error: 'A page needs a title.' });
    return sendJson(response, 201, { page: options.site.createPage(body.data.title) });
  }
  const configPath = /^\/api\/pages\/([^/]+)\/config$/.exec(path);
  if (method === 'PUT' && configPath) {
    const body = ConfigBody.safeParse(await readJson(request));
    if (!body.success) return sendJson(response, 400, { error: 'Expected { config: { cardId }, accountId }.' });
    // In Confluence only page editors reach a macro's settings; a reader's save is refused the same way.
    if (!mayEditPages(body.data.accountId)) {
      return sendJson(response, 403, { error: 'Only people who may edit this page can change its macro settings.', reason: 'edit' });
    }
    const page = options.site.update(configPath[1]!, { config: body.data.config });
    return page ? sendJson(response, 200, { page }) : sendJson(response, 404, { error: 'No such page.' });
  }
  if (method === 'GET' && path === '/api/users') {
    return sendJson(response, 200, { users: WORKBENCH_USERS, defaultAccountId: DEFAULT_USER.accountId });
  }
  if (method === 'POST' && path === '/api/invoke') {
    const body = InvokeBody.safeParse(await readJson(request));
    if (!body.success) return sendJson(response, 400, { error: body.error.message });
    const { functionKey, payload, context } = body.data;
    // Forge calls the function the module names in the manifest, so the module key picks the handler.
    const global = options.globalModules?.find((module) => module.moduleKey === context.moduleKey);
    const page = global === undefined && context.pageId !== undefined ? options.site.page(context.pageId) : undefined;
    if (global === undefined && !page) return sendJson(response, 404, { error: `No page ${context.pageId ?? '(none given)'}.` });
    // @forge/resolver looks keys up with `in`, so `constructor` would reach Object itself.
    if (!(global?.functionKeys ?? options.functionKeys).includes(functionKey)) {
      return sendJson(response, 404, { error: `Resolver has no definition for '${functionKey}'.` });
    }
    const tooLarge = requestOverLimit(functionKey, payload);
    if (tooLarge) return sendJson(response, 413, { error: tooLarge.message, bytes: tooLarge.bytes, limit: tooLarge.limit });
    options.metrics.recordInvoke(functionKey);
    const invoke = { functionKey, payload, moduleKey: context.moduleKey };
    const extension = global?.extensionFor?.(context.issueKey);
    if (global?.extensionFor !== undefined && extension === undefined) return sendJson(response, 404, { error: `No issue ${context.issueKey ?? '(none given)'}.` });
    const result =
      global !== undefined
        ? await invokeGlobalModuleResolver(global, context.accountId, invoke, extension)
        : await invokeResolver(options.handler, page!, context.accountId, invoke);
    const encoded = JSON.stringify(result);
    const answerTooLarge = responseOverLimit(encoded);
    if (answerTooLarge) {
      return sendJson(response, 502, { error: answerTooLarge.message, bytes: answerTooLarge.bytes, limit: answerTooLarge.limit });
    }
    return sendEncodedJson(response, 200, encoded);
  }
  if (method === 'GET' && path === '/api/metrics') {
    return sendJson(response, 200, options.metrics.snapshot());
  }
  if (method === 'POST' && path === '/api/metrics/reset') {
    options.metrics.reset();
    return sendJson(response, 200, { ok: true });
  }
  sendJson(response, 404, { error: `Nothing at ${method} ${path}` });
}

function sendStatic(response: ServerResponse, root: string, relative: string, injectBridge = false): void {
  const file = readStatic(root, relative);
  if (!file) return sendJson(response, 404, { error: `No file ${relative}` });
  const isHtml = file.contentType.startsWith('text/html');
  const body = injectBridge && isHtml ? withBridgeScript(file.body.toString('utf8')) : file.body;
  response.writeHead(200, { 'content-type': file.contentType, 'cache-control': 'no-store' });
  response.end(body);
}
