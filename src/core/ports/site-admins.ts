import type { Actor } from '../actor';

/**
 * Who administers the Confluence site, and so may change the app's site-wide settings. The
 * Forge adapter asks Confluence as the invoking user; anyone but a signed-in user is no admin
 * and costs no request.
 */
export interface SiteAdmins {
  isSiteAdmin(actor: Actor): Promise<boolean>;
}
