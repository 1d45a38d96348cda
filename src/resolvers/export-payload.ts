import { z } from 'zod';
import type { ExportRequest } from '../core/export/export-request';
import type { MacroContext } from '../core/usecases/macro-context';
import { ANONYMOUS, userActor } from '../core/actor';
import { ReceivedMacroConfig } from '../contracts/macro-config';

const Id = z.union([z.string().min(1), z.number()]).transform(String);
const Config = ReceivedMacroConfig;
const Content = z.object({ id: Id.optional() }).passthrough().nullish();
const Space = z.object({ id: Id.optional(), key: z.string().min(1).optional() }).passthrough().nullish();

/**
 * The payload Confluence sends the macro's `adfExport` function. Documented: `exportType` and
 * `context.extension.content.id`. Seen in the field (forge-platform-2026-12.md §7): PDF puts
 * config in `extensionPayload.config` and the space in `context.extension.space`; Word puts the
 * page in `context.content.id` or `context.contentId`, config in `context.config` or a top-level
 * `config`, the space in `context.spaceKey` or `context.space`. Every shape is read, because an
 * export that cannot find its card prints nothing of it.
 */
const ExportPayload = z.object({
  exportType: z.string().optional(),
  config: Config,
  extensionPayload: z.object({ config: Config, siteUrl: z.string().optional() }).passthrough().nullish(),
  context: z
    .object({
      accountId: z.string().min(1).optional(),
      localId: z.string().min(1),
      extension: z.object({ content: Content, space: Space, config: Config }).passthrough().nullish(),
      content: Content,
      contentId: Id.optional(),
      // Word's `space` has been seen as an object; a bare key string is accepted too.
      space: z.union([Space, z.string().min(1).transform((key) => ({ key, id: undefined }))]),
      spaceId: Id.optional(),
      spaceKey: z.string().min(1).optional(),
      siteUrl: z.string().optional(),
      config: Config,
    })
    .passthrough(),
});

const RuntimeContext = z.object({ principal: z.object({ accountId: z.string().min(1) }).optional() }).passthrough().nullish();

export interface ExportCall {
  context: MacroContext;
  request: ExportRequest;
}

/** The macro and the export asked for, or null when the payload does not say which macro. */
export function readExportPayload(payload: unknown, runtimeContext: unknown): ExportCall | null {
  const parsed = ExportPayload.safeParse(payload);
  if (!parsed.success) return null;
  const { context, config, extensionPayload, exportType } = parsed.data;
  const extension = context.extension;
  const pageId = extension?.content?.id ?? context.content?.id ?? context.contentId;
  if (pageId === undefined) return null;
  const runtime = RuntimeContext.safeParse(runtimeContext);
  // Identity comes from the platform: the invocation's principal, else the export's own context.
  const accountId = (runtime.success ? runtime.data?.principal?.accountId : undefined) ?? context.accountId;
  const spaceKey = extension?.space?.key ?? context.spaceKey ?? context.space?.key;
  const siteUrl = context.siteUrl ?? extensionPayload?.siteUrl;
  return {
    context: {
      actor: accountId === undefined ? ANONYMOUS : userActor(accountId),
      localId: context.localId,
      location: { pageId, spaceId: extension?.space?.id ?? context.space?.id ?? context.spaceId ?? '' },
      configCardId: extensionPayload?.config?.cardId ?? extension?.config?.cardId ?? context.config?.cardId ?? config?.cardId,
    },
    request: { exportType, pageUrl: siteUrl === undefined ? undefined : pageUrl(siteUrl, pageId, spaceKey) },
  };
}

/**
 * The page's address on the site, or undefined unless the site URL is a plain https address:
 * the link goes into a document people click, so nothing else is let through.
 */
export function pageUrl(siteUrl: string, pageId: string, spaceKey: string | undefined): string | undefined {
  const root = siteRoot(siteUrl);
  if (root === undefined) return undefined;
  const base = `${root}/wiki`;
  const page = encodeURIComponent(pageId);
  return spaceKey === undefined ? `${base}/pages/viewpage.action?pageId=${page}` : `${base}/spaces/${encodeURIComponent(spaceKey)}/pages/${page}`;
}

/** The site's root (Jira's and Confluence's both), or undefined unless it is a plain https address. */
export function siteRoot(siteUrl: string): string | undefined {
  let site: URL;
  try {
    site = new URL(siteUrl);
  } catch {
    return undefined;
  }
  if (site.protocol !== 'https:' || site.username !== '' || site.password !== '') return undefined;
  // Forge gives the site root; a copy that already ends in /wiki must not get a second one.
  return `${site.origin}${site.pathname.replace(/\/+$/, '').replace(/\/wiki$/, '')}`;
}
