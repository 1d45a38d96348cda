import { z } from 'zod';

/** What `site-settings/get` and `site-settings/save` answer, parsed by the resolver tests (see resolver-outputs.ts). */
export const SiteSettingsViewSchema = z
  .object({
    version: z.number().int().min(0),
    timeZone: z.string().min(1),
    canEdit: z.boolean(),
    updatedAt: z.string().nullable(),
    updatedBy: z.string().nullable(),
  })
  .strict();
