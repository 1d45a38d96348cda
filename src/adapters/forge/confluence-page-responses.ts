import { z } from 'zod';

/** An Operation of the Confluence v2 spec: e.g. { operation: 'update', targetType: 'page' }. */
const Operation = z.object({ operation: z.string(), targetType: z.string() });

/** The part of `GET /wiki/api/v2/pages/{id}?include-operations=true` (PageSingle) the app reads. */
export const PageWithOperations = z.object({
  id: z.string(),
  title: z.string(),
  spaceId: z.string(),
  operations: z.object({ results: z.array(Operation) }).optional(),
});

/** The part of `GET /wiki/api/v2/pages` (MultiEntityResult<PageBulk>) the app reads. */
export const PageList = z.object({
  results: z.array(z.object({ id: z.string(), title: z.string(), spaceId: z.string() })),
  _links: z.object({ next: z.string().optional() }).optional(),
});
