import api, { route } from '@forge/api';
import { z } from 'zod';
import type { PagePermissions, VisiblePage } from '../../core/ports/page-permissions';
import type { Actor } from '../../core/actor';
import { AppError } from '../../core/errors';

const PermissionCheckResponse = z.object({ hasPermission: z.boolean() });

/**
 * Asks Confluence, as the app, what the caller may do with a page: the app acts for someone
 * whose identity came from the invocation, so it must not lend them its own wider access.
 */
export class ConfluencePagePermissions implements PagePermissions {
  async canEditPage(actor: Actor, pageId: string): Promise<boolean> {
    return actor.kind === 'user' && this.check(actor.accountId, pageId, 'update');
  }

  async canViewPage(actor: Actor, pageId: string): Promise<boolean> {
    return actor.kind === 'user' && this.check(actor.accountId, pageId, 'read');
  }

  // Interim: one check per page until the batched `GET /wiki/api/v2/pages?id=` lands.
  async visiblePages(actor: Actor, pageIds: readonly string[]): Promise<Map<string, VisiblePage>> {
    const visible = new Map<string, VisiblePage>();
    for (const id of pageIds) if (await this.canViewPage(actor, id)) visible.set(id, { id, title: '', spaceId: '' });
    return visible;
  }

  private async check(accountId: string, pageId: string, operation: 'read' | 'update'): Promise<boolean> {
    const response = await api
      .asApp()
      .requestConfluence(route`/wiki/rest/api/content/${pageId}/permission/check`, {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
        body: JSON.stringify({ subject: { type: 'user', identifier: accountId }, operation }),
      });
    // A page that is gone or hidden from the app grants nothing.
    if (response.status === 404 || response.status === 403) return false;
    if (!response.ok) {
      throw new AppError('INTERNAL', `Confluence did not answer the permission check (HTTP ${response.status}).`);
    }
    return PermissionCheckResponse.parse(await response.json()).hasPermission;
  }
}
