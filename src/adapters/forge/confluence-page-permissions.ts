import api, { route } from '@forge/api';
import { z } from 'zod';
import type { PagePermissions } from '../../core/ports/page-permissions';
import { AppError } from '../../core/errors';

const PermissionCheckResponse = z.object({ hasPermission: z.boolean() });

/**
 * Asks Confluence, as the app, whether the caller may update the page: the app acts for
 * someone whose identity came from the invocation, so it must not trust its own wider access.
 */
export class ConfluencePagePermissions implements PagePermissions {
  async canEditPage(accountId: string, pageId: string): Promise<boolean> {
    const response = await api
      .asApp()
      .requestConfluence(route`/wiki/rest/api/content/${pageId}/permission/check`, {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
        body: JSON.stringify({ subject: { type: 'user', identifier: accountId }, operation: 'update' }),
      });
    if (response.status === 404 || response.status === 403) return false;
    if (!response.ok) {
      throw new AppError('INTERNAL', `Confluence did not answer the permission check (HTTP ${response.status}).`);
    }
    return PermissionCheckResponse.parse(await response.json()).hasPermission;
  }
}
