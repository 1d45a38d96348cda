import { z } from 'zod';
import { matchPath } from './match-path';
import type { ProductRequest, ProductResponse } from './product-request';
import type { ConfluenceSite } from './confluence-site';
import { v1Error } from './confluence-v1-errors';

/** ContentPermissionRequest from the Confluence v1 spec (/wiki/rest/api/content/{id}/permission/check). */
const ContentPermissionRequest = z.object({
  subject: z.object({ type: z.enum(['user', 'group']), identifier: z.string() }),
  operation: z.enum(['read', 'update', 'delete']),
});

export const PERMISSION_CHECK_PATH = '/wiki/rest/api/content/{id}/permission/check';

const denied = (reason: string): ProductResponse => ({
  status: 200,
  body: { hasPermission: false, errors: [{ translation: reason, args: [] }] },
});

/**
 * `POST /wiki/rest/api/content/{id}/permission/check` in the PermissionCheckResponse shape
 * ({ hasPermission, errors? }). As in Confluence, checking anyone but yourself needs the
 * 'Confluence Administrator' global permission [C1]; the app's own user does not have it.
 */
export function answerPermissionCheck(site: ConfluenceSite, request: ProductRequest, caller: string | undefined): ProductResponse | undefined {
  const params = matchPath(PERMISSION_CHECK_PATH, request.path);
  if (params === undefined || request.method !== 'POST') return undefined;
  const pageId = params.id!;
  if (site.page(pageId) === undefined) return v1Error(404, `No content with id ${pageId}.`);
  const parsed = ContentPermissionRequest.safeParse(request.body);
  if (!parsed.success) return v1Error(400, `Invalid permission check: ${parsed.error.issues[0]?.message}`);
  const { subject, operation } = parsed.data;
  const forSelf = subject.type === 'user' && caller !== undefined && subject.identifier === caller;
  if (!forSelf && !site.isAdmin(caller)) {
    return v1Error(403, 'Checking the permissions of another user or a group requires the Confluence Administrator global permission.');
  }
  if (subject.type === 'group') return denied('Group does not have permission to the content');
  if (site.user(subject.identifier) === undefined) return denied('User is not allowed to use Confluence');
  const permitted = operation === 'read' ? site.mayRead(subject.identifier, pageId) : site.mayUpdate(subject.identifier, pageId);
  return permitted ? { status: 200, body: { hasPermission: true } } : denied('User does not have permission to the content');
}
