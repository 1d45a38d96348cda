import { z } from 'zod';
import { CardId } from '../core/card/process-card';

/**
 * The macro's config as Confluence stores it (the config dialog saves it, Confluence hands it to
 * the resolver, the export and the UI): one schema for every reader. Unknown keys are kept, since
 * Confluence may add its own.
 */
export const MacroConfig = z.object({ cardId: CardId.optional() }).passthrough();
export type MacroConfig = z.infer<typeof MacroConfig>;

/** Where a config may be missing or null (a macro never configured). */
export const OptionalMacroConfig = MacroConfig.nullish();
