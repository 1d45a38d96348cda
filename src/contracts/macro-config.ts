import { z } from 'zod';
import { CardId } from '../core/card/process-card';

/**
 * The macro's config, one schema for every reader: the config dialog saves it (through Confluence),
 * Confluence hands it to the resolver and to the export, and the workbench stores it. Unknown keys
 * are kept, since Confluence may add its own.
 */
export const MacroConfig = z.object({ cardId: CardId.optional() }).passthrough();
export type MacroConfig = z.infer<typeof MacroConfig>;

/**
 * The config as received: Confluence stores whatever was saved, so a malformed card id is read
 * (and then answered as a card that does not exist) rather than failing the whole macro or export.
 */
export const ReceivedMacroConfig = z.object({ cardId: z.string().min(1).optional() }).passthrough().nullish();
