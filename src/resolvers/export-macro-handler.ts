import { z } from 'zod';
import type { AdfDoc } from '../core/export/adf-nodes';
import { createExportMacroCard } from '../core/usecases/export-macro-card';
import type { MacroContext } from '../core/usecases/macro-context';
import type { AppDependencies } from './app-dependencies';
import { ANONYMOUS, userActor } from '../core/actor';

const Id = z.union([z.string().min(1), z.number()]).transform(String);
const Config = z.object({ cardId: z.string().min(1).optional() }).passthrough().nullish();

/**
 * The payload Confluence sends the macro's `adfExport` function. The documentation shows
 * `context.content.id`; payloads seen in the wild carry `context.contentId` and a top-level
 * `config`. Both shapes are accepted, because an export that cannot find its card prints nothing.
 */
const ExportPayload = z.object({
  exportType: z.string().optional(),
  config: Config,
  extensionPayload: z.object({ config: Config }).passthrough().nullish(),
  context: z
    .object({
      accountId: z.string().min(1).optional(),
      localId: z.string().min(1),
      content: z.object({ id: Id }).passthrough().optional(),
      contentId: Id.optional(),
      space: z.object({ id: Id }).passthrough().optional(),
      spaceId: Id.optional(),
      config: Config,
    })
    .passthrough(),
});

const RuntimeContext = z.object({ principal: z.object({ accountId: z.string().min(1) }).optional() }).passthrough().nullish();

export function exportContextFrom(payload: unknown, runtimeContext: unknown): MacroContext | null {
  const parsed = ExportPayload.safeParse(payload);
  if (!parsed.success) return null;
  const { context, config, extensionPayload } = parsed.data;
  const pageId = context.content?.id ?? context.contentId;
  if (pageId === undefined) return null;
  const runtime = RuntimeContext.safeParse(runtimeContext);
  // Identity comes from the platform: the invocation's principal, else the export's own context.
  const accountId = (runtime.success ? runtime.data?.principal?.accountId : undefined) ?? context.accountId;
  return {
    actor: accountId === undefined ? ANONYMOUS : userActor(accountId),
    localId: context.localId,
    location: { pageId, spaceId: context.space?.id ?? context.spaceId ?? '' },
    configCardId: config?.cardId ?? extensionPayload?.config?.cardId ?? context.config?.cardId,
  };
}

/** The Forge function behind the macro's `adfExport`: the card as ADF for PDF/Word export. */
export function defineExportMacro(deps: AppDependencies) {
  const exportMacroCard = createExportMacroCard(deps);
  return async (payload: unknown, runtimeContext?: unknown): Promise<AdfDoc> => {
    const context = exportContextFrom(payload, runtimeContext);
    if (context === null) {
      deps.logger.error('adfExport called without a macro context', { payload: JSON.stringify(payload).slice(0, 2000) });
      return sentence('Process card: this export did not say which macro it is for.');
    }
    try {
      return await exportMacroCard(context);
    } catch (error) {
      deps.logger.error('adfExport failed', {
        localId: context.localId,
        error: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error),
      });
      return sentence('Process card: the card could not be exported. Open the page to see it.');
    }
  };
}

const sentence = (value: string): AdfDoc => ({
  version: 1,
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: value }] }],
});
