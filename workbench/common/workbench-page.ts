import { z } from 'zod/mini';

/**
 * A page of the local site and the Process card macro on it, as the workbench server stores it
 * and the host page receives it. zod/mini, because the host page bundles it too.
 */
export const MacroConfig = z.object({ cardId: z.optional(z.string()) });

export const WorkbenchPage = z.object({
  pageId: z.string(),
  spaceId: z.string(),
  spaceKey: z.string(),
  title: z.string(),
  localId: z.string(),
  config: z.nullable(MacroConfig),
  /** Set for pages made by an import, so the same document is not imported twice. */
  source: z.optional(z.object({ file: z.string(), sha256: z.string() })),
});
export type WorkbenchPage = z.infer<typeof WorkbenchPage>;
