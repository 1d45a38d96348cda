import type { AdfDoc } from '../core/export/adf-nodes';
import { createExportMacroCard } from '../core/usecases/export-macro-card';
import type { AppDependencies } from './app-dependencies';
import { readExportPayload } from './export-payload';

/** The Forge function behind the macro's `adfExport`: the card as ADF for Confluence's exports. */
export function defineExportMacro(deps: AppDependencies) {
  const exportMacroCard = createExportMacroCard(deps);
  return async (payload: unknown, runtimeContext?: unknown): Promise<AdfDoc> => {
    const call = readExportPayload(payload, runtimeContext);
    if (call === null) {
      deps.logger.error('adfExport called without a macro context', { payload: (JSON.stringify(payload) ?? String(payload)).slice(0, 2000) });
      return sentence('Process card: this export did not say which macro it is for.');
    }
    try {
      return await exportMacroCard(call.context, call.request);
    } catch (error) {
      deps.logger.error('adfExport failed', {
        localId: call.context.localId,
        exportType: call.request.exportType,
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
