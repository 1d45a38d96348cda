import { z } from 'zod';

/** An OperationCheckResult of the Confluence v1 spec: e.g. { operation: 'administer', targetType: 'application' }. */
const OperationCheckResult = z.object({ operation: z.string(), targetType: z.string() });

/** The part of `GET /wiki/rest/api/user/current?expand=operations` (User) the app reads. */
export const CurrentUserWithOperations = z.object({
  type: z.string(),
  accountId: z.string().optional(),
  operations: z.array(OperationCheckResult).nullish(),
});
