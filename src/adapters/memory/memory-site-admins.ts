import type { Actor } from '../../core/actor';
import type { SiteAdmins } from '../../core/ports/site-admins';

/** The site's admins by account id. */
export class MemorySiteAdmins implements SiteAdmins {
  constructor(private readonly admins: readonly string[] = []) {}

  async isSiteAdmin(actor: Actor): Promise<boolean> {
    return actor.kind === 'user' && this.admins.includes(actor.accountId);
  }
}
