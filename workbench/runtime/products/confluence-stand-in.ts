import type { ProductHandler, ProductResponse } from './product-request';
import { APP_USER, ConfluenceSite, type StandInPages, type StandInUser } from './confluence-site';
import { answerPages, type PagesStandInOptions } from './confluence-pages-stand-in';
import { answerPermissionCheck } from './confluence-permission-stand-in';
import { answerDirectory } from './confluence-directory-stand-in';
import { answerCurrentUser } from './confluence-user-stand-in';

export interface ConfluenceStandInOptions extends PagesStandInOptions {
  users: readonly StandInUser[];
  /** The site's pages; when absent every numeric page id exists, in space STAND_IN_SPACE_ID. */
  pages?: StandInPages;
}

export interface ConfluenceStandIn extends ProductHandler {
  /** The next `count` Confluence requests answer 429 with `Retry-After: retryAfterSeconds`, as a busy site does. */
  rateLimitNext(count: number, retryAfterSeconds?: number): void;
}

/**
 * Confluence as the app meets it: pages (v2), the permission check, the people and groups
 * directory and the current user (v1), each answered for whoever calls — the invoking user for
 * `asUser()`, the app's own user (no admin, no restricted pages) for `asApp()`.
 */
export function createConfluenceStandIn(options: ConfluenceStandInOptions): ConfluenceStandIn {
  const site = new ConfluenceSite(options.users, options.pages);
  let limited = { remaining: 0, retryAfterSeconds: 1 };
  return {
    remote: 'confluence',
    rateLimitNext(count, retryAfterSeconds = 1) {
      limited = { remaining: count, retryAfterSeconds };
    },
    handle(request) {
      if (limited.remaining > 0) {
        limited.remaining -= 1;
        return tooManyRequests(limited.retryAfterSeconds);
      }
      const caller = request.provider === 'user' ? request.accountId : APP_USER.accountId;
      return answerPages(site, request, caller, options) ?? answerPermissionCheck(site, request, caller) ?? answerDirectory(site, request, caller) ?? answerCurrentUser(site, request, caller);
    },
  };
}

const tooManyRequests = (retryAfterSeconds: number): ProductResponse => ({
  status: 429,
  headers: { 'retry-after': String(retryAfterSeconds) },
  body: { statusCode: 429, message: 'Rate limit exceeded: too many requests from this app. (stand-in text the UI must never show)' },
});
