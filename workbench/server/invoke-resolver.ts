import type { WorkbenchPage } from './site-store';
import { WORKBENCH_SITE_URL } from '../common/workbench-site';

/** The shape of Forge's resolver entry point (`index.handler`, from @forge/resolver's getDefinitions()). */
export type ForgeHandler = (
  event: { call: { functionKey: string; payload?: unknown }; context: Record<string, unknown> },
  backendRuntimePayload: { principal?: { accountId: string }; installContext?: string },
) => Promise<unknown>;

export interface InvokeRequest {
  functionKey: string;
  payload: unknown;
  moduleKey: string;
}

/**
 * Calls the app's resolver the way the Forge platform does for a macro on a page: the
 * context describes the macro instance, and the caller's identity travels separately as the
 * invocation principal — so the app can never take it from the browser's payload.
 */
export async function invokeResolver(
  handler: ForgeHandler,
  page: WorkbenchPage,
  accountId: string | undefined,
  request: InvokeRequest,
): Promise<unknown> {
  const context = {
    cloudId: 'local-cloud',
    siteUrl: WORKBENCH_SITE_URL,
    moduleKey: request.moduleKey,
    localId: page.localId,
    environmentType: 'DEVELOPMENT',
    extension: {
      type: 'macro',
      content: { id: page.pageId, type: 'page' },
      space: { id: page.spaceId, key: page.spaceKey },
      config: page.config ?? undefined,
      isEditing: false,
    },
  };
  return handler({ call: { functionKey: request.functionKey, payload: request.payload }, context }, runtimePayload(accountId));
}

/**
 * The same for the app's pages outside any Confluence page (`confluence:globalSettings`,
 * `jira:adminPage`): they belong to no page or space, so the context names only the module,
 * its extension type and the site.
 */
export async function invokeGlobalModuleResolver(
  module: { handler: ForgeHandler; extensionType: string },
  accountId: string | undefined,
  request: InvokeRequest,
  /** What the product adds to the extension (an issue panel's issue and project). */
  extension: Record<string, unknown> = {},
): Promise<unknown> {
  const context = {
    cloudId: 'local-cloud',
    siteUrl: WORKBENCH_SITE_URL,
    moduleKey: request.moduleKey,
    environmentType: 'DEVELOPMENT',
    extension: { ...extension, type: module.extensionType },
  };
  return module.handler({ call: { functionKey: request.functionKey, payload: request.payload }, context }, runtimePayload(accountId));
}

const runtimePayload = (accountId: string | undefined) => ({
  installContext: 'ari:cloud:confluence::site/local-cloud',
  ...(accountId ? { principal: { accountId } } : {}),
});
