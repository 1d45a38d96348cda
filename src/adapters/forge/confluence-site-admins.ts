import api, { route } from '@forge/api';
import type { Actor } from '../../core/actor';
import type { SiteAdmins } from '../../core/ports/site-admins';
import { AppError } from '../../core/errors';
import { callConfluence, FORGE_PACING, type ConfluenceLog, type RetryPacing } from './confluence-call';
import { CurrentUserWithOperations } from './confluence-current-user';

export interface ConfluenceSiteAdminsOptions {
  pacing?: RetryPacing;
  log?: ConfluenceLog;
}

/**
 * Asks Confluence as the invoking user what they may do on the site: a Confluence administrator
 * is granted `administer` on the `application`. Asked as the user, because only they can tell
 * about themselves without the app holding admin rights; a 403 means they may not even use
 * Confluence, so they are no admin.
 */
export class ConfluenceSiteAdmins implements SiteAdmins {
  private readonly pacing: RetryPacing;
  private readonly log: ConfluenceLog;

  constructor(options: ConfluenceSiteAdminsOptions = {}) {
    this.pacing = options.pacing ?? FORGE_PACING;
    this.log = options.log ?? ((message, context) => console.error(message, JSON.stringify(context)));
  }

  async isSiteAdmin(actor: Actor): Promise<boolean> {
    if (actor.kind !== 'user') return false;
    const what = 'the current user check';
    const response = await callConfluence(
      what,
      () => api.asUser().requestConfluence(route`/wiki/rest/api/user/current?expand=operations`, { headers: { Accept: 'application/json' } }),
      { pacing: this.pacing, log: this.log, absentStatuses: [403] },
    );
    if (response === null) return false;
    const parsed = CurrentUserWithOperations.safeParse(await response.json());
    if (!parsed.success) {
      this.log(`Confluence answered ${what} in an unexpected shape`, { what });
      throw new AppError('INTERNAL', `Confluence answered ${what} in an unexpected shape.`, [], { reason: 'confluence' });
    }
    // The platform answers for whoever invoked; a different account would mean the answer is not about this actor.
    if (parsed.data.accountId !== undefined && parsed.data.accountId !== actor.accountId) return false;
    return (parsed.data.operations ?? []).some((entry) => entry.operation === 'administer' && entry.targetType === 'application');
  }
}
