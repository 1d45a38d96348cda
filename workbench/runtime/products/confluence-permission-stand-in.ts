import { z } from 'zod';
import { matchPath } from './match-path';
import type { ProductHandler, ProductResponse } from './product-request';

/** A person the stand-in knows, and which pages they may edit (true = all, or a list of ids). */
export interface StandInUser {
  accountId: string;
  name: string;
  canEdit: boolean | readonly string[];
  /** Defaults to true: everyone the stand-in knows may read every page. */
  canRead?: boolean | readonly string[];
}

export interface ConfluencePermissionStandInOptions {
  users: readonly StandInUser[];
  /** When given, other page ids answer 404 ("no content with the given ID"). */
  pageIds?: readonly string[];
}

/** ContentPermissionRequest from the Confluence v1 spec (/wiki/rest/api/content/{id}/permission/check). */
const ContentPermissionRequest = z.object({
  subject: z.object({ type: z.enum(['user', 'group']), identifier: z.string() }),
  operation: z.enum(['read', 'update', 'delete']),
});

export const PERMISSION_CHECK_PATH = '/wiki/rest/api/content/{id}/permission/check';

const allows = (rule: boolean | readonly string[] | undefined, pageId: string, fallback: boolean): boolean =>
  rule === undefined ? fallback : typeof rule === 'boolean' ? rule : rule.includes(pageId);

const denied = (reason: string): ProductResponse => ({
  status: 200,
  body: { hasPermission: false, errors: [{ translation: reason, args: [] }] },
});

/**
 * Answers `POST /wiki/rest/api/content/{id}/permission/check` from a small table of users, in
 * the PermissionCheckResponse shape ({ hasPermission, errors? }), so tests can deny an edit.
 */
export function createConfluencePermissionStandIn(options: ConfluencePermissionStandInOptions): ProductHandler {
  const users = new Map(options.users.map((user) => [user.accountId, user]));
  return {
    remote: 'confluence',
    handle(request) {
      const params = matchPath(PERMISSION_CHECK_PATH, request.path);
      if (params === undefined || request.method !== 'POST') return undefined;
      const pageId = params.id!;
      if (options.pageIds !== undefined && !options.pageIds.includes(pageId)) {
        return { status: 404, body: { statusCode: 404, message: `No content with id ${pageId}.` } };
      }
      const parsed = ContentPermissionRequest.safeParse(request.body);
      if (!parsed.success) {
        return { status: 400, body: { statusCode: 400, message: `Invalid permission check: ${parsed.error.issues[0]?.message}` } };
      }
      const { subject, operation } = parsed.data;
      if (subject.type === 'group') return denied('Group does not have permission to the content');
      const user = users.get(subject.identifier);
      if (user === undefined) return denied('User is not allowed to use Confluence');
      const permitted =
        operation === 'read' ? allows(user.canRead, pageId, true) : allows(user.canEdit, pageId, false);
      return permitted ? { status: 200, body: { hasPermission: true } } : denied('User does not have permission to the content');
    },
  };
}
